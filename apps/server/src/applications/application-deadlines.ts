/**
 * Stored SLA deadlines after a holiday-calendar change (an imported notice replaces a
 * provisional year or corrects an official one): each in-review application whose deadline
 * lies on or after the first changed day gets the deadline its stage start, SLA and paused
 * working days give on the new calendar. Paused days already counted stay as counted. Each
 * moved deadline is audited, added to the application's timeline and told to the applicant,
 * all in the caller's transaction.
 */
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import type { CalendarChangeListener } from '../calendar/calendar-events.js';
import { notify } from '../notifications/notification.service.js';
import { currentStage, dueDateOf, type WorkingDays } from './application.rules.js';
import { notificationPayload, positionOf } from './application.move.js';
import { insertStep, lockInReviewDueFrom, setDueDate } from './application.repository.js';

/** What changed the calendar: from which day, who imported it, and the notice's title and number. */
export interface CalendarChange {
  from: string;
  actor: Pick<Principal, 'userId' | 'role'> | null;
  source: string;
}

/** Moves the deadlines that changed (one audit entry, timeline step and notification each); returns how many moved. */
export async function recomputeDueDates(ctx: AppContext, tx: Tx, cal: WorkingDays, change: CalendarChange): Promise<number> {
  const rows = await lockInReviewDueFrom(tx, change.from);
  const now = ctx.clock.now();
  let moved = 0;
  for (const row of rows) {
    const p = positionOf(row, ctx.city);
    const due = dueDateOf(p.stageStartedOn, currentStage(p), p.pausedWorkingDays, cal);
    if (due === row.dueDate) continue;
    await setDueDate(tx, row.id, due, now);
    await ctx.audit.record(tx, change.actor, {
      action: 'application.due_date_recomputed',
      entity: 'application',
      entityId: row.id,
      detail: {
        from: row.dueDate,
        to: due,
        stageStartedOn: row.stageStartedOn,
        department: row.department,
        reason: 'holiday calendar changed',
        source: change.source,
      },
    });
    const detail = { from: row.dueDate, to: due, source: change.source };
    // The calendar moved the deadline, not a person: the step reads as the system's (系统);
    // actorId keeps the administrator whose import caused it.
    await insertStep(tx, {
      applicationId: row.id,
      at: now,
      action: 'due_date_moved',
      fromStatus: row.status,
      toStatus: row.status,
      department: row.department,
      actorId: change.actor?.userId ?? null,
      actorRole: 'system',
      actorDepartment: null,
      reason: null,
      detail,
    });
    await notify(ctx, tx, [{ talentId: row.talentId }], {
      kind: 'application.due_date_moved',
      payload: { ...notificationPayload({ ...row, dueDate: due }, ctx.city), previousDueDate: row.dueDate!, source: change.source },
    });
    moved++;
  }
  return moved;
}

/** The applications workflow's reaction to a calendar import (registered in platform/hooks.ts). */
export const recomputeDueDatesOnCalendarChange: CalendarChangeListener = async (ctx, tx, change) => ({
  applicationsRecomputed: await recomputeDueDates(ctx, tx, change.after, change),
});
