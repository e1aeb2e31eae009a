/** Names of the words of events: kinds, audiences, registration statuses, door results. */
import type { CheckinResult, EventAudience, EventKind, EventRegistrationStatus, TicketInvalidReason } from '../events.schema.js';
import type { Bilingual } from './bilingual.js';

export const EVENT_KIND_LABELS: Record<EventKind, Bilingual> = {
  conference: { zh: '学术会议', en: 'academic conference' },
  forum: { zh: '高端论坛', en: 'high-level forum' },
  roadshow: { zh: '大赛路演', en: 'contest roadshow' },
};

export const EVENT_AUDIENCE_LABELS: Record<EventAudience, Bilingual> = {
  all: { zh: '面向全部人才', en: 'open to all talents' },
  eligible: { zh: '仅限符合条件的人才', en: 'eligible talents only' },
};

export const EVENT_REGISTRATION_STATUS_LABELS: Record<EventRegistrationStatus, Bilingual> = {
  pending: { zh: '待主办方审核', en: 'awaiting the organisers' },
  confirmed: { zh: '报名成功', en: 'confirmed' },
  waitlisted: { zh: '候补中', en: 'on the waitlist' },
  offered: { zh: '候补名额待确认', en: 'place offered, awaiting your answer' },
  declined: { zh: '未通过审核', en: 'declined by the organisers' },
  cancelled: { zh: '已取消', en: 'cancelled' },
  expired: { zh: '候补名额已过期', en: 'offer expired' },
};

export const CHECKIN_RESULT_LABELS: Record<CheckinResult, Bilingual> = {
  valid: { zh: '有效', en: 'valid' },
  duplicate: { zh: '已入场（重复）', en: 'already admitted (duplicate)' },
  invalid: { zh: '无效', en: 'invalid' },
};

export const TICKET_INVALID_REASON_LABELS: Record<TicketInvalidReason, Bilingual> = {
  malformed: { zh: '不是本平台的票码', en: 'not a ticket of this platform' },
  bad_signature: { zh: '签名不符（伪造或被改动）', en: 'signature does not match (forged or altered)' },
  other_event: { zh: '不是本场活动的票', en: 'a ticket of another event' },
  expired: { zh: '票已过期', en: 'ticket expired' },
  revoked: { zh: '票已作废', en: 'ticket revoked' },
  unknown_ticket: { zh: '查无此票', en: 'no such ticket' },
};
