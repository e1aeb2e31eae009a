import { fail } from '../http/errors.js';
import { CalendarRangeError } from './working-days.js';

/** Rethrows a date outside the holiday data as the 422 that says so; anything else as it was. */
export function calendarProblem(e: unknown): never {
  if (e instanceof CalendarRangeError)
    throw fail('BOLE_CALENDAR_RANGE', { problem: { en: e.message, zh: e.messageZh } }, [{ field: 'date', message: 'is outside the holiday calendar' }]);
  throw e;
}
