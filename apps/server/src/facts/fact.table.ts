import { bigserial, boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Degree, EngagementMode, FactSource, Honor, SchoolTier, SkillLevel, SpecialPost, Title } from '@bole/contracts';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';

/**
 * The verified value of every engine-read field, one row per talent (none until something is
 * confirmed), one nullable column per field: null = not verified. The 免申即享 sweep reads this
 * row beside the talent's declarations (`talents`), so a million talents stay one keyset scan.
 * Written only through `recordVerifiedFacts` (fact.service.ts), which also appends the
 * provenance below.
 */
export const verifiedFacts = pgTable('verified_facts', {
  talentId: uuid('talent_id')
    .primaryKey()
    .references(() => talents.id),
  highestDegree: text('highest_degree').$type<Degree>(),
  graduationDate: date('graduation_date', { mode: 'string' }),
  schoolTier: text('school_tier').$type<SchoolTier>(),
  title: text('title').$type<Title>(),
  titleDate: date('title_date', { mode: 'string' }),
  skillLevel: text('skill_level').$type<SkillLevel>(),
  skillCertDate: date('skill_cert_date', { mode: 'string' }),
  honors: text('honors').array().$type<Honor[]>(),
  employerId: uuid('employer_id').references(() => employers.id),
  arrivalDate: date('arrival_date', { mode: 'string' }),
  socialInsuranceMonths: smallint('social_insurance_months'),
  hukouInCity: boolean('hukou_in_city'),
  ownsHomeInCity: boolean('owns_home_in_city'),
  firstHomePurchaseDate: date('first_home_purchase_date', { mode: 'string' }),
  livesInTalentApartment: boolean('lives_in_talent_apartment'),
  childrenSchoolAge: smallint('children_school_age'),
  spouseNeedsJob: boolean('spouse_needs_job'),
  isPostdoc: boolean('is_postdoc'),
  postdocCompletedDate: date('postdoc_completed_date', { mode: 'string' }),
  engagementMode: text('engagement_mode').$type<EngagementMode>(),
  onsiteDaysLastYear: smallint('onsite_days_last_year'),
  specialPost: text('special_post').$type<SpecialPost>(),
  dualAppointment: boolean('dual_appointment'),
  licensedPatentsLastYear: integer('licensed_patents_last_year'),
  yearsWorkedOutside: smallint('years_worked_outside'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Provenance: every confirmation or withdrawal of a field, append-only. The latest record of a
 * (talent, field) says who confirmed the value in `verified_facts`, when and on what evidence;
 * a null value is a withdrawal.
 */
export const factRecords = pgTable(
  'fact_records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    field: text('field').notNull(),
    source: text('source').$type<Exclude<FactSource, 'self'>>().notNull(),
    value: jsonb('value'),
    actorUserId: uuid('actor_user_id'),
    department: text('department'),
    evidenceIds: uuid('evidence_ids').array().notNull().default([]),
    /** The department import (or partner push) the value came with. */
    importId: text('import_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('fact_records_talent_field_idx').on(t.talentId, t.field, t.id), index('fact_records_import_idx').on(t.importId)],
);
