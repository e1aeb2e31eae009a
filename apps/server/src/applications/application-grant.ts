/**
 * What a final approval does besides closing the application: it confirms, on the application's
 * evidence, the facts the policy's conditions read, and grants the entitlement — in the
 * approval's transaction, whether one reviewer approved or a second person completed a large one.
 */
import type { Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import type { AppContext } from '../platform/context.js';
import { grantEntitlementFromApplication } from '../benefits/entitlement.service.js';
import { confirmDeclarations, verifiableFactsOf } from '../facts/fact.service.js';
import { policyRegistryOf } from '../policies/policy-registry.js';
import { listAttached, updateIfVersion, type ApplicationRow } from './application.repository.js';

/** The policy an application is for, as in force on its date (neither changes afterwards). */
export async function policyApplied(ctx: AppContext, row: Pick<ApplicationRow, 'applyDate' | 'policyId'>) {
  return (await policyRegistryOf(ctx).packAt(row.applyDate))?.pack.policies.find((p) => p.id === row.policyId);
}

/**
 * After the move to `approved` (`approved` is the moved row): confirms the facts `policy` reads
 * and grants the entitlement from `today`; returns the row with its entitlement. `policy` is read
 * before the transaction (`policyApplied`), which holds the only connection of an embedded database.
 */
export async function grantApproved(
  ctx: AppContext,
  tx: Tx,
  approved: ApplicationRow,
  approver: Pick<Principal, 'userId' | 'role'>,
  policy: Awaited<ReturnType<typeof policyApplied>>,
  today: string,
): Promise<ApplicationRow> {
  if (policy) {
    await confirmDeclarations(ctx, tx, approved.talentId, verifiableFactsOf(policy), {
      source: 'review',
      actorUserId: approver.userId,
      evidenceIds: (await listAttached(tx, approved.id)).map((a) => a.evidenceId),
    });
  }
  const ent = await grantEntitlementFromApplication(ctx, tx, {
    talentId: approved.talentId,
    policyId: approved.policyId,
    applicationId: approved.id,
    amountFen: approved.amountFen,
    period: approved.period,
    months: approved.months,
    startDate: today,
    actor: approver,
  });
  return (await updateIfVersion(tx, approved.id, approved.version, { entitlementId: ent.id, updatedAt: ctx.clock.now() }))!;
}
