/**
 * 身份证号冲突: a talent gave an ID number another talent already holds. The save answered as any
 * other (the endpoint must not tell whether a person is registered) and kept the number unlinked
 * (no lookup hash), so searches and department data keep finding the holder. The office lists
 * these, checks the documents, and settles each: the number stays with the holder (the claim is
 * cleared) or goes to the claimant (the holder's is cleared and the claimant's linked). The talent
 * whose number is cleared is told why; every settlement is audited.
 */
import type { IdNumberDispute, IdNumberDisputeList, ResolveIdDisputeBody } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { invalid, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { notify } from '../notifications/notification.service.js';
import { maskIdNumber } from '../personal-data/personal-data.js';
import { findTalentById, findTalentIdByHash, findUnlinkedIdNumbers, lockTalent, setIdNumber } from './talent.repository.js';

/** GET /talents/id-number-disputes: every unlinked ID number with the talent holding it, masked. */
export async function listIdNumberDisputes(ctx: AppContext): Promise<IdNumberDisputeList> {
  const rows = await findUnlinkedIdNumbers(ctx.db);
  const items: IdNumberDispute[] = [];
  for (const r of rows) {
    const number = ctx.cipher.decrypt(r.idNumberEnc!);
    const holderId = await findTalentIdByHash(ctx.db, { idNumberHash: ctx.cipher.lookupHash('id', number) });
    const holder = holderId ? await findTalentById(ctx.db, holderId) : null;
    items.push({
      claimant: { talentId: r.id, name: r.name, claimedAt: r.updatedAt.toISOString() },
      holder: holder ? { talentId: holder.id, name: holder.name } : null,
      idNumber: maskIdNumber(number),
    });
  }
  return { items };
}

/**
 * POST /talents/:id/id-number-dispute: settles the dispute of claimant `id`. 404 when the talent
 * has no unlinked number (settled meanwhile, or never disputed).
 */
export async function resolveIdNumberDispute(
  ctx: AppContext,
  officer: Principal,
  claimantId: string,
  body: ResolveIdDisputeBody,
  ip: string | null,
): Promise<IdNumberDisputeList> {
  await ctx.db.transaction(async (tx) => {
    const claimant = await lockTalent(tx, claimantId);
    if (!claimant?.idNumberEnc || claimant.idNumberHash) throw notFound({ en: 'An ID-number dispute of this talent', zh: '该人才的身份证号冲突' });
    const number = ctx.cipher.decrypt(claimant.idNumberEnc);
    const hash = ctx.cipher.lookupHash('id', number);
    const holderId = await findTalentIdByHash(tx, { idNumberHash: hash });
    const holder = holderId ? await lockTalent(tx, holderId) : null;
    const now = ctx.clock.now();
    const cleared = { idNumberEnc: null, idNumberHash: null, birthplace: null, updatedAt: now };
    let clearedTalent: string;
    if (body.outcome === 'kept_by_holder') {
      if (!holder) throw invalid([{ field: 'outcome', message: 'nobody holds this number any more; give it to the claimant' }]);
      await setIdNumber(tx, claimantId, cleared);
      clearedTalent = claimantId;
    } else {
      if (holder) await setIdNumber(tx, holder.id, cleared);
      await setIdNumber(tx, claimantId, { idNumberEnc: claimant.idNumberEnc, idNumberHash: hash, birthplace: number.slice(0, 4), updatedAt: now });
      clearedTalent = holder?.id ?? '';
    }
    await ctx.audit.record(
      tx,
      officer,
      {
        action: 'talent.id_number.dispute_resolved',
        entity: 'talent',
        entityId: claimantId,
        detail: { outcome: body.outcome, holder: holder?.id ?? null, reason: body.reason },
      },
      ip,
    );
    if (clearedTalent) await notify(ctx, tx, [{ talentId: clearedTalent }], { kind: 'talent.id_number_cleared', payload: { reason: body.reason } });
  });
  return listIdNumberDisputes(ctx);
}
