/**
 * Database access for youth stations: stations and beds, stays, and the (bed, night) rows that
 * make a double booking impossible in the database itself.
 */
import { and, asc, between, count, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { StayStatus } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { talents } from '../talents/talent.table.js';
import { youthStationBeds, youthStations, youthStayNights, youthStays } from './youth-station.table.js';

type Conn = Db | Tx;

/** A station row. */
export type StationRow = typeof youthStations.$inferSelect;
/** A bed row. */
export type BedRow = typeof youthStationBeds.$inferSelect;
/** A stay row with its station's name, bed and talent's name. */
export type StayView = typeof youthStays.$inferSelect & { stationName: { zh: string; en: string }; room: string; bed: string; talentName: string | null };

/** Inserts a station and its beds. */
export async function insertStation(tx: Tx, row: Omit<StationRow, 'id'>, beds: { room: string; label: string }[]): Promise<StationRow> {
  const [station] = await tx.insert(youthStations).values(row).returning();
  await tx.insert(youthStationBeds).values(beds.map((b) => ({ ...b, stationId: station!.id })));
  return station!;
}

/** Every station with its number of beds, by name. */
export async function listStations(conn: Conn): Promise<(StationRow & { beds: number })[]> {
  const rows = await conn
    .select({ s: youthStations, beds: count(youthStationBeds.id) })
    .from(youthStations)
    .leftJoin(youthStationBeds, eq(youthStationBeds.stationId, youthStations.id))
    .groupBy(youthStations.id)
    .orderBy(asc(youthStations.createdAt));
  return rows.map((r) => ({ ...r.s, beds: r.beds }));
}

/** A station by id. */
export async function findStation(conn: Conn, id: string): Promise<StationRow | undefined> {
  const [r] = await conn.select().from(youthStations).where(eq(youthStations.id, id));
  return r;
}

/** A station's beds in room and label order. */
export async function bedsOf(conn: Conn, stationId: string): Promise<BedRow[]> {
  return conn.select().from(youthStationBeds).where(eq(youthStationBeds.stationId, stationId)).orderBy(asc(youthStationBeds.room), asc(youthStationBeds.label));
}

/** The held (bed, night) pairs of some beds between two nights (inclusive). */
export async function heldNights(conn: Conn, bedIds: string[], from: string, to: string): Promise<{ bedId: string; night: string }[]> {
  if (bedIds.length === 0) return [];
  return conn
    .select({ bedId: youthStayNights.bedId, night: youthStayNights.night })
    .from(youthStayNights)
    .where(and(inArray(youthStayNights.bedId, bedIds), between(youthStayNights.night, from, to)));
}

/** Per station and night, how many beds are held between two nights (inclusive). */
export async function heldPerStationNight(conn: Conn, from: string, to: string): Promise<{ stationId: string; night: string; held: number }[]> {
  return conn
    .select({ stationId: youthStationBeds.stationId, night: youthStayNights.night, held: count() })
    .from(youthStayNights)
    .innerJoin(youthStationBeds, eq(youthStationBeds.id, youthStayNights.bedId))
    .where(between(youthStayNights.night, from, to))
    .groupBy(youthStationBeds.stationId, youthStayNights.night);
}

/** Serialises bookings of one person until the transaction ends (yearly limit and overlaps are checked under it). */
export async function lockTalentStays(tx: Tx, talentId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242701, hashtext(${talentId}))`);
}

/** The first night between two nights (inclusive) on which a person already holds a bed, or null. */
export async function firstHeldNightOf(conn: Conn, talentId: string, from: string, to: string): Promise<string | null> {
  const [r] = await conn
    .select({ night: youthStayNights.night })
    .from(youthStayNights)
    .where(and(eq(youthStayNights.talentId, talentId), between(youthStayNights.night, from, to)))
    .orderBy(asc(youthStayNights.night))
    .limit(1);
  return r?.night ?? null;
}

/** How many stays a person has whose first night falls in a year (cancelled ones do not count). */
export async function staysInYear(conn: Conn, talentId: string, year: number): Promise<number> {
  const [r] = await conn
    .select({ n: count() })
    .from(youthStays)
    .where(and(eq(youthStays.talentId, talentId), ne(youthStays.status, 'cancelled'), between(youthStays.firstNight, `${year}-01-01`, `${year}-12-31`)));
  return r?.n ?? 0;
}

/** Inserts a stay. */
export async function insertStay(tx: Tx, row: Omit<typeof youthStays.$inferInsert, 'id'>): Promise<string> {
  const [r] = await tx.insert(youthStays).values(row).returning({ id: youthStays.id });
  return r!.id;
}

/**
 * Holds a bed for a stay's nights: inserts its (bed, night) rows, skipping those another stay
 * holds (never waiting past a concurrent holder's commit). Returns how many were held; fewer
 * than asked means the bed was taken and the caller must give the held ones back.
 */
export async function holdNights(tx: Tx, rows: { bedId: string; night: string; stayId: string; talentId: string }[]): Promise<number> {
  const held = await tx.insert(youthStayNights).values(rows).onConflictDoNothing().returning({ night: youthStayNights.night });
  return held.length;
}

/** Releases a stay's nights from `from` on (all of them when null). */
export async function releaseNights(tx: Tx, stayId: string, from: string | null): Promise<void> {
  await tx.delete(youthStayNights).where(and(eq(youthStayNights.stayId, stayId), from ? gte(youthStayNights.night, from) : undefined));
}

/** Moves a stay to another bed (while booking). */
export async function setStayBed(tx: Tx, stayId: string, bedId: string): Promise<void> {
  await tx.update(youthStays).set({ bedId }).where(eq(youthStays.id, stayId));
}

/** Sets a stay's status and times, only from the expected status; false when it was not in it. */
export async function moveStay(tx: Tx, id: string, from: StayStatus, set: Partial<typeof youthStays.$inferInsert>): Promise<boolean> {
  const r = await tx
    .update(youthStays)
    .set(set)
    .where(and(eq(youthStays.id, id), eq(youthStays.status, from)))
    .returning({ id: youthStays.id });
  return r.length === 1;
}

/** Stays with their names, by filter, earliest first night first. */
export async function listStays(
  conn: Conn,
  f: { id?: string; talentId?: string; stationId?: string; status?: StayStatus; statuses?: StayStatus[]; firstNight?: string; firstNightBefore?: string },
): Promise<StayView[]> {
  const rows = await conn
    .select({ s: youthStays, stationName: youthStations.name, room: youthStationBeds.room, bed: youthStationBeds.label, talentName: talents.name })
    .from(youthStays)
    .innerJoin(youthStations, eq(youthStations.id, youthStays.stationId))
    .innerJoin(youthStationBeds, eq(youthStationBeds.id, youthStays.bedId))
    .leftJoin(talents, eq(talents.id, youthStays.talentId))
    .where(
      and(
        f.id ? eq(youthStays.id, f.id) : undefined,
        f.talentId ? eq(youthStays.talentId, f.talentId) : undefined,
        f.stationId ? eq(youthStays.stationId, f.stationId) : undefined,
        f.status ? eq(youthStays.status, f.status) : undefined,
        f.statuses ? inArray(youthStays.status, f.statuses) : undefined,
        f.firstNight ? eq(youthStays.firstNight, f.firstNight) : undefined,
        f.firstNightBefore ? lte(youthStays.firstNight, f.firstNightBefore) : undefined,
      ),
    )
    .orderBy(asc(youthStays.firstNight), asc(youthStays.bookedAt))
    .limit(500);
  return rows.map((r) => ({ ...r.s, stationName: r.stationName, room: r.room, bed: r.bed, talentName: r.talentName }));
}
