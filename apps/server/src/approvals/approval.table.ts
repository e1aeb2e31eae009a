import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Department, SecondApprovalKind, SecondApprovalStatus } from '@bole/contracts';

/**
 * Second approvals (four eyes on money, ADR 0015): a change one person proposes, applied only
 * when a different person approves it. `kind` names the handler that applies it (registered in
 * platform/hooks.ts), `subject` what it changes (`policyId/year`, `policyId@version`, an
 * application id), `change` the proposed change as its kind defines it, `scope` the department
 * whose staff may approve (null: the talent office's officers). At most one request per subject
 * is pending (partial unique index); rows are never deleted, so every proposal and its decision
 * stay as the subject's history.
 */
export const secondApprovals = pgTable(
  'second_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of proposal (times can be equal). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    kind: text('kind').$type<SecondApprovalKind>().notNull(),
    subject: text('subject').notNull(),
    scope: text('scope').$type<Department>(),
    /** What it is about, as a person reads it, fixed when proposed. */
    title: jsonb('title').$type<{ zh: string; en: string }>().notNull(),
    change: jsonb('change').$type<Record<string, unknown>>().notNull(),
    /** The maker's reason. */
    reason: text('reason'),
    status: text('status').$type<SecondApprovalStatus>().notNull(),
    madeBy: uuid('made_by').notNull(),
    madeAt: timestamp('made_at', { withTimezone: true, mode: 'string' }).notNull(),
    /** The second person who approved or rejected it (the maker, when withdrawn). */
    checkedBy: uuid('checked_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    /** The checker's note (required to reject). */
    note: text('note'),
    /** What applying the change did, as its handler reports it. */
    outcome: jsonb('outcome').$type<Record<string, unknown>>(),
  },
  (t) => [
    uniqueIndex('second_approvals_one_pending_uq')
      .on(t.kind, t.subject)
      .where(sql`${t.status} = 'pending'`),
    index('second_approvals_pending_idx')
      .on(t.seq)
      .where(sql`${t.status} = 'pending'`),
    index('second_approvals_subject_idx').on(t.kind, t.subject, t.seq),
  ],
);
