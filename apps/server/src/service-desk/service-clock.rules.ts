/**
 * The service desk's three clocks in working days on the city calendar: first contact, next
 * update, resolution. A stopped clock (waiting for the talent or a third party) is never overdue,
 * and the working days it stood push the deadlines back on resuming. Pure: no I/O.
 */
import type { ServiceClock } from '@bole/contracts';
import type { WorkingCalendar } from '../calendar/working-days.js';

/** The clock columns of a request. */
export interface ClockState {
  firstContactDue: string;
  firstContactOn: string | null;
  updateDue: string;
  resolutionDue: string;
  answeredOn: string | null;
  stoppedSince: string | null;
}

/** The working days of each clock. */
export interface ClockDays {
  firstContact: number;
  update: number;
  resolution: number;
}

/** The deadlines of a request accepted on `today`. */
export function clocksOnSubmit(today: string, days: ClockDays, cal: WorkingCalendar) {
  return {
    firstContactDue: cal.addWorkingDays(today, days.firstContact),
    updateDue: cal.addWorkingDays(today, days.update),
    resolutionDue: cal.addWorkingDays(today, days.resolution),
  };
}

/** The deadlines after a clock stopped since `stoppedSince` resumes on `today`, and the working days it stood. */
export function clocksOnResume(s: ClockState & { stoppedSince: string }, today: string, updateDays: number, cal: WorkingCalendar) {
  const stood = Math.max(0, cal.workingDaysBetween(s.stoppedSince, today));
  return {
    stood,
    firstContactDue: s.firstContactOn ? s.firstContactDue : cal.addWorkingDays(s.firstContactDue, stood),
    updateDue: cal.addWorkingDays(today, updateDays),
    resolutionDue: cal.addWorkingDays(s.resolutionDue, stood),
  };
}

/** Each clock as shown: due, met, overdue on `today`. */
export function clockViews(s: ClockState, today: string): { clock: ServiceClock; dueOn: string | null; metOn: string | null; overdue: boolean }[] {
  const running = s.stoppedSince === null && s.answeredOn === null;
  return [
    { clock: 'first_contact', dueOn: s.firstContactDue, metOn: s.firstContactOn, overdue: running && s.firstContactOn === null && s.firstContactDue < today },
    { clock: 'update', dueOn: s.answeredOn ? null : s.updateDue, metOn: null, overdue: running && s.updateDue < today },
    { clock: 'resolution', dueOn: s.resolutionDue, metOn: s.answeredOn, overdue: running && s.resolutionDue < today },
  ];
}

/** Working days since the earliest missed deadline (0 when none is missed). */
export function workingDaysOverdue(s: ClockState, today: string, cal: WorkingCalendar): number {
  const missed = clockViews(s, today)
    .filter((c) => c.overdue && c.dueOn)
    .map((c) => c.dueOn!)
    .sort();
  return missed.length ? cal.workingDaysBetween(missed[0]!, today) : 0;
}
