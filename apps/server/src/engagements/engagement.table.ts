import { sql } from 'drizzle-orm';
import { date, index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CheckinMethod, CheckinStatus, FlexMode } from '@bole/contracts';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';

/**
 * Flexible engagements (柔性引才) between an expert and an employer: mode, agreed days on site a
 * year, deliverables and dates; for 双聘 the other employer and this employer's share.
 */
export const engagements = pgTable(
  'engagements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    mode: text('mode').$type<FlexMode>().notNull(),
    daysPerYear: smallint('days_per_year').notNull(),
    deliverables: text('deliverables').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    partnerEmployerId: uuid('partner_employer_id').references(() => employers.id),
    sharePercent: smallint('share_percent'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('engagements_employer_idx').on(t.employerId, t.startDate), index('engagements_talent_idx').on(t.talentId, t.startDate)],
);

/**
 * Days on site: one check-in per expert and day (a declined one frees the day). A scan of the
 * expert's talent code by the employer is confirmed at once; the expert's own check-in waits for
 * the employer.
 */
export const engagementCheckins = pgTable(
  'engagement_checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    day: date('day', { mode: 'string' }).notNull(),
    method: text('method').$type<CheckinMethod>().notNull(),
    status: text('status').$type<CheckinStatus>().notNull(),
    place: text('place'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('engagement_checkins_day_uq')
      .on(t.talentId, t.day)
      .where(sql`${t.status} <> 'declined'`),
    index('engagement_checkins_engagement_idx').on(t.engagementId, t.day),
  ],
);
