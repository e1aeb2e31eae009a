/**
 * Calendar arithmetic for the benchmark, written independently of the engine so that the
 * hand-written kernel is a real cross-check: day numbers (days since 1970-01-01), month
 * addition clamping to the month's last day, age, and "within N months".
 */

/** Sentinel for a missing date in Int32 columns. */
export const NO_DATE = -2147483648;

const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m !== 2) return DIM[m - 1]!;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** Day number of y-m-d (m 1–12). */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** [year, month 1–12, day] of a day number. */
export function civil(day: number): [number, number, number] {
  const t = new Date(day * 86_400_000);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** Parses `YYYY-MM-DD` into a day number. */
export function parseDay(s: string): number {
  return dayNumber(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `day + n months`, clamping the day of month (2024-01-31 + 1 = 2024-02-29). */
export function addMonths(day: number, n: number): number {
  const [y, m, d] = civil(day);
  const t = y * 12 + (m - 1) + n;
  const ny = Math.floor(t / 12);
  const nm = t - ny * 12 + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Age: the largest k with birth + k years <= at (computed literally from the definition). */
export function age(birth: number, at: number): number {
  const [by] = civil(birth);
  const [ay] = civil(at);
  let k = ay - by + 1;
  while (addMonths(birth, 12 * k) > at) k--;
  return k;
}

/** Within `n` months of `date`: date <= at < date + n months; a missing date is never within. */
export function withinMonths(date: number, n: number, at: number): boolean {
  return date !== NO_DATE && date <= at && at < addMonths(date, n);
}

/**
 * The smallest date D with `at < D + n months` — D + n months is non-decreasing in D, so
 * `withinMonths(D, n, at)` ⟺ `lo <= D <= at`. Used by the columnar kernel to turn date
 * conditions into two integer comparisons.
 */
export function earliestWithin(n: number, at: number): number {
  let d = addMonths(at, -n) - 3;
  while (addMonths(d, n) <= at) d++;
  return d;
}

/** Age from calendar fields (the anniversary in `at`'s year clamps 29 Feb), for the peers' custom functions. */
export function ageFast(birth: number, at: number): number {
  const [by, bm, bd] = civil(birth);
  const [ay, am, ad] = civil(at);
  const anniversary = Math.min(bd, daysInMonth(ay, bm));
  return ay - by - (bm > am || (bm === am && anniversary > ad) ? 1 : 0);
}
