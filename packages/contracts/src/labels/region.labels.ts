/** Names of the region's words: consent purposes and states, message kinds and states, refusal reasons. */
import type { Bilingual } from './bilingual.js';
import type { ConsentPurpose, ConsentStatus, RegionMessageKind, RegionMessageStatus, RegionRefusalReason, ShareableFactField } from '../region.schema.js';
import { fieldLabel } from './profile.labels.js';

export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, Bilingual> = {
  recognition: { zh: '人才认定与资格互认', en: 'Recognition and mutual recognition' },
  benefit_application: { zh: '政策待遇申请', en: 'Benefit applications' },
  talent_services: { zh: '人才服务', en: 'Talent services' },
};

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, Bilingual> = {
  active: { zh: '有效', en: 'Active' },
  revoked: { zh: '已撤回', en: 'Revoked' },
  expired: { zh: '已到期', en: 'Expired' },
};

export const REGION_MESSAGE_KIND_LABELS: Record<RegionMessageKind, Bilingual> = {
  'facts.request': { zh: '信息查询请求', en: 'Facts request' },
  'facts.answer': { zh: '信息查询答复', en: 'Facts answer' },
  'facts.refusal': { zh: '拒绝答复', en: 'Refusal' },
  'recognition.used': { zh: '互认使用通知', en: 'Recognition used' },
  ack: { zh: '收到确认', en: 'Acknowledgement' },
};

export const REGION_MESSAGE_STATUS_LABELS: Record<RegionMessageStatus, Bilingual> = {
  accepted: { zh: '已接收', en: 'Accepted' },
  refused: { zh: '已拒绝', en: 'Refused' },
  sent: { zh: '已发送', en: 'Sent' },
  undelivered: { zh: '未送达', en: 'Undelivered' },
};

export const REGION_MESSAGE_DIRECTION_LABELS: Record<'in' | 'out', Bilingual> = {
  in: { zh: '收到', en: 'Received' },
  out: { zh: '发出', en: 'Sent' },
};

export const REGION_REFUSAL_REASON_LABELS: Record<RegionRefusalReason, Bilingual> = {
  structure: { zh: '报文格式不正确', en: 'Not a well-formed signed message' },
  unknown_issuer: { zh: '发送方不在信任列表中', en: 'The sender is not on the trust list' },
  unknown_key: { zh: '签名密钥不在信任列表中或已失效', en: 'The signing key is not on the trust list or not valid' },
  bad_signature: { zh: '签名验证失败', en: 'The signature does not verify' },
  wrong_audience: { zh: '接收方不是本市', en: 'Addressed to another city' },
  stale: { zh: '报文时间超出允许范围（±5 分钟）', en: 'Sent outside the accepted window (±5 minutes)' },
  replayed: { zh: '重复的报文（已接收过）', en: 'Replayed message (already received)' },
  unknown_kind: { zh: '不支持的报文类型', en: 'Unsupported message kind' },
  no_trust_list: { zh: '尚无有效的信任列表', en: 'No valid trust list yet' },
  no_consent: { zh: '本人未授权向该市提供信息', en: 'The talent has not consented to share with this city' },
  fact_not_covered: { zh: '本人授权不包含所查询的信息或用途', en: 'The consent does not cover the facts or purpose asked for' },
};

/**
 * The facts about "the city" (本市) as they read once they cross cities: named for the city they
 * hold in, since 本市 read at a partner city would mean the wrong one. Keyed by field.
 */
const CITY_FACT_LABELS: Partial<Record<ShareableFactField, (city: Bilingual) => Bilingual>> = {
  socialInsuranceMonths: (city) => ({ zh: `在${city.zh}缴纳社保月数`, en: `months of social insurance paid in ${city.en}` }),
  onsiteDaysLastYear: (city) => ({ zh: `上年度在${city.zh}工作天数`, en: `days on site in ${city.en} last year` }),
};

/** The city a shared fact holds in, before one is chosen. */
export const PARTNER_CITY_LABEL: Bilingual = { zh: '对方城市', en: 'the partner city' };

/** The name of a shared fact, naming `city` (the city it holds in: where the months were paid, the work done). */
export function sharedFactLabel(field: ShareableFactField, city: Bilingual = PARTNER_CITY_LABEL): Bilingual {
  return CITY_FACT_LABELS[field]?.(city) ?? fieldLabel(field);
}
