/** Errors of the youth stations and the service desk. */
import type { ErrorDefinition } from './error-definition.js';

export const SERVICES_ERRORS = {
  BOLE_STAY_TOO_LONG: {
    status: 422,
    title: { en: 'Stay too long', zh: '入住晚数超过上限' },
    detail: { en: 'This station allows at most {max} nights per stay; {nights} were asked.', zh: '该驿站每次最多入住 {max} 晚，本次申请 {nights} 晚。' },
  },
  BOLE_STAY_OVERLAPS: {
    status: 409,
    title: { en: 'Overlapping stay', zh: '入住时间重叠' },
    detail: { en: 'You already hold a bed on {night}; two stays cannot overlap.', zh: '您在 {night} 已有床位，两次入住不能重叠。' },
  },
  BOLE_STAY_YEAR_LIMIT: {
    status: 409,
    title: { en: 'Yearly stay limit reached', zh: '本年度入住次数已满' },
    detail: {
      en: 'At most {max} stay(s) per person per year at youth stations; you have had {count} in {year}.',
      zh: '青年驿站每人每年最多入住 {max} 次，您 {year} 年已入住 {count} 次。',
    },
  },
  BOLE_STAY_NOT_ELIGIBLE: {
    status: 422,
    title: { en: 'Not eligible for a youth-station stay', zh: '不符合青年驿站入住条件' },
    detail: { en: 'On your verified facts the policy is not met: {unmet}.', zh: '按已核验的信息，尚不符合入住条件：{unmet}。' },
  },
  BOLE_BED_TAKEN: {
    status: 409,
    title: { en: 'Bed already held', zh: '床位已被预订' },
    detail: { en: 'The bed is held on {night} by someone else; choose another bed or dates.', zh: '该床位 {night} 已被他人预订，请更换床位或日期。' },
  },
  BOLE_STATION_FULL: {
    status: 409,
    title: { en: 'No free bed', zh: '没有空余床位' },
    detail: { en: 'No bed of this station is free on every night from {from} to {to}.', zh: '该驿站 {from} 至 {to} 没有可连续入住的空余床位。' },
  },
  BOLE_STAY_WRONG_STATE: {
    status: 409,
    title: { en: 'Not possible in this state', zh: '当前状态不可操作' },
    detail: { en: 'The stay is {state}; it cannot be {action}.', zh: '该入住记录{state}，不能{action}。' },
  },
  BOLE_NO_STAY_TODAY: {
    status: 404,
    title: { en: 'No booking to check in', zh: '无可办理入住的预订' },
    detail: { en: 'This talent has no booking at this station starting on {date}.', zh: '该人才在本驿站没有 {date} 开始的预订。' },
  },
  BOLE_STAY_NOT_STARTED: {
    status: 409,
    title: { en: 'Stay not begun yet', zh: '预订尚未开始' },
    detail: { en: 'The stay begins on {date}; a guest can be marked as not arrived from that night on.', zh: '该预订 {date} 开始，当晚起才能标记为未到店。' },
  },
  BOLE_SERVICE_FORM_INCOMPLETE: {
    status: 422,
    title: { en: 'Form incomplete', zh: '表单未填写完整' },
    detail: { en: 'The {category} form needs: {fields}.', zh: '{category}表单须填写：{fields}。' },
  },
  BOLE_SERVICE_WRONG_STATE: {
    status: 409,
    title: { en: 'Not possible in this state', zh: '当前状态不可操作' },
    detail: { en: 'The request is {state}; it cannot be {action}.', zh: '该诉求{state}，不能{action}。' },
  },
  BOLE_SERVICE_NOT_OWNER: {
    status: 403,
    title: { en: 'Not the request’s owner', zh: '非首接负责人' },
    detail: {
      en: 'The request is owned by {owner} until they hand it over; only the owner may do this.',
      zh: '该诉求由{owner}首接负责，移交前只有首接负责人可以办理此操作。',
    },
  },
  BOLE_SERVICE_ALREADY_RATED: {
    status: 409,
    title: { en: 'Already rated', zh: '不能重复评价' },
    detail: { en: 'This request was rated on {at}; a rating is given once.', zh: '该诉求已于 {at} 评价，每项诉求只能评价一次。' },
  },
  BOLE_SERVICE_REOPEN_CLOSED: {
    status: 409,
    title: { en: 'Cannot reopen', zh: '不能重新办理' },
    detail: { en: 'The request cannot be reopened: {why}.', zh: '该诉求不能重新办理：{why}。' },
  },
} as const satisfies Record<string, ErrorDefinition>;
