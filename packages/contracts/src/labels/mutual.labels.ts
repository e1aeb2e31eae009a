/** Names of mutual recognition's states and refusals (资格互认; the one source for web and API). */
import type { Bilingual } from './bilingual.js';
import type { MutualRefusal, MutualStatus } from '../mutual.schema.js';

export const MUTUAL_STATUS_LABELS: Record<MutualStatus, Bilingual> = {
  public_notice: { zh: '公示中', en: 'in public notice' },
  granted: { zh: '已互认', en: 'recognised' },
  rejected: { zh: '未通过', en: 'rejected' },
  ended: { zh: '已终止（来源城市撤销）', en: 'ended (revoked at the source)' },
};

export const MUTUAL_REFUSAL_LABELS: Record<MutualRefusal, Bilingual> = {
  malformed: { zh: '不是有效的凭证', en: 'not a credential' },
  own_city: { zh: '本市签发', en: 'issued by this city' },
  unknown_issuer: { zh: '签发方不在信任名单中', en: 'unknown issuer' },
  unknown_key: { zh: '签名密钥不在信任名单中', en: 'key not on the trust list' },
  bad_signature: { zh: '签名校验未通过', en: 'signature does not verify' },
  revoked: { zh: '凭证已被撤销', en: 'credential revoked' },
  expired: { zh: '凭证已过期', en: 'credential expired' },
  no_equivalence: { zh: '无对应层次', en: 'no equivalent tier' },
  duplicate: { zh: '该凭证已申请互认', en: 'already presented' },
  no_trust_list: { zh: '尚未取得信任名单', en: 'no trust list yet' },
  no_status_list: { zh: '无法取得签发方的撤销状态', en: 'the issuer’s status list is not at hand' },
};
