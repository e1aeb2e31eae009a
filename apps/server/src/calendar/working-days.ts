/**
 * Working-day arithmetic on the city's holiday calendar (SLA deadlines count working days).
 *
 * A date is a business date in Asia/Shanghai written `YYYY-MM-DD`. A day is a working day when
 * it is a listed make-up workday (调休上班, e.g. a Saturday), or a Monday–Friday that is not a
 * listed holiday. The calendar is data: `loadCalendar(json)` takes years in the shape of
 * `cn-holidays.json` (beside this file, the State Council notices Bole ships with); the server
 * keeps its years in the database (see `calendar-store.ts`).
 *
 * Outside the years the data covers the answer is unknown (next year's notice may not be out
 * yet), so every function throws `CalendarRangeError` instead of silently assuming that only
 * weekends are rest days. Pure: no I/O, no clock.
 */
import defaultData from './cn-holidays.json' with { type: 'json' };

/** A loaded calendar: the three operations bound to one set of data. */
export interface WorkingCalendar {
  /** First and last year covered (inclusive). */
  readonly firstYear: number;
  readonly lastYear: number;
  /** Whether `date` is a working day. */
  isWorkingDay(date: string): boolean;
  /**
   * The n-th working day after `date` (n ≥ 0). n = 0 means "`date` itself if it is a working
   * day, otherwise the next working day" (the first day a counter could act on); for n ≥ 1 the
   * counting starts the day after `date`, so `date` itself never counts.
   */
  addWorkingDays(date: string, n: number): string;
  /**
   * Working days d with a < d ≤ b when a ≤ b (the days `addWorkingDays` counts), and the
   * negated count of b < d ≤ a when a > b, so `between(a, b) === -between(b, a)`.
   */
  workingDaysBetween(a: string, b: string): number;
}

/** A date outside the years the calendar covers, or a malformed date. */
export class CalendarRangeError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

/** Malformed calendar data (bad date, a date in the wrong year, a make-up weekday…). */
export class CalendarDataError extends Error {}

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, or null. */
function toDay(date: string): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== date) return null;
  return t / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Options of `loadCalendar`. */
export interface LoadCalendarOptions {
  /** What to do about a year the data lacks, appended to the range error (default: add it to the data). */
  missingYearHint?: { en: string; zh: string };
}

/** Validates calendar data (the shape of `cn-holidays.json`) and returns a calendar over it. */
export function loadCalendar(json: unknown, opts: LoadCalendarOptions = {}): WorkingCalendar {
  const hint = opts.missingYearHint ?? {
    en: "Add the year's holidays and make-up workdays to the calendar data.",
    zh: '请在日历数据中补充该年的节假日和调休上班日。',
  };
  if (typeof json !== 'object' || json === null) throw new CalendarDataError('Calendar data must be an object of years');
  const holidays = new Set<number>();
  const workdays = new Set<number>();
  const years: number[] = [];
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (!/^\d{4}$/.test(key)) continue; // "about" and other notes
    const year = Number(key);
    const entry = value as { holidays?: unknown; workdays?: unknown };
    if (!Array.isArray(entry?.holidays) || !Array.isArray(entry?.workdays)) {
      throw new CalendarDataError(`Calendar year ${key} needs "holidays" and "workdays" lists`);
    }
    years.push(year);
    for (const [list, set, isWorkday] of [
      [entry.holidays, holidays, false],
      [entry.workdays, workdays, true],
    ] as const) {
      for (const d of list) {
        const day = typeof d === 'string' ? toDay(d) : null;
        if (day === null || !String(d).startsWith(`${key}-`)) {
          throw new CalendarDataError(`Calendar year ${key}: ${JSON.stringify(d)} is not a date of ${key}`);
        }
        if (isWorkday && weekday(day) !== 0 && weekday(day) !== 6) {
          throw new CalendarDataError(`Calendar year ${key}: make-up workday ${d} is not a Saturday or Sunday`);
        }
        set.add(day);
      }
    }
  }
  if (years.length === 0) throw new CalendarDataError('Calendar data covers no year');
  years.sort((a, b) => a - b);
  for (let i = 1; i < years.length; i++) {
    if (years[i] !== years[i - 1]! + 1) throw new CalendarDataError(`Calendar years must be consecutive; ${years[i - 1]! + 1} is missing`);
  }
  for (const d of workdays) {
    if (holidays.has(d)) throw new CalendarDataError(`${fromDay(d)} is listed both as a holiday and as a workday`);
  }
  const firstYear = years[0]!;
  const lastYear = years[years.length - 1]!;
  const firstDay = Date.UTC(firstYear, 0, 1) / DAY_MS;
  const lastDay = Date.UTC(lastYear, 11, 31) / DAY_MS;

  const dayOf = (date: string): number => {
    const day = toDay(date);
    if (day === null) throw new CalendarRangeError(`"${date}" is not a date YYYY-MM-DD`, `"${date}" 不是有效日期（YYYY-MM-DD）`);
    checkRange(day);
    return day;
  };
  const checkRange = (day: number): void => {
    if (day >= firstDay && day <= lastDay) return;
    const year = new Date(day * DAY_MS).getUTCFullYear();
    throw new CalendarRangeError(
      `The holiday calendar covers ${firstYear}–${lastYear}; ${year} is not in it yet. ${hint.en}`,
      `节假日日历只包含 ${firstYear}–${lastYear} 年，尚无 ${year} 年的数据。${hint.zh}`,
    );
  };
  const working = (day: number): boolean => {
    checkRange(day);
    if (workdays.has(day)) return true;
    if (holidays.has(day)) return false;
    const w = weekday(day);
    return w !== 0 && w !== 6;
  };

  return {
    firstYear,
    lastYear,
    isWorkingDay: (date) => working(dayOf(date)),
    addWorkingDays(date, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a whole n ≥ 0, got ${n}`);
      let day = dayOf(date);
      if (n === 0) {
        while (!working(day)) day++;
        return fromDay(day);
      }
      let left = n;
      while (left > 0) {
        day++;
        if (working(day)) left--;
      }
      return fromDay(day);
    },
    workingDaysBetween(a, b) {
      const da = dayOf(a);
      const db = dayOf(b);
      const [lo, hi, sign] = da <= db ? [da, db, 1] : [db, da, -1];
      let count = 0;
      for (let d = lo + 1; d <= hi; d++) if (working(d)) count++;
      return sign * count;
    },
  };
}

/**
 * The calendar shipped with Bole (`cn-holidays.json`, 2025–2026): the data a new instance's
 * `calendar_years` table is seeded with, and a fixed calendar for pure tests. The running
 * server computes deadlines on the calendar in its context (`ctx.calendar`), loaded from the
 * database with the imported and provisional years.
 */
export const defaultCalendar: WorkingCalendar = loadCalendar(defaultData);

/** `defaultCalendar.isWorkingDay`. */
export const isWorkingDay = (date: string): boolean => defaultCalendar.isWorkingDay(date);
/** `defaultCalendar.addWorkingDays` — see `WorkingCalendar.addWorkingDays` for n = 0. */
export const addWorkingDays = (date: string, n: number): string => defaultCalendar.addWorkingDays(date, n);
/** `defaultCalendar.workingDaysBetween`. */
export const workingDaysBetween = (a: string, b: string): number => defaultCalendar.workingDaysBetween(a, b);
