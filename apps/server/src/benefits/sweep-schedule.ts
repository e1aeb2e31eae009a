/**
 * When 免申即享 next looks at everyone: the office compares the city's verified facts with the
 * policies once a month, on the month's first working day (docs/adr/0022), so a talent can be
 * told the date their benefits are next granted or ended, and the date it last happened.
 */
import type { AppContext } from '../platform/context.js';
import { businessDate } from '../platform/clock.js';
import { latestDoneJob } from './job.repository.js';

/** The first working day of the month after `today` (YYYY-MM-DD); the 1st when the calendar does not cover it. */
export function nextSweepDate(today: string, addWorkingDays: (date: string, n: number) => string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  try {
    return addWorkingDays(first, 0);
  } catch {
    return first;
  }
}

/** The business date of the last confirmed sweep (null before the first) and of the next one. */
export async function sweepSchedule(ctx: AppContext): Promise<{ lastOn: string | null; nextOn: string }> {
  const last = await latestDoneJob(ctx.db, 'sweep');
  const calendar = ctx.calendar.current();
  return {
    lastOn: last ? String(last.params.at) : null,
    nextOn: nextSweepDate(businessDate(ctx.clock.now()), (d, n) => calendar.addWorkingDays(d, n)),
  };
}
