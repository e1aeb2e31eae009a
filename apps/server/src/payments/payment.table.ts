import { bigint, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { entitlements } from '../benefits/entitlement.table.js';

/**
 * Payment batches: one per month (`YYYY-MM`), created by `bole pay --period` or the officer's
 * button; running it again adds the lines of entitlements granted since, never a line twice.
 */
export const paymentBatches = pgTable('payment_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  period: text('period').notNull().unique('payment_batches_period_uq'),
  createdBy: uuid('created_by'),
  /** The second officer who released the batch to the finance bureau (never its creator). */
  approvedBy: uuid('approved_by'),
  approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/**
 * The ledger: one line per entitlement per month it pays in, guaranteed by the unique
 * (entitlement_id, period) index — every writer inserts with ON CONFLICT DO NOTHING, so
 * retries, double clicks and two server nodes never pay twice.
 *
 * `status`: `queued` (waiting for budget or quota, in fair order), `approved` (committed to the
 * batch, to be paid by the finance bureau), then `paid` or `failed` from the bureau's file.
 */
export const paymentLines = pgTable(
  'payment_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => paymentBatches.id),
    entitlementId: uuid('entitlement_id')
      .notNull()
      .references(() => entitlements.id),
    period: text('period').notNull(),
    /** The budget year (the period's calendar year). */
    year: smallint('year').notNull(),
    talentId: uuid('talent_id').notNull(),
    policyId: text('policy_id').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    status: text('status').notNull(),
    /** Fair queue order: the entitlement's start date, then when it was granted. */
    startDate: date('start_date', { mode: 'string' }).notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true, mode: 'string' }).notNull(),
    failureReason: text('failure_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    settledAt: timestamp('settled_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('payment_lines_entitlement_period_uq').on(t.entitlementId, t.period),
    index('payment_lines_batch_idx').on(t.batchId, t.status),
    index('payment_lines_budget_idx').on(t.policyId, t.year, t.status),
    index('payment_lines_talent_idx').on(t.talentId),
  ],
);

/**
 * Budgets per policy and calendar year set by the office. Without a row the policy's YAML
 * (`budget.annualFen`, `budget.quota`, in force on 1 January) applies. Raising a budget releases
 * queued lines in fair order.
 */
export const paymentBudgets = pgTable(
  'payment_budgets',
  {
    policyId: text('policy_id').notNull(),
    year: integer('year').notNull(),
    annualFen: bigint('annual_fen', { mode: 'number' }).notNull(),
    /** Most entitlements (people) paid in the year. */
    quota: integer('quota').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.policyId, t.year] })],
);
