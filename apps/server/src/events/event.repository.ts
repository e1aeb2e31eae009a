/** Database access for events, sessions, registrations, tickets, scans and attendance. */
import { and, asc, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { talents } from '../talents/talent.table.js';
import { eventAttendance, eventRegistrations, eventScans, eventSessions, events, eventTickets } from './event.table.js';

type Conn = Db | Tx;

export type EventRow = typeof events.$inferSelect;
export type SessionRow = typeof eventSessions.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;
export type TicketRow = typeof eventTickets.$inferSelect;
export type AttendanceRow = typeof eventAttendance.$inferSelect;

/** A talent's name (read to mask it on the ticket; never stored in clear by this module). */
export async function talentName(conn: Conn, talentId: string): Promise<string | null> {
  const [r] = await conn.select({ name: talents.name }).from(talents).where(eq(talents.id, talentId));
  return r?.name ?? null;
}

/** Inserts an event; null when its code is taken. */
export async function insertEvent(tx: Tx, row: typeof events.$inferInsert): Promise<EventRow | null> {
  const [r] = await tx.insert(events).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

/** Sets fields of an event. */
export async function updateEvent(tx: Tx, id: string, set: Partial<EventRow>): Promise<void> {
  await tx.update(events).set(set).where(eq(events.id, id));
}

/** An event by code, locked until the transaction ends when `lock`. */
export async function findEvent(conn: Conn, code: string, lock = false): Promise<EventRow | undefined> {
  const q = conn.select().from(events).where(eq(events.code, code));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

/** An event by id. */
export async function findEventById(conn: Conn, id: string): Promise<EventRow | undefined> {
  const [r] = await conn.select().from(events).where(eq(events.id, id));
  return r;
}

/** Events, newest first. */
export async function listEvents(conn: Conn): Promise<EventRow[]> {
  return conn.select().from(events).orderBy(desc(events.createdAt));
}

/** Sessions of events, in start order. */
export async function sessionsOf(conn: Conn, eventIds: string[]): Promise<SessionRow[]> {
  if (eventIds.length === 0) return [];
  return conn.select().from(eventSessions).where(inArray(eventSessions.eventId, eventIds)).orderBy(asc(eventSessions.startsAt), asc(eventSessions.code));
}

/** Inserts sessions. */
export async function insertSessions(tx: Tx, rows: (typeof eventSessions.$inferInsert)[]): Promise<void> {
  await tx.insert(eventSessions).values(rows);
}

/** Sets a session's title, times and capacity. */
export async function updateSession(tx: Tx, id: string, set: Partial<SessionRow>): Promise<void> {
  await tx.update(eventSessions).set(set).where(eq(eventSessions.id, id));
}

/** Takes a place when one is left (one conditional update, safe under concurrency); false when full. */
export async function takePlace(tx: Tx, sessionId: string): Promise<boolean> {
  const rows = await tx
    .update(eventSessions)
    .set({ taken: sql`${eventSessions.taken} + 1` })
    .where(and(eq(eventSessions.id, sessionId), lt(eventSessions.taken, eventSessions.capacity)))
    .returning({ taken: eventSessions.taken });
  return rows.length === 1;
}

/** Gives a place back. */
export async function releasePlace(tx: Tx, sessionId: string): Promise<void> {
  await tx
    .update(eventSessions)
    .set({ taken: sql`${eventSessions.taken} - 1` })
    .where(eq(eventSessions.id, sessionId));
}

/** Waiting registrations per session. */
export async function waitingCounts(conn: Conn, sessionIds: string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await conn
    .select({ sessionId: eventRegistrations.sessionId, n: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(and(inArray(eventRegistrations.sessionId, sessionIds), eq(eventRegistrations.status, 'waitlisted')))
    .groupBy(eventRegistrations.sessionId);
  return new Map(rows.map((r) => [r.sessionId, r.n]));
}

/** Inserts a registration. */
export async function insertRegistration(tx: Tx, row: typeof eventRegistrations.$inferInsert): Promise<RegistrationRow> {
  const [r] = await tx.insert(eventRegistrations).values(row).returning();
  return r!;
}

/** The talent's alive registration for a session. */
export async function findAliveRegistration(conn: Conn, sessionId: string, talentId: string): Promise<RegistrationRow | undefined> {
  const [r] = await conn
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.sessionId, sessionId),
        eq(eventRegistrations.talentId, talentId),
        inArray(eventRegistrations.status, ['pending', 'confirmed', 'waitlisted', 'offered']),
      ),
    );
  return r;
}

/** A registration by id, locked until the transaction ends. */
export async function lockRegistration(tx: Tx, id: string): Promise<RegistrationRow | undefined> {
  const [r] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, id)).for('update');
  return r;
}

/** Sets fields of a registration. */
export async function updateRegistration(tx: Tx, id: string, set: Partial<RegistrationRow>): Promise<void> {
  await tx.update(eventRegistrations).set(set).where(eq(eventRegistrations.id, id));
}

/** The first on a session's waitlist, locked (skipping rows another transaction holds). */
export async function nextWaiting(tx: Tx, sessionId: string): Promise<RegistrationRow | undefined> {
  const [r] = await tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.sessionId, sessionId), eq(eventRegistrations.status, 'waitlisted')))
    .orderBy(asc(eventRegistrations.seq))
    .limit(1)
    .for('update');
  return r;
}

/** Offers whose reply window has passed, locked, skipping rows another node is expiring. */
export async function overdueOffers(tx: Tx, now: string, limit: number): Promise<RegistrationRow[]> {
  return tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.status, 'offered'), isNotNull(eventRegistrations.offerExpiresAt), lt(eventRegistrations.offerExpiresAt, now)))
    .orderBy(asc(eventRegistrations.offerExpiresAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Registrations of a talent, or of an event, with their session; newest first. */
export async function registrationsWhere(conn: Conn, by: { talentId: string } | { eventId: string }) {
  return conn
    .select({ r: eventRegistrations, s: eventSessions, e: events, t: eventTickets, a: eventAttendance })
    .from(eventRegistrations)
    .innerJoin(eventSessions, eq(eventSessions.id, eventRegistrations.sessionId))
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .leftJoin(eventTickets, eq(eventTickets.registrationId, eventRegistrations.id))
    .leftJoin(eventAttendance, eq(eventAttendance.ticketId, eventTickets.id))
    .where('talentId' in by ? eq(eventRegistrations.talentId, by.talentId) : eq(eventRegistrations.eventId, by.eventId))
    .orderBy(desc(eventRegistrations.registeredAt), asc(eventRegistrations.seq));
}

/** Waiting registrations of the given sessions in waitlist order. */
export async function waitingInOrder(conn: Conn, sessionIds: string[]): Promise<{ id: string; sessionId: string }[]> {
  if (sessionIds.length === 0) return [];
  return conn
    .select({ id: eventRegistrations.id, sessionId: eventRegistrations.sessionId })
    .from(eventRegistrations)
    .where(and(inArray(eventRegistrations.sessionId, sessionIds), eq(eventRegistrations.status, 'waitlisted')))
    .orderBy(asc(eventRegistrations.seq));
}

/** Inserts a ticket. */
export async function insertTicket(tx: Tx, row: typeof eventTickets.$inferInsert): Promise<void> {
  await tx.insert(eventTickets).values(row);
}

/** Revokes the ticket of a registration (if it has one). */
export async function revokeTicketOf(tx: Tx, registrationId: string, at: string): Promise<void> {
  await tx.update(eventTickets).set({ revokedAt: at }).where(eq(eventTickets.registrationId, registrationId));
}

/** A ticket by id. */
export async function findTicket(conn: Conn, id: string): Promise<TicketRow | undefined> {
  const [r] = await conn.select().from(eventTickets).where(eq(eventTickets.id, id));
  return r;
}

/** Ids of an event's revoked tickets. */
export async function revokedTicketIds(conn: Conn, eventId: string): Promise<string[]> {
  const rows = await conn
    .select({ id: eventTickets.id })
    .from(eventTickets)
    .where(and(eq(eventTickets.eventId, eventId), isNotNull(eventTickets.revokedAt)))
    .orderBy(asc(eventTickets.id));
  return rows.map((r) => r.id);
}

/** Records a scan once per (ticket, device, scan time). */
export async function insertScan(tx: Tx, row: typeof eventScans.$inferInsert): Promise<void> {
  await tx.insert(eventScans).values(row).onConflictDoNothing();
}

/**
 * Admits a ticket by its earliest scan: inserts the attendance row, or moves it to this scan
 * when this one is earlier (at the same scan time the first to arrive stays) — one statement, so two nodes never admit
 * a ticket twice. Returns the admission as it stands.
 */
export async function admitEarliest(tx: Tx, row: AttendanceRow): Promise<AttendanceRow> {
  const [r] = await tx
    .insert(eventAttendance)
    .values(row)
    .onConflictDoUpdate({
      target: eventAttendance.ticketId,
      set: { deviceId: sql`excluded.device_id`, scannedAt: sql`excluded.scanned_at` },
      setWhere: sql`excluded.scanned_at < ${eventAttendance.scannedAt}`,
    })
    .returning();
  if (r) return r;
  const [kept] = await tx.select().from(eventAttendance).where(eq(eventAttendance.ticketId, row.ticketId));
  return kept!;
}

/** Per session of an event: confirmed registrations, admitted tickets and scans beyond the first. */
export async function attendanceCounts(conn: Conn, eventId: string) {
  const rows = (await conn.execute(sql`
    select s.id, s.code, s.title,
      (select count(*)::int from event_registrations r where r.session_id = s.id and r.status = 'confirmed') confirmed,
      (select count(*)::int from event_attendance a where a.session_id = s.id) admitted,
      (select count(*)::int from event_scans sc join event_tickets t on t.id = sc.ticket_id where t.session_id = s.id)
        - (select count(*)::int from event_attendance a where a.session_id = s.id) duplicates
    from event_sessions s where s.event_id = ${eventId} order by s.starts_at, s.code`)) as unknown as {
    rows: { id: string; code: string; title: string; confirmed: number; admitted: number; duplicates: number }[];
  };
  return rows.rows;
}
