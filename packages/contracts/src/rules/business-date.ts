/**
 * Business dates: the city's calendar day of an instant. Deadlines, "in force today", the
 * sweep's date and every "today" the server or the browser uses are days in Asia/Shanghai
 * (UTC+08:00 all year, no daylight saving), whatever the machine's time zone.
 */

/** Asia/Shanghai's offset from UTC. */
const CITY_OFFSET_MS = 8 * 3600_000;

/** The business date (YYYY-MM-DD, Asia/Shanghai) of an instant. */
export function businessDate(at: Date): string {
  return new Date(at.getTime() + CITY_OFFSET_MS).toISOString().slice(0, 10);
}

/** The city's wall-clock minute (YYYY-MM-DD HH:mm, Asia/Shanghai) of an instant, for texts people read. */
export function businessDateTime(at: Date): string {
  return new Date(at.getTime() + CITY_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The business month (YYYY-MM, Asia/Shanghai) of an instant. */
export function businessMonth(at: Date): string {
  return businessDate(at).slice(0, 7);
}

/** The business year (Asia/Shanghai) of an instant. */
export function businessYear(at: Date): number {
  return Number(businessDate(at).slice(0, 4));
}
