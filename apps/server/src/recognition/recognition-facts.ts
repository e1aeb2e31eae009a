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
import { declaredValuesOf, recordVerifiedFacts } from '../facts/fact.service.js';
import { listAttached, listSteps, type RecognitionRow } from './recognition.repository.js';

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
