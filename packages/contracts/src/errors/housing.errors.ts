/** Errors of talent apartments and expert housing: rounds, applications, offers and leases. */
import type { ErrorDefinition } from './error-definition.js';

const RELOAD = { en: 'Reload to see where it stands.', zh: '请刷新查看最新状态。' };

export const HOUSING_ERRORS = {
  BOLE_HOUSING_ROUND_CLOSED: {
    status: 409,
    title: { en: 'Round closed', zh: '本轮已截止' },
    detail: { en: 'Round {round} no longer takes applications (it is {status}).', zh: '第 {round} 轮已不再受理申请（当前：{status}）。' },
  },
  BOLE_HOUSING_ROUND_STATE: {
    status: 409,
    title: { en: 'Not possible at this stage of the round', zh: '本轮当前阶段不能办理' },
    detail: {
      en: `Round {round} is {status}; "{action}" needs it to be {needed}. ${RELOAD.en}`,
      zh: `第 {round} 轮当前为“{status}”，“{action}”须在“{needed}”阶段办理。${RELOAD.zh}`,
    },
  },
  BOLE_HOUSING_ALREADY_APPLIED: {
    status: 409,
    title: { en: 'Already applied', zh: '已申请' },
    detail: { en: 'You already applied in round {round} (application {number}).', zh: '您已在第 {round} 轮提交申请（申请号 {number}）。' },
  },
  BOLE_HOUSING_BEACON_NOT_YET: {
    status: 409,
    title: { en: 'The seed is not public yet', zh: '随机数尚未公布' },
    detail: {
      en: 'The draw is seeded by {beacon}, published at {at}; draw after that.',
      zh: '本轮摇号种子为 {beacon}，公布时间 {at}，请在此之后摇号。',
    },
  },
  BOLE_HOUSING_NO_UNITS: {
    status: 422,
    title: { en: 'No units to allocate', zh: '没有可分配的房源' },
    detail: { en: 'No available unit of {unitType} is in the stock.', zh: '房源中没有可分配的 {unitType}。' },
  },
  BOLE_HOUSING_OFFER_CLOSED: {
    status: 409,
    title: { en: 'Offer no longer open', zh: '配租通知已失效' },
    detail: { en: `This offer is {status}; "{action}" is not possible now. ${RELOAD.en}`, zh: `该配租通知当前为“{status}”，不能“{action}”。${RELOAD.zh}` },
  },
  BOLE_HOUSING_UNIT_STATE: {
    status: 409,
    title: { en: 'Unit held', zh: '房源已占用' },
    detail: {
      en: `This unit is {status}; only an available unit or one under maintenance can change state. ${RELOAD.en}`,
      zh: `该房源当前为“{status}”，只有可分配或维修中的房源可以变更状态。${RELOAD.zh}`,
    },
  },
  BOLE_HOUSING_LEASE_STATE: {
    status: 409,
    title: { en: 'Not possible for this lease', zh: '该租约当前不能办理' },
    detail: { en: `This lease is {status}; "{action}" is not possible now. ${RELOAD.en}`, zh: `该租约当前为“{status}”，不能“{action}”。${RELOAD.zh}` },
  },
} as const satisfies Record<string, ErrorDefinition>;
