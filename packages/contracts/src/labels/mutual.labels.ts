/** Names of mutual recognition's states (资格互认; the one source for web and API). Refusals are named by their error codes. */
import type { Bilingual } from './bilingual.js';
import type { MutualStatus } from '../mutual.schema.js';

export const MUTUAL_STATUS_LABELS: Record<MutualStatus, Bilingual> = {
  public_notice: { zh: '公示中', en: 'in public notice' },
  granted: { zh: '已互认', en: 'recognised' },
  rejected: { zh: '未通过', en: 'rejected' },
  ended: { zh: '已终止（来源城市撤销）', en: 'ended (revoked at the source)' },
};
