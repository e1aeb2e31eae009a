import { boolean, index, integer, jsonb, pgTable, primaryKey, text, date, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { AwardNotice, AwardRecord, BudgetLine, ExpertRelation, FormalCheckStatus, ProgramEligibility, ProgramFunding, ReviewPlan } from '@bole/contracts';
import { users } from '../auth/account.table.js';
import { talents } from '../talents/talent.table.js';
import { employers } from '../employers/employer.table.js';

/**
 * Programs (小荷计划, 创新创业大赛 …): one call each, with its dates, the quota per nominating
 * employer and the review plan (k reviewers, load, criteria with weights and scales).
 */
export const programs = pgTable('programs', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: jsonb('name').$type<{ zh: string; en: string }>().notNull(),
  opensOn: date('opens_on', { mode: 'string' }).notNull(),
  closesOn: date('closes_on', { mode: 'string' }).notNull(),
  quotaPerNominator: integer('quota_per_nominator').notNull(),
  reviewPlan: jsonb('review_plan').$type<ReviewPlan>().notNull(),
  /** The city's call-eligibility policies; null: open to every talent. */
  eligibility: jsonb('eligibility').$type<ProgramEligibility>(),
  /** The budget awards come out of and the milestones they are paid by; null: nothing can be awarded. */
  funding: jsonb('funding').$type<ProgramFunding>(),
  /** The award list's public notice (公示), once the office published it. */
  awardNotice: jsonb('award_notice').$type<AwardNotice>(),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/**
 * The expert pool: a profile on an existing account (ADR 0028 — a profile, not a role), with
 * what the conflict rules read: employer, past employers, earlier co-applications, relations.
 */
export const programExperts = pgTable('program_experts', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .unique()
    .references(() => users.id),
  fields: jsonb('fields').$type<string[]>().notNull(),
  employerId: uuid('employer_id').references(() => employers.id),
  pastEmployers: jsonb('past_employers').$type<{ employerId: string; until: string }[]>().notNull(),
  coApplications: jsonb('co_applications').$type<{ callId: string; submittedOn: string; personIds: string[] }[]>().notNull(),
  relations: jsonb('relations').$type<{ personId: string; relation: ExpertRelation }[]>().notNull(),
  maxLoad: integer('max_load'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/** Applications to a program: a talent's own, or an employer's nomination (`nominatedBy`). */
export const programApplications = pgTable(
  'program_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    /** The applicant's employer when applying (for the conflict rules). */
    employerId: uuid('employer_id').references(() => employers.id),
    /** The nominating employer, when nominated. */
    nominatedBy: uuid('nominated_by').references(() => employers.id),
    title: text('title').notNull(),
    basicResearch: boolean('basic_research').notNull().default(false),
    fields: jsonb('fields').$type<string[]>().notNull(),
    teamTalentIds: jsonb('team_talent_ids').$type<string[]>().notNull(),
    excludedExpertIds: jsonb('excluded_expert_ids').$type<string[]>().notNull(),
    summary: text('summary').notNull().default(''),
    budgetLines: jsonb('budget_lines').$type<BudgetLine[]>().notNull().default([]),
    evidenceIds: jsonb('evidence_ids').$type<string[]>().notNull().default([]),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }).notNull(),
    /** The office's formal check: its state, its working-day clock (paused while returned), what to complete. */
    formalStatus: text('formal_status').$type<FormalCheckStatus>().notNull().default('pending'),
    formalStartedOn: date('formal_started_on', { mode: 'string' })
      .notNull()
      .default(sql`current_date`),
    formalPausedWorkingDays: integer('formal_paused_working_days').notNull().default(0),
    formalPausedSince: date('formal_paused_since', { mode: 'string' }),
    returnNote: text('return_note'),
    /** The panel's decision: outcome, reason, amount, the second officer's confirmation, objections in the notice, milestones reached. */
    award: jsonb('award').$type<AwardRecord>(),
  },
  (t) => [
    uniqueIndex('program_applications_one_per_talent_uq').on(t.programId, t.talentId),
    index('program_applications_nominator_idx').on(t.programId, t.nominatedBy),
  ],
);

/** One expert's review of one application: assigned with a due date, then scored. */
export const programReviews = pgTable(
  'program_reviews',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programApplications.id),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => programExperts.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'string' }).notNull(),
    scores: jsonb('scores').$type<Record<string, number>>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.expertId] }), index('program_reviews_expert_idx').on(t.expertId)],
);
