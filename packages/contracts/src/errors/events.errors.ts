/** Errors of events: registration, the waitlist, approval and tickets. */
import type { ErrorDefinition } from './error-definition.js';

export const EVENT_ERRORS = {
  BOLE_EVENT_REGISTRATION_CLOSED: {
    status: 409,
    title: { en: 'Registration closed', zh: '报名已截止' },
    detail: { en: 'Registration for {event} closed at {at}.', zh: '活动 {event} 的报名已于 {at} 截止。' },
  },
  BOLE_EVENT_SESSION_FULL: {
    status: 409,
    title: { en: 'Session full', zh: '场次已满' },
    detail: {
      en: 'Session {session} has no place left ({capacity} places) and the event keeps no waitlist.',
      zh: '场次 {session} 已满（共 {capacity} 个名额），本活动不设候补。',
    },
  },
  BOLE_EVENT_ALREADY_REGISTERED: {
    status: 409,
    title: { en: 'Already registered', zh: '已报名' },
    detail: { en: 'You already registered for session {session} ({status}).', zh: '您已报名场次 {session}（{status}）。' },
  },
  BOLE_EVENT_REGISTRATION_STATE: {
    status: 409,
    title: { en: 'Not possible for this registration now', zh: '该报名当前不能办理此操作' },
    detail: { en: 'The registration is {status}; "{action}" needs it to be {needed}.', zh: '该报名当前为“{status}”，“{action}”须在“{needed}”时办理。' },
  },
  BOLE_EVENT_EXISTS: {
    status: 409,
    title: { en: 'Event code taken', zh: '活动编号已存在' },
    detail: { en: 'An event with code {event} exists already.', zh: '编号为 {event} 的活动已存在。' },
  },
  BOLE_EVENT_CAPACITY_BELOW_TAKEN: {
    status: 409,
    title: { en: 'Capacity below places taken', zh: '名额少于已占用数' },
    detail: {
      en: 'Session {session} has {taken} places taken; its capacity cannot go below that.',
      zh: '场次 {session} 已占用 {taken} 个名额，名额数不能低于此数。',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
