/**
 * Public notices after a holiday-calendar change: a notice runs a number of working days from
 * its start; when the new calendar makes that span end later, the notice is extended. It is
 * never shortened — the public was told the announced last day and keeps it. Other deadlines of
 * recognition are computed when shown, so they follow the new calendar by themselves.
 */
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import type { CalendarChangeListener } from '../calendar/calendar-events.js';
import { noticeEndsOn, type WorkingDays } from './recognition.rules.js';
import { lockNoticesEndingFrom, setNoticeEnd } from './recognition.repository.js';

/** Working-day arithmetic on the calendar the notices were computed on. */
export interface CountingCalendar {
  workingDaysBetween(a: string, b: string): number;
}

/** Extends the notices the new calendar makes longer (one audit entry each); returns how many. */
export async function extendNotices(
  ctx: AppContext,
  tx: Tx,
  before: CountingCalendar,
  after: WorkingDays,
  from: string,
  actor: Pick<Principal, 'userId' | 'role'> | null,
): Promise<number> {
  const rows = await lockNoticesEndingFrom(tx, from);
  const now = ctx.clock.now();
  let extended = 0;
  for (const row of rows) {
    if (!row.noticeStartsOn || !row.noticeEndsOn) continue;
    const workingDays = before.workingDaysBetween(row.noticeStartsOn, row.noticeEndsOn);
    const ends = noticeEndsOn(row.noticeStartsOn, workingDays, after);
    if (ends <= row.noticeEndsOn) continue;
    await setNoticeEnd(tx, row.id, ends, now);
    await ctx.audit.record(tx, actor, {
      action: 'recognition.notice_extended',
      entity: 'recognition',
      entityId: row.id,
      detail: { from: row.noticeEndsOn, to: ends, noticeStartsOn: row.noticeStartsOn, workingDays, reason: 'holiday calendar changed' },
    });
    extended++;
  }
  return extended;
}

/** The recognition workflow's reaction to a calendar import (registered in platform/hooks.ts). */
export const extendNoticesOnCalendarChange: CalendarChangeListener = async (ctx, tx, change) => ({
  noticesExtended: await extendNotices(ctx, tx, change.before, change.after, change.from, change.actor),
});
