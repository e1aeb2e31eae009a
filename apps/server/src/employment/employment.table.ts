import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { EmploymentStatus } from '@bole/contracts';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { postings } from '../matching/posting.table.js';

/**
 * Employments a talent named (在职申报): the employer confirms or declines, and later ends one
 * with its date. At most one open (pending or confirmed) employment per talent. A confirmation
 * sets the talent's employer and arrival date as employer-confirmed verified facts.
 */
export const employments = pgTable(
  'employments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    status: text('status').$type<EmploymentStatus>().notNull(),
    arrivalDate: date('arrival_date', { mode: 'string' }).notNull(),
    /** The posting the talent fills (their post), named by the employer when confirming. */
    postingId: uuid('posting_id').references(() => postings.id),
    endDate: date('end_date', { mode: 'string' }),
    declineReason: text('decline_reason'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by'),
  },
  (t) => [
    uniqueIndex('employments_open_uq')
      .on(t.talentId)
      .where(sql`${t.status} in ('pending', 'confirmed')`),
    index('employments_employer_status_idx').on(t.employerId, t.status, t.requestedAt),
    index('employments_talent_idx').on(t.talentId, t.requestedAt),
  ],
);
