/**
 * Day-number arithmetic for the generator (days since 1970-01-01, UTC calendar): fast
 * formatting and the month/year counting the policy pack uses (day-clamped). Pure.
 */
export const DAY_MS = 86_400_000;
/** Day number (days since 1970-01-01) of a calendar date. */
export const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

// Calendar parts and strings of every day from 1900 to 2199, computed on first use: the
// generator formats millions of dates and `Date` objects would dominate its time.
const FIRST_DAY = dayOf(1900, 1, 1);
const SPAN = dayOf(2200, 1, 1) - FIRST_DAY;
let ymd: Int32Array | undefined;
const strings: (string | undefined)[] = [];
function table(): Int32Array {
  if (ymd) return ymd;
  ymd = new Int32Array(SPAN);
  for (let k = 0; k < SPAN; k++) {
    const d = new Date((FIRST_DAY + k) * DAY_MS);
    ymd[k] = d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
  }
  return ymd;
}
/** `YYYY-MM-DD` of a day number. */
export const fmt = (day: number): string => {
  const k = day - FIRST_DAY;
  return (strings[k] ??= new Date(day * DAY_MS).toISOString().slice(0, 10));
};
/** [year, month, day] of a day number. */
export const parts = (day: number): [number, number, number] => {
  const v = table()[day - FIRST_DAY]!;
  return [Math.floor(v / 10_000), Math.floor(v / 100) % 100, v % 100];
};
/** Whole months from `a` to `b` (calendar months, day-clamped as the policy pack counts them). */
export function monthsBetween(a: number, b: number): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  let m = (yb - ya) * 12 + (mb - ma);
  if (db < da) m--;
  return Math.max(0, m);
}
export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Whole years from `a` to `b`. */
export const yearsBetween = (a: number, b: number): number => Math.floor(monthsBetween(a, b) / 12);
/** `day` moved by whole years (Feb 29 → Feb 28). */
export function addYears(day: number, n: number): number {
  const [y, m, d] = parts(day);
  const last = m === 2 ? (isLeap(y + n) ? 29 : 28) : d;
  return dayOf(y + n, m, Math.min(d, last));
}
