import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Degree, DemandEngagementMode, SurveyAnswerSource } from '@bole/contracts';
import { employers } from '../employers/employer.table.js';

/** Demand surveys (需求摸排) the talent office runs each period over chosen industry chains. */
export const demandSurveys = pgTable('demand_surveys', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  period: text('period').notNull(),
  chains: text('chains').array().notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
  /** When the office closed the survey before (or on) its deadline; answers are refused from then on. */
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedBy: uuid('closed_by'),
});

/**
 * The employers a survey was sent to (every approved employer of its chains when it opened),
 * with their chain and district then, for completion by chain and district, and their answer's state.
 */
export const surveyRecipients = pgTable(
  'survey_recipients',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => demandSurveys.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    chain: text('chain').notNull(),
    district: text('district').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    source: text('source').$type<SurveyAnswerSource>(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.employerId] })],
);

/**
 * Demand records of survey answers. The columns follow a posting's (chain, sub-field, title,
 * headcount, minimum degree, salary band in yuan a month, district, engagement mode) so that
 * demand from postings and from surveys can be read side by side.
 */
export const demandRecords = pgTable(
  'demand_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => demandSurveys.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    chain: text('chain').notNull(),
    subField: text('sub_field').notNull(),
    title: text('title').notNull(),
    headcount: integer('headcount').notNull(),
    minDegree: text('min_degree').$type<Degree>(),
    salaryMin: integer('salary_min').notNull(),
    salaryMax: integer('salary_max').notNull(),
    district: text('district').notNull(),
    engagementMode: text('engagement_mode').$type<DemandEngagementMode>().notNull(),
    source: text('source').$type<SurveyAnswerSource>().notNull(),
    /** The record's place in the answer (its line, or the row of the import file). */
    line: integer('line').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('demand_records_survey_idx').on(t.surveyId, t.employerId), index('demand_records_chain_idx').on(t.chain, t.subField)],
);
