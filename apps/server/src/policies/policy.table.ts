import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** The result of running a version's example cases, kept with the version. */
export interface StoredExampleRun {
  ranAt: string;
  passed: number;
  failed: number;
  /** One entry per example case; `mismatches` says what differed (`amountFen: expected 1, got 0`). */
  results: { name: string; passed: boolean; mismatches: string[] }[];
}

/**
 * Every version of every document of the policy pack (policies, the classification table and
 * the exclusive groups), with its YAML source as written and its parsed JSON. A version is a
 * `draft` until an officer publishes it with an `effective_from` date; evaluation at a date
 * uses, per document, the latest published version whose `effective_from` is on or before
 * that date. Published versions are never edited; `retired` withdraws a version from use.
 */
export const policyVersions = pgTable(
  'policy_versions',
  {
    policyId: text('policy_id').notNull(),
    version: integer('version').notNull(),
    /** `policy`, `classification` or `exclusive-groups`. */
    kind: text('kind').notNull(),
    /** The file name the source is shown under (`settle-allowance.yaml`). */
    path: text('path').notNull(),
    yaml: text('yaml').notNull(),
    parsed: jsonb('parsed').$type<Record<string, unknown>>().notNull(),
    /** `draft`, `published` or `retired`. */
    status: text('status').notNull().default('draft'),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    examples: jsonb('examples').$type<StoredExampleRun>(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.policyId, t.version] }), index('policy_versions_status_effective_idx').on(t.status, t.effectiveFrom)],
);
