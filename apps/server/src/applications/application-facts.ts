/**
 * Facts of applications approved before facts had provenance: approving an application confirms
 * the facts its policy's conditions read (see `decide`), so an earlier approval's facts are
 * recorded as reviewed — by the final approver, on the application's evidence — for the fields
 * nobody confirmed or withdrew since. Runs once per instance (at start-up, `platform/bootstrap.ts`).
 */
import type { AppContext } from '../platform/context.js';
import { declaredValuesOf, recordEarlierConfirmation, verifiableFactsOf } from '../facts/fact.service.js';
import { approvedAfter, listAttached, listSteps } from './application.repository.js';
import { policyApplied } from './application-grant.js';

/** Records the facts of every earlier approval; returns the applications that confirmed something. */
export async function confirmFactsOfEarlierApprovals(ctx: AppContext, pageSize = 500): Promise<number> {
  let after: string | null = null;
  let applications = 0;
  for (;;) {
    const page = await approvedAfter(ctx.db, after, pageSize);
    if (page.length === 0) return applications;
    for (const row of page) {
      // Read before the transaction, which holds the only connection on an embedded database.
      const policy = await policyApplied(ctx, row);
      if (!policy) continue;
      const recorded = await ctx.db.transaction(async (tx) => {
        const approval = (await listSteps(tx, row.id)).filter((s) => s.toStatus === 'approved').at(-1);
        const evidenceIds = (await listAttached(tx, row.id)).map((a) => a.evidenceId);
        const facts = await declaredValuesOf(tx, row.talentId, verifiableFactsOf(policy));
        return recordEarlierConfirmation(ctx, tx, row.talentId, facts, { source: 'review', actorUserId: approval?.actorId ?? null, evidenceIds });
      });
      if (recorded.length) applications++;
    }
    after = page[page.length - 1]!.id;
  }
}
