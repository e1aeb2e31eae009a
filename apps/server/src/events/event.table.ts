import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { EventAudience, EventKind, EventRegistrationStatus } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** An event (学术会议, 高端论坛, 大赛路演) and its registration rules. */
export const events = pgTable('events', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  kind: text('kind').$type<EventKind>().notNull(),
  venue: text('venue').notNull(),
  audience: text('audience').$type<EventAudience>().notNull(),
  policyId: text('policy_id'),
  approvalRequired: boolean('approval_required').notNull(),
  waitlist: boolean('waitlist').notNull(),
  /** Reply window of a waitlist offer, in hours. */
  offerHours: integer('offer_hours').notNull(),
  registrationClosesAt: ts('registration_closes_at').notNull(),
  cancelledAt: ts('cancelled_at'),
  createdBy: uuid('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
});

/**
 * A session of an event. `taken` counts the registrations holding a place; it only grows by a
 * conditional update (`taken < capacity`), so capacity holds under concurrent registrations.
 */
export const eventSessions = pgTable(
  'event_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    taken: integer('taken').notNull().default(0),
  },
  (t) => [uniqueIndex('event_sessions_code_uq').on(t.eventId, t.code), check('event_sessions_taken_ck', sql`${t.taken} >= 0 and ${t.taken} <= ${t.capacity}`)],
);

/** A talent's registration for a session; `seq` orders the waitlist. At most one alive per session and talent. */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => eventSessions.id),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    /** The masked name, as the ticket and the organisers' lists show it. */
    holder: text('holder').notNull(),
    status: text('status').$type<EventRegistrationStatus>().notNull(),
    offerExpiresAt: ts('offer_expires_at'),
    registeredAt: ts('registered_at').notNull(),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    uniqueIndex('event_registrations_alive_uq')
      .on(t.sessionId, t.talentId)
      .where(sql`${t.status} in ('pending', 'confirmed', 'waitlisted', 'offered')`),
    index('event_registrations_talent_idx').on(t.talentId),
    index('event_registrations_waitlist_idx').on(t.sessionId, t.status, t.seq),
  ],
);

/** The signed ticket of a confirmed registration; `revokedAt` once cancelled. */
export const eventTickets = pgTable(
  'event_tickets',
  {
    /** Short random id carried in the ticket. */
    id: text('id').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .unique()
      .references(() => eventRegistrations.id),
    eventId: uuid('event_id').notNull(),
    sessionId: uuid('session_id').notNull(),
    token: text('token').notNull(),
    issuedAt: ts('issued_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('event_tickets_event_idx').on(t.eventId)],
);

/**
 * Every accepted scan of a ticket, once per device and scan time (a batch sent twice writes
 * nothing the second time). Whether a scan admitted the holder is read from `event_attendance`.
 */
export const eventScans = pgTable(
  'event_scans',
  {
    ticketId: text('ticket_id')
      .notNull()
      .references(() => eventTickets.id),
    deviceId: text('device_id').notNull(),
    scannedAt: ts('scanned_at').notNull(),
    receivedAt: ts('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.deviceId, t.scannedAt] })],
);

/**
 * Who was admitted: one row per ticket (the primary key makes admission exactly-once across
 * nodes), holding the earliest scan by scan time; attendance per session for the analytics.
 */
export const eventAttendance = pgTable(
  'event_attendance',
  {
    ticketId: text('ticket_id')
      .primaryKey()
      .references(() => eventTickets.id),
    eventId: uuid('event_id').notNull(),
    sessionId: uuid('session_id').notNull(),
    deviceId: text('device_id').notNull(),
    scannedAt: ts('scanned_at').notNull(),
  },
  (t) => [index('event_attendance_session_idx').on(t.sessionId)],
);
