/**
 * The facts an expert's engagements set (ADR 0024): on the day of the change, the running
 * engagements give `engagementMode` (a flexible mode, when one runs), `dualAppointment` and
 * `specialPost`; the confirmed check-ins of the previous calendar year give `onsiteDaysLastYear`
 * (上年度在本市工作天数). Pure rules here; `refreshEngagementFacts` writes them.
 */
import type { EngagementMode, FlexMode, SpecialPost, VerifiedFacts } from '@bole/contracts';
import { businessDate, businessYear, FLEXIBLE_MODES } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { activeEngagements, confirmedDaysIn } from './engagement.repository.js';

/** The engagement facts of an expert from the modes of the engagements running today and last year's confirmed days. */
export function engagementFacts(runningModes: readonly FlexMode[], daysLastYear: number): Partial<VerifiedFacts> {
  const flexible = runningModes.find((m) => (FLEXIBLE_MODES as readonly FlexMode[]).includes(m));
  const specialPost: SpecialPost = runningModes.includes('chief_expert')
    ? 'chief_expert'
    : runningModes.includes('industry_advisor')
      ? 'industry_advisor'
      : 'none';
  return {
    ...(flexible ? { engagementMode: flexible as EngagementMode } : {}),
    dualAppointment: runningModes.includes('dual_appointment'),
    specialPost,
    onsiteDaysLastYear: daysLastYear,
  };
}

/** Recomputes and records an expert's engagement facts as confirmed by the employer's user `actorUserId`. */
export async function refreshEngagementFacts(ctx: AppContext, tx: Tx, talentId: string, actorUserId: string): Promise<void> {
  const now = ctx.clock.now();
  const running = await activeEngagements(tx, talentId, businessDate(now));
  const days = await confirmedDaysIn(tx, talentId, businessYear(now) - 1);
  await recordVerifiedFacts(
    ctx,
    tx,
    talentId,
    engagementFacts(
      running.map((e) => e.mode),
      days,
    ),
    { source: 'employer', actorUserId },
  );
}
