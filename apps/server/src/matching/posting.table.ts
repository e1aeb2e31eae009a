import { boolean, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { skills } from './skill.table.js';

/** Postings (岗位需求) of employers. Salaries in yuan per month. */
export const postings = pgTable(
  'postings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    title: text('title').notNull(),
    chain: text('chain').notNull(),
    subField: text('sub_field').notNull(),
    minDegree: text('min_degree'),
    minTitle: text('min_title').notNull().default('none'),
    minSkillLevel: text('min_skill_level').notNull().default('none'),
    minYears: smallint('min_years').notNull().default(0),
    headcount: integer('headcount').notNull(),
    salaryMin: integer('salary_min').notNull(),
    salaryMax: integer('salary_max').notNull(),
    district: text('district').notNull(),
    engagementMode: text('engagement_mode').notNull(),
    urgency: text('urgency').notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    taxonomyVersion: integer('taxonomy_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('postings_employer_idx').on(t.employerId, t.createdAt), index('postings_open_idx').on(t.status, t.closesOn)],
);

/** The skills a posting asks for: required (a gate) or optional. */
export const postingSkills = pgTable(
  'posting_skills',
  {
    postingId: uuid('posting_id')
      .notNull()
      .references(() => postings.id),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id),
    required: boolean('required').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postingId, t.skillId] })],
);

/**
 * Contact between a posting and a talent: the talent applied (accepted at once), or the employer
 * invited and the talent accepts or declines. The employer sees the full profile only when accepted.
 */
export const postingContacts = pgTable(
  'posting_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postingId: uuid('posting_id')
      .notNull()
      .references(() => postings.id),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    initiator: text('initiator').notNull(),
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('posting_contacts_uq').on(t.postingId, t.talentId), index('posting_contacts_talent_idx').on(t.talentId, t.createdAt)],
);

/** Each time an employer looked at a talent's (masked or full) profile: the talent sees who looked. */
export const profileViews = pgTable(
  'profile_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    postingId: uuid('posting_id').references(() => postings.id),
    viewedAt: timestamp('viewed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('profile_views_talent_idx').on(t.talentId, t.viewedAt)],
);
