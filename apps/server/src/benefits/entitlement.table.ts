import type { SweepEndReason } from '@bole/contracts';
import { sql } from 'drizzle-orm';
import { bigint, bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { talents } from '../talents/talent.table.js';

/**
 * What a talent is entitled to: one row per (talent, policy, source). `auto` rows are written
 * by the sweep (免申即享), `notify` rows are the notices of notify-mode policies (the talent is
 * told of a service right), `application` rows come from approved applications. The payment
 * ledger turns active rows into payment lines per period.
 *
 * `end_date` is exclusive: start + months (calendar months, day clamped). A row ends early
 * (`status` ended, `ended_on` set) when a later sweep no longer grants it.
 */
export const entitlements = pgTable(
  'entitlements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    policyId: text('policy_id').notNull(),
    /** `auto`, `application` or `notify`. */
    source: text('source').notNull(),
    applicationId: uuid('application_id'),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** `once`, `month` or `year`. */
    period: text('period').notNull(),
    months: integer('months').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    /** `active` or `ended`. */
    status: text('status').notNull().default('active'),
    endedOn: date('ended_on', { mode: 'string' }),
    /** The sweep (job id) that created the row, and the one that last changed it. */
    createdBySweep: uuid('created_by_sweep'),
    sweepId: uuid('sweep_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('entitlements_talent_policy_source_uq').on(t.talentId, t.policyId, t.source),
    uniqueIndex('entitlements_application_uq')
      .on(t.applicationId)
      .where(sql`${t.applicationId} IS NOT NULL`),
    index('entitlements_policy_status_idx').on(t.policyId, t.status),
  ],
);

/**
 * Database-backed jobs (sweeps now; imports and rounds later): parameters, status, the
 * checkpoint (last talent id whose chunk committed), progress and counts. The chunk's writes and
 * the checkpoint advance commit in one transaction, so a crashed job resumes where it stopped.
 * At most one job of a kind runs or is being confirmed at a time (partial unique index).
 *
 * A sweep is made (`created_by`) as a preview — `running` while computed, then `preview` — and
 * written only when a second officer confirms it (`confirmed_by`, `confirming`, then `done`).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Creation order (timestamps can tie). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    /** `running`, `preview`, `confirming`, `done`, `stale`, `failed` or `abandoned`. */
    status: text('status').notNull().default('running'),
    checkpoint: text('checkpoint'),
    processed: integer('processed').notNull().default(0),
    total: integer('total').notNull().default(0),
    counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
    error: text('error'),
    createdBy: uuid('created_by'),
    /** The second officer who confirmed the job (never `created_by`), and when. */
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('jobs_one_running_per_kind_uq')
      .on(t.kind)
      .where(sql`${t.status} in ('running', 'confirming')`),
    index('jobs_kind_created_idx').on(t.kind, t.createdAt),
  ],
);

/**
 * What one sweep would change (its preview) and, once confirmed, changed, per talent and policy:
 * its diff against the entitlements the previous sweeps left, with the terms to write —
 * `entitlement_id` is the existing row a change, re-activation (`new` with an id) or end touches.
 */
export const sweepChanges = pgTable(
  'sweep_changes',
  {
    sweepId: uuid('sweep_id')
      .notNull()
      .references(() => jobs.id),
    talentId: uuid('talent_id').notNull(),
    policyId: text('policy_id').notNull(),
    /** `new`, `changed` or `ended`. */
    change: text('change').notNull(),
    source: text('source').notNull(),
    oldAmountFen: bigint('old_amount_fen', { mode: 'number' }),
    newAmountFen: bigint('new_amount_fen', { mode: 'number' }),
    entitlementId: uuid('entitlement_id'),
    /** The granted terms (`new` and `changed`). */
    period: text('period'),
    months: integer('months'),
    /** Why an `ended` entitlement ends: facts it read that were withdrawn or are contradicted (null: neither). */
    reason: jsonb('reason').$type<SweepEndReason>(),
  },
  (t) => [
    uniqueIndex('sweep_changes_uq').on(t.sweepId, t.talentId, t.policyId, t.source),
    index('sweep_changes_change_idx').on(t.sweepId, t.change),
    index('sweep_changes_policy_idx').on(t.sweepId, t.policyId, t.change),
  ],
);
