/** Where a fact comes from and whether it is verified, as the talent and officers read it. */
import type { Bilingual } from './bilingual.js';
import type { FactSource, FactStatus } from '../facts.schema.js';

/** The source of a fact's value. */
export const FACT_SOURCE_LABELS: Record<FactSource, Bilingual> = {
  self: { zh: '本人填报', en: 'declared by the talent' },
  employer: { zh: '用人单位确认', en: 'confirmed by the employer' },
  review: { zh: '审核确认', en: 'confirmed in review' },
  department: { zh: '部门数据', en: 'department data' },
  system: { zh: '系统记录', en: 'system record' },
  partner_city: { zh: '区域成员城市（经本人授权）', en: 'partner city (with consent)' },
};

/** A fact's status. */
export const FACT_STATUS_LABELS: Record<FactStatus, Bilingual> = {
  verified: { zh: '已核验', en: 'verified' },
  declared: { zh: '仅本人申报', en: 'declared only' },
  contradicted: { zh: '与核验数据不一致', en: 'differs from verified data' },
};

/** Why a sweep ends an entitlement, when facts it rested on changed. */
export const SWEEP_END_REASON_LABELS: Record<'withdrawn' | 'contradicted', Bilingual> = {
  withdrawn: { zh: '核验已撤回', en: 'confirmation withdrawn' },
  contradicted: { zh: '申报与核验数据不一致', en: 'declaration differs from verified data' },
};
