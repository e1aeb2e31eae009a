import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ApplicationAction, ApplicationStatus, ConditionOutcome, Department } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';
import { evidenceFiles } from '../evidence/evidence.table.js';

/** A review stage as snapshotted from the policy at the application date. */
export interface StageSnapshot {
  department: Department;
  slaWorkingDays: number;
}

/**
 * An evidence requirement as snapshotted from the policy: its name, the evidence kinds that prove
 * it (any one will do) and the first of them as `kind` (snapshots made before kinds were keys
 * may have no `kinds` and a null `kind`).
 */
export interface RequirementSnapshot {
  zh: string;
  en: string;
  kind: string | null;
  kinds?: string[];
}

/**
 * Applications for `apply` policies. The policy's review stages, evidence list, benefit and the
 * engine's conditions are snapshotted at the application date: a later policy version does not
 * change what was applied for. `department` and `due_date` are the current holder and its SLA
 * deadline (null while returned to the applicant or closed); `version` increases on every
 * change (optimistic concurrency for reviewers). One open or approved application per
 * (talent, policy) — partial unique index.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    talentName: text('talent_name').notNull(),
    policyId: text('policy_id').notNull(),
    policyVersion: integer('policy_version').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    status: text('status').$type<ApplicationStatus>().notNull(),
    stages: jsonb('stages').$type<StageSnapshot[]>().notNull(),
    stageIndex: smallint('stage_index').notNull().default(0),
    /** With the talent office on appeal (the appeal stage is not in `stages`). */
    onAppeal: boolean('on_appeal').notNull().default(false),
    appealed: boolean('appealed').notNull().default(false),
    /** Stage that rejected, so an upheld appeal resumes after it. */
    rejectedStage: smallint('rejected_stage'),
    department: text('department').$type<Department>(),
    applyDate: date('apply_date', { mode: 'string' }).notNull(),
    stageStartedOn: date('stage_started_on', { mode: 'string' }).notNull(),
    /** Working days the current stage's SLA clock was paused (returns), added to its deadline. */
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    pausedSince: date('paused_since', { mode: 'string' }),
    dueDate: date('due_date', { mode: 'string' }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    tier: text('tier'),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    period: text('period').$type<'once' | 'month' | 'year'>().notNull(),
    months: integer('months').notNull(),
    valueFen: bigint('value_fen', { mode: 'number' }).notNull(),
    requirements: jsonb('requirements').$type<RequirementSnapshot[]>().notNull(),
    conditions: jsonb('conditions').$type<ConditionOutcome[]>().notNull(),
    lastReason: text('last_reason'),
    entitlementId: uuid('entitlement_id'),
    version: integer('version').notNull().default(1),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  // The review queue reads one department's in-review items by due date (see
  // docs/performance.md, "Review queue"); the officer's overdue list reads all departments by
  // due date; the talent reads their own, newest first.
  (t) => [
    uniqueIndex('applications_one_active_uq')
      .on(t.talentId, t.policyId)
      .where(sql`${t.status} IN ('in_review', 'returned', 'approved')`),
    index('applications_queue_idx')
      .on(t.department, t.dueDate, t.id)
      .where(sql`${t.status} = 'in_review'`),
    index('applications_due_idx')
      .on(t.dueDate, t.id)
      .where(sql`${t.status} = 'in_review'`),
    index('applications_talent_idx').on(t.talentId, t.createdAt),
  ],
);

/** Every change of an application, in order: the timeline (the audit log holds the same, chained). */
export const applicationSteps = pgTable(
  'application_steps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').$type<ApplicationAction>().notNull(),
    fromStatus: text('from_status').$type<ApplicationStatus>(),
    toStatus: text('to_status').$type<ApplicationStatus>().notNull(),
    department: text('department').$type<Department>(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    actorDepartment: text('actor_department'),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('application_steps_app_idx').on(t.applicationId, t.id)],
);

/** Evidence attached to an application, per requirement (index into `requirements`). */
export const applicationEvidence = pgTable(
  'application_evidence',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    requirement: smallint('requirement').notNull(),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceFiles.id),
    attachedAt: timestamp('attached_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.requirement, t.evidenceId] }), index('application_evidence_evidence_idx').on(t.evidenceId)],
);
