import { sql } from 'drizzle-orm';
import { bigserial, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { RecognitionAction, RecognitionStatus, Tier } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';
import { evidenceFiles } from '../evidence/evidence.table.js';

/**
 * Recognition cases (人才分类认定). A talent has at most one open case (partial unique index).
 * The name and employer are snapshotted at request time: the public notice shows what was
 * decided, whatever the profile says later. Dates are business dates (Asia/Shanghai).
 */
export const recognitions = pgTable(
  'recognitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    requestedBy: uuid('requested_by').notNull(),
    requestedByRole: text('requested_by_role').notNull(),
    status: text('status').$type<RecognitionStatus>().notNull(),
    proposedTier: text('proposed_tier').$type<Tier>().notNull(),
    requestDate: date('request_date', { mode: 'string' }).notNull(),
    talentName: text('talent_name').notNull(),
    employerName: text('employer_name'),
    /** Date the current stage began (SLA due dates count working days from it). */
    stageSince: date('stage_since', { mode: 'string' }).notNull(),
    noticeStartsOn: date('notice_starts_on', { mode: 'string' }),
    noticeEndsOn: date('notice_ends_on', { mode: 'string' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }),
    validUntil: date('valid_until', { mode: 'string' }),
    talentCodeJti: uuid('talent_code_jti'),
    lastReason: text('last_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('recognitions_one_open_uq')
      .on(t.talentId)
      .where(sql`${t.status} NOT IN ('granted', 'rejected', 'withdrawn', 'revoked')`),
    index('recognitions_status_idx').on(t.status, t.stageSince),
    index('recognitions_talent_idx').on(t.talentId, t.createdAt),
  ],
);

/** Every transition of a case, in order: the talent's timeline (the audit log holds the same, chained). */
export const recognitionSteps = pgTable(
  'recognition_steps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recognitionId: uuid('recognition_id')
      .notNull()
      .references(() => recognitions.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').$type<RecognitionAction>().notNull(),
    fromStatus: text('from_status').$type<RecognitionStatus>(),
    toStatus: text('to_status').$type<RecognitionStatus>().notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    actorDepartment: text('actor_department'),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('recognition_steps_case_idx').on(t.recognitionId, t.id)],
);

/** Evidence attached to a case. */
export const recognitionEvidence = pgTable(
  'recognition_evidence',
  {
    recognitionId: uuid('recognition_id')
      .notNull()
      .references(() => recognitions.id),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceFiles.id),
    attachedAt: timestamp('attached_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.recognitionId, t.evidenceId] }), index('recognition_evidence_evidence_idx').on(t.evidenceId)],
);

/** Objections filed by the public during the notice period. `contact_enc` is sealed personal data. */
export const recognitionObjections = pgTable(
  'recognition_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recognitionId: uuid('recognition_id')
      .notNull()
      .references(() => recognitions.id),
    name: text('name').notNull(),
    contactEnc: text('contact_enc').notNull(),
    reason: text('reason').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    status: text('status').$type<'open' | 'upheld' | 'dismissed'>().notNull().default('open'),
    resolution: text('resolution'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('recognition_objections_case_idx').on(t.recognitionId, t.status)],
);

/**
 * The tier granted to each talent by recognition (one row per talent, replaced by a later
 * grant): what other areas read as the talent's recognised tier and its validity.
 */
export const talentGrants = pgTable('talent_grants', {
  talentId: uuid('talent_id')
    .primaryKey()
    .references(() => talents.id),
  tier: text('tier').$type<Tier>().notNull(),
  recognitionId: uuid('recognition_id')
    .notNull()
    .references(() => recognitions.id),
  grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }).notNull(),
});
