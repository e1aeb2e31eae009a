/**
 * Stored SLA deadlines after a holiday-calendar change (an imported notice replaces a
 * provisional year or corrects an official one): each in-review application whose deadline
 * lies on or after the first changed day gets the deadline its stage start, SLA and paused
 * working days give on the new calendar. Paused days already counted stay as counted.
 */
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { currentStage, dueDateOf, type WorkingDays } from './application.rules.js';
import { positionOf } from './application.move.js';
import { lockInReviewDueFrom, setDueDate } from './application.repository.js';

/** Moves the deadlines that changed (one audit entry each); returns how many moved. */
export async function recomputeDueDates(ctx: AppContext, tx: Tx, cal: WorkingDays, from: string, actor: Pick<Principal, 'userId' | 'role'> | null): Promise<number> {
  const rows = await lockInReviewDueFrom(tx, from);
  const now = ctx.clock.now();
  let moved = 0;
  for (const row of rows) {
    const p = positionOf(row);
    const due = dueDateOf(p.stageStartedOn, currentStage(p), p.pausedWorkingDays, cal);
    if (due === row.dueDate) continue;
    await setDueDate(tx, row.id, due, now);
    await ctx.audit.record(tx, actor, {
      action: 'application.due_date_recomputed',
      entity: 'application',
      entityId: row.id,
      detail: { from: row.dueDate, to: due, stageStartedOn: row.stageStartedOn, department: row.department, reason: 'holiday calendar changed' },
    });
    moved++;
  }
  return moved;
}
