import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ClockStopParty, ServiceAction, ServiceCategory, ServiceOutcome, ServiceStatus } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';

/** A case the talent sees as one: a single request, or a bundle's requests filed in one form ("人才服务一件事"). */
export const serviceCases = pgTable('service_cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  talentId: uuid('talent_id')
    .notNull()
    .references(() => talents.id),
  /** The bundle filed, null for a single request. */
  bundle: text('bundle'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/**
 * A service request in the closed loop, with its three working-day clocks: first contact,
 * next update, resolution. While the clock is stopped (waiting for the talent or a third party)
 * nothing is overdue; on resuming, the working days it stood add to the resolution deadline.
 * `ownerId` is the concierge who first took it (首接负责) until an explicit hand-over.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => serviceCases.id),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    category: text('category').$type<ServiceCategory>().notNull(),
    department: text('department').notNull(),
    form: jsonb('form').$type<Record<string, string>>().notNull(),
    evidenceIds: jsonb('evidence_ids').$type<string[]>().notNull(),
    /** When the talent consented to share the form and evidence with the handling department(s). */
    consentAt: timestamp('consent_at', { withTimezone: true, mode: 'string' }).notNull(),
    status: text('status').$type<ServiceStatus>().notNull(),
    ownerId: uuid('owner_id'),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    resolutionDays: integer('resolution_days').notNull(),
    firstContactDue: date('first_contact_due', { mode: 'string' }).notNull(),
    firstContactOn: date('first_contact_on', { mode: 'string' }),
    updateDue: date('update_due', { mode: 'string' }).notNull(),
    resolutionDue: date('resolution_due', { mode: 'string' }).notNull(),
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    stoppedSince: date('stopped_since', { mode: 'string' }),
    stopWaitingFor: text('stop_waiting_for').$type<ClockStopParty>(),
    stopNote: text('stop_note'),
    stoppedBy: uuid('stopped_by'),
    /** 0 none, 1 the department head told, 2 the talent office told. */
    escalation: smallint('escalation').notNull().default(0),
    outcome: text('outcome').$type<ServiceOutcome>(),
    answer: text('answer'),
    rule: text('rule'),
    redirectedTo: text('redirected_to'),
    answeredOn: date('answered_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    reopenedAt: timestamp('reopened_at', { withTimezone: true, mode: 'string' }),
    rating: smallint('rating'),
    ratedAt: timestamp('rated_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    index('service_requests_case_idx').on(t.caseId),
    index('service_requests_talent_idx').on(t.talentId),
    index('service_requests_open_idx')
      .on(t.department, t.resolutionDue)
      .where(sql`${t.closedOn} is null`),
  ],
);

/** Departments co-handling a request beside its owner's. */
export const serviceCoHandlers = pgTable(
  'service_co_handlers',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    department: text('department').notNull(),
    addedBy: uuid('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ name: 'service_co_handlers_pk', columns: [t.requestId, t.department] })],
);

/** The timeline of a request: every step, who took it and their note. Append-only. */
export const serviceSteps = pgTable(
  'service_steps',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    action: text('action').$type<ServiceAction>().notNull(),
    status: text('status').$type<ServiceStatus>().notNull(),
    actorId: uuid('actor_id'),
    note: text('note'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [index('service_steps_request_idx').on(t.requestId, t.seq)],
);
