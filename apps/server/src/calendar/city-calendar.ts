/**
 * The city's calendar as the server uses it: the stored years, each official (from the State
 * Council notice) or provisional (statutory holidays only), bound into one working-day
 * calendar, and which dates fall in a provisional year. Also the shape of a year in files
 * (`cn-holidays.json`) and the rules of which years may follow which. Pure: no I/O, no clock.
 */
import type { CalendarYearKind } from '@bole/contracts';
import { loadCalendar, type WorkingCalendar } from './working-days.js';
import { PROVISIONAL_SOURCE, provisionalYear, type StatutoryDay } from './statutory-holidays.js';

/** One year of the calendar with where it came from. */
export interface CalendarYearData {
  year: number;
  kind: CalendarYearKind;
  /** Days off, sorted, each with its name ('' when the source named none). */
  holidays: StatutoryDay[];
  /** Make-up workdays (调休上班), sorted. */
  workdays: StatutoryDay[];
  source: string;
  loadedByName: string;
  loadedAt: Date;
}

/** The city calendar: working-day arithmetic plus the years and their kinds. */
export interface CityCalendar extends WorkingCalendar {
  readonly years: readonly CalendarYearData[];
  /** The kind of a year, or null outside the calendar. */
  kindOf(year: number): CalendarYearKind | null;
  /** Whether `date` (YYYY-MM-DD) lies in a provisional year: a deadline there may still move. */
  isProvisional(date: string | null | undefined): boolean;
  /** The last official year and the provisional one after it (null when none). */
  readonly lastOfficialYear: number | null;
  readonly provisionalYear: number | null;
}

/** What a caller is told when a deadline falls past the calendar. */
const MISSING_YEAR_HINT = {
  en: 'Deadlines are computed up to the year after the last official one; an administrator imports each year from the State Council notice (节假日日历, or `bole calendar import`).',
  zh: '系统最多按最后一个正式年度的下一年推算期限；请管理员在“节假日日历”中（或用 bole calendar import）导入国务院办公厅发布的放假安排。',
};

/** Binds stored years into a calendar; throws CalendarDataError on bad data (see loadCalendar). */
export function cityCalendarOf(years: readonly CalendarYearData[]): CityCalendar {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const json = Object.fromEntries(sorted.map((y) => [String(y.year), { holidays: y.holidays.map((d) => d.date), workdays: y.workdays.map((d) => d.date) }]));
  const cal = loadCalendar(json, { missingYearHint: MISSING_YEAR_HINT });
  const kinds = new Map(sorted.map((y) => [y.year, y.kind]));
  const official = sorted.filter((y) => y.kind === 'official').map((y) => y.year);
  const provisional = sorted.filter((y) => y.kind === 'provisional').map((y) => y.year);
  return {
    ...cal,
    years: sorted,
    kindOf: (year) => kinds.get(year) ?? null,
    isProvisional: (date) => !!date && kinds.get(Number(date.slice(0, 4))) === 'provisional',
    lastOfficialYear: official.length ? official[official.length - 1]! : null,
    provisionalYear: provisional.length ? provisional[provisional.length - 1]! : null,
  };
}

/** The provisional year that follows `lastOfficialYear`, ready to store. */
export function provisionalYearData(year: number, at: Date): CalendarYearData {
  const p = provisionalYear(year);
  return { year, kind: 'provisional', holidays: p.holidays, workdays: p.workdays, source: PROVISIONAL_SOURCE, loadedByName: 'system', loadedAt: at };
}

/**
 * The years a set of official years should be stored as: the official ones, then exactly one
 * provisional year after the last of them (kept as stored when it is already there, so a
 * library update never moves deadlines already computed on it).
 */
export function withProvisionalYear(official: readonly CalendarYearData[], stored: readonly CalendarYearData[], at: Date): CalendarYearData[] {
  const years = [...official].sort((a, b) => a.year - b.year);
  if (years.length === 0) return years;
  const next = years[years.length - 1]!.year + 1;
  const kept = stored.find((y) => y.year === next && y.kind === 'provisional');
  return [...years, kept ?? provisionalYearData(next, at)];
}

/** Counts of a year as listed. */
export function countsOf(y: Pick<CalendarYearData, 'holidays' | 'workdays'>): { holidays: number; workdays: number } {
  return { holidays: y.holidays.length, workdays: y.workdays.length };
}

/** Working days of a whole year on a calendar that covers it. */
export function workingDaysInYear(cal: WorkingCalendar, year: number): number {
  const first = `${year}-01-01`;
  return cal.workingDaysBetween(first, `${year}-12-31`) + (cal.isWorkingDay(first) ? 1 : 0);
}
