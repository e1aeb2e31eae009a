/**
 * Period arithmetic of entitlements, as plain functions: where an entitlement ends and in which
 * calendar months (`YYYY-MM`) it pays.
 *
 * - `once` pays in its start month;
 * - `month` pays in each of the `months` calendar months from the start month;
 * - `year` pays in the start month and every 12 months after, `ceil(months / 12)` times.
 *
 * An entitlement that ended early (`endedOn`) pays only months that begin before it ended; the
 * start month pays whenever the entitlement lasted at least a day.
 */
import { dates } from '@bole/engine';

/** How often a benefit pays. */
export type BenefitPeriod = 'once' | 'month' | 'year';

/** The exclusive end date: start + months calendar months (day clamped), `once` counting as 1. */
export function endDateOf(startDate: string, period: BenefitPeriod, months: number): string {
  const start = dates.parseIsoDate(startDate);
  if (start === null) throw new RangeError(`invalid date ${startDate}`);
  return dates.formatIsoDate(dates.addMonths(start, period === 'once' ? 1 : Math.max(1, months)));
}

/** `YYYY-MM` → months since year 0 (for differences). */
export function monthIndex(period: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) throw new RangeError(`invalid period ${period}: expected YYYY-MM`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** True when `s` is a `YYYY-MM` month. */
export function isPeriod(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

/** What decides whether an entitlement pays in a month. */
export interface PayableTerms {
  period: BenefitPeriod;
  months: number;
  startDate: string;
  endedOn: string | null;
}

/** True when the entitlement pays in `period` (`YYYY-MM`). */
export function paysIn(e: PayableTerms, period: string): boolean {
  const k = monthIndex(period) - monthIndex(e.startDate.slice(0, 7));
  if (k < 0) return false;
  if (e.period === 'once' && k !== 0) return false;
  if (e.period === 'month' && k >= Math.max(1, e.months)) return false;
  if (e.period === 'year' && (k % 12 !== 0 || k / 12 >= Math.ceil(Math.max(1, e.months) / 12))) return false;
  if (e.endedOn === null) return true;
  if (k === 0) return e.endedOn > e.startDate;
  return `${period}-01` < e.endedOn;
}

/** Every month an entitlement pays in (at most `limit`). */
export function payingPeriods(e: PayableTerms, limit = 600): string[] {
  const first = monthIndex(e.startDate.slice(0, 7));
  const span = e.period === 'once' ? 1 : e.period === 'month' ? Math.max(1, e.months) : 12 * Math.ceil(Math.max(1, e.months) / 12);
  const out: string[] = [];
  for (let k = 0; k < span && out.length < limit; k++) {
    const m = first + k;
    const p = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    if (paysIn(e, p)) out.push(p);
  }
  return out;
}

/** The first and last day of a `YYYY-MM` month (`[first, nextFirst)`). */
export function monthBounds(period: string): { first: string; nextFirst: string } {
  const m = monthIndex(period) + 1;
  return { first: `${period}-01`, nextFirst: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01` };
}
