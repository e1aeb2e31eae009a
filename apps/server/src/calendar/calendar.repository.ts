/** Database access for the holiday calendar's years — the only file of this area that touches Drizzle. */
import { asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { calendarYears } from './calendar.table.js';
import type { CalendarYearData } from './city-calendar.js';

type Conn = Db | Tx;

/** A stored year. */
export type CalendarYearRow = typeof calendarYears.$inferSelect;

/** The row of a year to store; `loadedBy` null for the seed and computed years. */
export function toRow(y: CalendarYearData, loadedBy: string | null): typeof calendarYears.$inferInsert {
  return {
    year: y.year,
    kind: y.kind,
    holidays: y.holidays,
    workdays: y.workdays,
    source: y.source,
    loadedBy,
    loadedByName: y.loadedByName,
    loadedAt: y.loadedAt,
  };
}

/** A stored year as the calendar reads it. */
export function fromRow(r: CalendarYearRow): CalendarYearData {
  return { year: r.year, kind: r.kind, holidays: r.holidays, workdays: r.workdays, source: r.source, loadedByName: r.loadedByName, loadedAt: r.loadedAt };
}

/** Every stored year, oldest first. */
export async function listYears(conn: Conn): Promise<CalendarYearRow[]> {
  return conn.select().from(calendarYears).orderBy(asc(calendarYears.year));
}

/**
 * What changes when any year is written (year, kind and load time of each): compared by a
 * second process to notice another one's import without reading the dates.
 */
export async function yearsFingerprint(conn: Conn): Promise<string> {
  const rows = await conn
    .select({ year: calendarYears.year, kind: calendarYears.kind, loadedAt: calendarYears.loadedAt })
    .from(calendarYears)
    .orderBy(asc(calendarYears.year));
  return rows.map((r) => `${r.year}:${r.kind}:${r.loadedAt.toISOString()}`).join(',');
}

/** Inserts the years that are not stored yet (safe when several processes seed at once); returns the years inserted. */
export async function insertMissingYears(conn: Conn, rows: (typeof calendarYears.$inferInsert)[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await conn.insert(calendarYears).values(rows).onConflictDoNothing().returning({ year: calendarYears.year });
  return inserted.map((r) => r.year);
}

/** Blocks other writers of the calendar until the transaction ends (readers go on). */
export async function lockYears(tx: Tx): Promise<void> {
  await tx.execute(sql`LOCK TABLE calendar_years IN SHARE ROW EXCLUSIVE MODE`);
}

/** Writes a year, replacing what was stored for it. */
export async function upsertYear(tx: Tx, row: typeof calendarYears.$inferInsert): Promise<void> {
  const { year: _year, ...set } = row;
  await tx.insert(calendarYears).values(row).onConflictDoUpdate({ target: calendarYears.year, set });
}

/** Deletes the provisional years other than `keep`. */
export async function deleteProvisionalExcept(tx: Tx, keep: number[]): Promise<void> {
  const provisional = eq(calendarYears.kind, 'provisional');
  await tx.delete(calendarYears).where(keep.length ? sql`${provisional} AND ${notInArray(calendarYears.year, keep)}` : provisional);
}

/** The stored rows of some years. */
export async function findYears(conn: Conn, years: number[]): Promise<CalendarYearRow[]> {
  if (years.length === 0) return [];
  return conn.select().from(calendarYears).where(inArray(calendarYears.year, years));
}
