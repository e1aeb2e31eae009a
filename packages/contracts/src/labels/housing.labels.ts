/** Names of the words of talent apartments and expert housing: projects, layouts, states, outcomes. */
import type { HousingLayout, HousingLeaseStatus, HousingOfferStatus, HousingProjectKind, HousingRoundStatus, HousingUnitState } from '../housing.schema.js';
import type { Bilingual } from './bilingual.js';

export const HOUSING_PROJECT_KIND_LABELS: Record<HousingProjectKind, Bilingual> = {
  talent_apartment: { zh: '人才公寓', en: 'talent apartment' },
  expert_building: { zh: '专家楼', en: 'expert housing' },
};

export const HOUSING_LAYOUT_LABELS: Record<HousingLayout, Bilingual> = {
  studio: { zh: '单间', en: 'studio' },
  one_bedroom: { zh: '一室一厅', en: 'one bedroom' },
  two_bedroom: { zh: '两室一厅', en: 'two bedrooms' },
  three_bedroom: { zh: '三室一厅', en: 'three bedrooms' },
};

export const HOUSING_UNIT_STATE_LABELS: Record<HousingUnitState, Bilingual> = {
  available: { zh: '可分配', en: 'available' },
  reserved: { zh: '已预留', en: 'reserved' },
  let: { zh: '已出租', en: 'let' },
  maintenance: { zh: '维修中', en: 'maintenance' },
};

export const HOUSING_ROUND_STATUS_LABELS: Record<HousingRoundStatus, Bilingual> = {
  open: { zh: '受理申请中', en: 'open for applications' },
  committed: { zh: '已截止并公布承诺', en: 'closed, commitments published' },
  drawn: { zh: '已摇号（待公布）', en: 'drawn (not yet published)' },
  published: { zh: '结果已公布', en: 'results published' },
};

export const HOUSING_OFFER_STATUS_LABELS: Record<HousingOfferStatus, Bilingual> = {
  offered: { zh: '待确认', en: 'awaiting your answer' },
  accepted: { zh: '已接受', en: 'accepted' },
  refused: { zh: '已放弃', en: 'refused' },
  expired: { zh: '逾期未确认', en: 'expired' },
};

export const HOUSING_LEASE_STATUS_LABELS: Record<HousingLeaseStatus, Bilingual> = {
  signed: { zh: '待入住', en: 'awaiting move-in' },
  active: { zh: '在住', en: 'living there' },
  ended: { zh: '已退租', en: 'ended' },
};

/** What one ordered choice came to in the draw. */
export const HOUSING_CHOICE_OUTCOME_LABELS: Record<'allocated' | 'full' | 'not_in_round' | 'not_reached', Bilingual> = {
  allocated: { zh: '配租成功', en: 'allocated' },
  full: { zh: '轮到您时已配完', en: 'all taken before your turn' },
  not_in_round: { zh: '本轮无此房型', en: 'not in this round' },
  not_reached: { zh: '已配得更靠前的志愿', en: 'not needed: an earlier choice was met' },
};
