/**
 * The layout of a month for the holiday calendar's grid: weeks from Monday to Sunday (as
 * calendars are printed in China), each day marked as a day off (放假), a make-up workday
 * (上班) or an ordinary weekday/weekend. No React here, so it is tested on its own.
 */

/** How a day is shown. */
export type DayMark = 'holiday' | 'workday' | 'weekend' | 'weekday';

/** One day of the grid. */
export interface GridDay {
  date: string;
  day: number;
  mark: DayMark;
  /** The holiday's name (春节, 国庆节（补休）…) or ''. */
  name: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The weeks of `month` (1–12) of `year`; days outside the month are null. `holidays` and
 * `workdays` map listed dates to their names.
 */
export function monthGrid(year: number, month: number, holidays: ReadonlyMap<string, string>, workdays: ReadonlyMap<string, string>): (GridDay | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: 0 = Sunday; Monday-first column = (w + 6) % 7.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (GridDay | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) {
    const date = `${year}-${pad(month)}-${pad(d)}`;
    const column = (lead + d - 1) % 7;
    const mark: DayMark = holidays.has(date) ? 'holiday' : workdays.has(date) ? 'workday' : column >= 5 ? 'weekend' : 'weekday';
    cells.push({ date, day: d, mark, name: holidays.get(date) ?? workdays.get(date) ?? '' });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (GridDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Whether the calendar needs the "import the notice" warning: next year (or this one) is only provisional. */
export function needsNoticeWarning(provisionalYear: number | null, today: string): boolean {
  return provisionalYear !== null && provisionalYear <= Number(today.slice(0, 4)) + 1;
}
