/**
 * The facts a recognition confirms. 人社局's reviewer checks the employment and the months of
 * social insurance (hr_approve); the talent office checks the qualifications on the case's
 * evidence (office_approve). Each approval keeps what it checked in its step (`confirms`), as
 * the reviewer saw it; the grant — once the public notice has ended with no objection open —
 * records those values as reviewed facts, by that reviewer, on the case's evidence. A later
 * change to the profile is a new declaration, not something a reviewer saw.
 */
import { RECOGNITION_REVIEWED_FACTS, type VerifiedFacts } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import { declaredValuesOf, recordEarlierConfirmation, recordVerifiedFacts } from '../facts/fact.service.js';
import { grantedAfter, listAttached, listSteps, type RecognitionRow } from './recognition.repository.js';

/** What 人社局's approval checked: the employer and arrival date declared, and the months it verified. */
export async function hrChecked(tx: Tx, talentId: string, socialInsuranceMonths: number): Promise<Partial<VerifiedFacts>> {
  return { ...(await declaredValuesOf(tx, talentId, ['employerId', 'arrivalDate'])), socialInsuranceMonths };
}

/** What the talent office's approval checked on the evidence: the qualifications declared. */
export function officeChecked(tx: Tx, talentId: string): Promise<Partial<VerifiedFacts>> {
  return declaredValuesOf(tx, talentId, RECOGNITION_REVIEWED_FACTS);
}

/** On the grant: records what the latest approval of each stage checked, as reviewed facts. */
export async function confirmCheckedFacts(ctx: AppContext, tx: Tx, row: RecognitionRow): Promise<void> {
  const steps = await listSteps(tx, [row.id]);
  const evidenceIds = (await listAttached(tx, [row.id])).map((a) => a.evidenceId);
  for (const action of ['hr_approve', 'office_approve'] as const) {
    const step = steps.filter((s) => s.action === action).at(-1);
    const checked = step?.detail.confirms as Partial<VerifiedFacts> | undefined;
    if (!step || !checked || Object.keys(checked).length === 0) continue;
    await recordVerifiedFacts(ctx, tx, row.talentId, checked, { source: 'review', actorUserId: step.actorId, evidenceIds });
  }
}

/**
 * For cases granted before facts had provenance: records as reviewed what each stage checked —
 * the snapshot when the step kept one, else 人社局's verified months with the employment declared
 * and the qualifications declared — for the fields nobody confirmed or withdrew since. Runs once
 * per instance (at start-up, see `platform/bootstrap.ts`); returns the cases that confirmed something.
 */
export async function confirmFactsOfEarlierGrants(ctx: AppContext, pageSize = 500): Promise<number> {
  let after: string | null = null;
  let cases = 0;
  for (;;) {
    const page = await grantedAfter(ctx.db, after, pageSize);
    if (page.length === 0) return cases;
    for (const row of page) {
      const done = await ctx.db.transaction(async (tx) => {
        const steps = await listSteps(tx, [row.id]);
        const evidenceIds = (await listAttached(tx, [row.id])).map((a) => a.evidenceId);
        let recorded = 0;
        for (const action of ['hr_approve', 'office_approve'] as const) {
          const step = steps.filter((s) => s.action === action).at(-1);
          if (!step) continue;
          const months = step.detail.socialInsuranceMonthsVerified;
          const checked =
            (step.detail.confirms as Partial<VerifiedFacts> | undefined) ??
            (action === 'hr_approve'
              ? typeof months === 'number'
                ? await hrChecked(tx, row.talentId, months)
                : await declaredValuesOf(tx, row.talentId, ['employerId', 'arrivalDate'])
              : await officeChecked(tx, row.talentId));
          recorded += (await recordEarlierConfirmation(ctx, tx, row.talentId, checked, { source: 'review', actorUserId: step.actorId, evidenceIds })).length;
        }
        return recorded > 0;
      });
      if (done) cases++;
    }
    after = page[page.length - 1]!.id;
  }
}
