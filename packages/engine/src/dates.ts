/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time
 * zone). Month and year addition clamp the day to the target month's last day, as the policy
 * pack requires: 2024-01-31 + 1 month = 2024-02-29; 2024-02-29 + 1 year = 2025-02-28.
 */

/** A date as an integer count of days since 1970-01-01. */
export type DayNumber = number;

/** Sentinel for a missing date inside Int32 columns. */
export const NO_DATE = -2147483648;

/** Whether `y` is a Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31);
}

/** Day number of the civil date y-m-d (m 1–12, d 1–31); no validation. */
export function daysFromCivil(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date [year, month 1–12, day] of a day number. */
export function civilFromDays(z: DayNumber): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict `YYYY-MM-DD` date; returns null when malformed or impossible (1990-02-30). */
export function parseIsoDate(s: string): DayNumber | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return daysFromCivil(y, mo, d);
}

const ISO_MEMO_SIZE = 1 << 15;
const isoMemoDay = new Float64Array(ISO_MEMO_SIZE);
const isoMemoText: (string | undefined)[] = new Array<string | undefined>(ISO_MEMO_SIZE);

/** Formats a day number as `YYYY-MM-DD`. */
export function formatIsoDate(day: DayNumber): string {
  // Direct-mapped memo (strings are immutable): traces and explanations format the same
  // dates over and over, and each fresh format allocates several strings.
  const slot = day & (ISO_MEMO_SIZE - 1);
  const hit = isoMemoText[slot];
  if (hit !== undefined && isoMemoDay[slot] === day) return hit;
  const [y, m, d] = civilFromDays(day);
  const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  isoMemoDay[slot] = day;
  isoMemoText[slot] = text;
  return text;
}

/** Adds `n` calendar months (n may be negative), clamping the day to the month's end. */
export function addMonths(day: DayNumber, n: number): DayNumber {
  const [y, m, d] = civilFromDays(day);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Adds `n` calendar years, clamping Feb 29 to Feb 28 in common years. */
export function addYears(day: DayNumber, n: number): DayNumber {
  return addMonths(day, 12 * n);
}

/** Age in whole years: the largest k with birth + k years <= at (negative k never occurs for birth <= at). */
export function ageAt(birth: DayNumber, at: DayNumber): number {
  const [by, bm, bd] = civilFromDays(birth);
  const [ay, am, ad] = civilFromDays(at);
  const k = ay - by;
  const anniversaryDay = Math.min(bd, daysInMonth(ay, bm));
  return bm < am || (bm === am && anniversaryDay <= ad) ? k : k - 1;
}

/** Units accepted by `within`. */
export type WithinUnit = 'days' | 'months' | 'years';

/** `date + n unit`, with month clamping for months and years. */
export function addUnits(day: DayNumber, n: number, unit: WithinUnit): DayNumber {
  if (unit === 'days') return day + n;
  return addMonths(day, unit === 'years' ? 12 * n : n);
}

/** "Within n units of `date`": date <= at < date + n units. A missing date is never within. */
export function within(date: DayNumber | null, n: number, unit: WithinUnit, at: DayNumber): boolean {
  if (date === null || date === NO_DATE) return false;
  return date <= at && at < addUnits(date, n, unit);
}

/** The earliest date D with at < D + n units (the lower bound that would make `within` hold). */
export function earliestWithin(n: number, unit: WithinUnit, at: DayNumber): DayNumber {
  if (unit === 'days') return at - n + 1;
  let d = addUnits(at, -n, unit) - 4;
  while (addUnits(d, n, unit) <= at) d++;
  return d;
}
