/**
 * Revocation at the source ends a mutual recognition: on every refresh of the partners' status
 * lists (and when the office asks) each live mutual recognition's source credential is looked
 * up in its issuer's cached status list; a revoked one ends here — the local case `revoked`, the
 * tier it granted and the talent code issued for it withdrawn, the talent told, all audited. A
 * source whose list is not at hand changes nothing (it is reported). Sources not told yet of a
 * consented use are told again.
 */
import type { MutualRecheckResult } from '@bole/contracts';
import type { AppContext } from '../../platform/context.js';
import type { Principal } from '../../http/access.js';
import { endMutualCase } from '../../recognition/recognition-mutual.js';
import type { MutualPorts } from './mutual.ports.js';
import { listLive, markEnded } from './mutual.repository.js';
import { tellSourcesPending } from './mutual-used.service.js';

/** The reason recorded on the case, the revoked code and the mutual recognition. */
export const sourceRevokedReason = (adminCode: string) => `来源城市 ${adminCode} 已撤销该凭证 / revoked by the issuing city ${adminCode}`;

/** Re-checks every live mutual recognition against its source's status list. */
export async function recheckMutualRecognitions(ctx: AppContext, ports: MutualPorts, actor: Principal | null = null): Promise<MutualRecheckResult> {
  const live = await listLive(ctx.db);
  const ended: string[] = [];
  const unreachable = new Set<string>();
  for (const r of live) {
    const revoked = await ports.revokedAtSource(r.sourceAdminCode, r.sourceStatusIndex);
    if (revoked === null) unreachable.add(r.sourceAdminCode);
    if (!revoked) continue;
    const reason = sourceRevokedReason(r.sourceAdminCode);
    await ctx.db.transaction(async (tx) => {
      await endMutualCase(ctx, tx, r.recognitionId, reason);
      await markEnded(tx, r.id, ctx.clock.now(), reason);
      await ctx.audit.record(tx, actor, {
        action: 'mutual.end',
        entity: 'mutual_recognition',
        entityId: r.id,
        detail: { talentId: r.talentId, recognitionId: r.recognitionId, sourceAdminCode: r.sourceAdminCode, sourceCredentialId: r.sourceCredentialId },
      });
    });
    ended.push(r.id);
  }
  await tellSourcesPending(ctx, ports);
  return { checked: live.length, ended, unreachable: [...unreachable].sort() };
}
