/** Names of the region's words: consent purposes and states, message kinds and states, refusal reasons. */
import type { Bilingual } from './bilingual.js';
import type { ConsentPurpose, ConsentStatus, RegionMessageKind, RegionMessageStatus, RegionRefusalReason } from '../region.schema.js';

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
