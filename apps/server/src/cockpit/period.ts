/** Cockpit periods: a year (2026), a quarter (2026-Q2) or a month (2026-05), as date ranges. */
import type { PeriodRange } from './cockpit.repository.js';

/** A period's first day, the day after its last, and its length in months. */
export interface Period extends PeriodRange {
  months: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthStart = (year: number, month: number): string => (month > 12 ? `${year + 1}-01-01` : `${year}-${pad(month)}-01`);

/** The dates of a period already checked against `cockpitPeriod`. */
export function periodRange(period: string): Period {
  const year = Number(period.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) {
    const first = (Number(quarter[1]) - 1) * 3 + 1;
    return { from: monthStart(year, first), to: monthStart(year, first + 3), months: 3 };
  }
  if (period.length === 7) {
    const month = Number(period.slice(5));
    return { from: monthStart(year, month), to: monthStart(year, month + 1), months: 1 };
  }
  return { from: `${year}-01-01`, to: `${year + 1}-01-01`, months: 12 };
}

/** The kind of a period: a year, a quarter or a month. */
export function periodKind(period: string): 'year' | 'quarter' | 'month' {
  return period.length === 4 ? 'year' : period.includes('Q') ? 'quarter' : 'month';
}

/** The period of the same kind just before `period` (2026-Q1 → 2025-Q4, 2026-01 → 2025-12, 2026 → 2025). */
export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  const kind = periodKind(period);
  if (kind === 'year') return String(year - 1);
  if (kind === 'quarter') {
    const q = Number(period.slice(6));
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  const month = Number(period.slice(5));
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}
