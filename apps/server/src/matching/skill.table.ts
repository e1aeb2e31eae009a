import { boolean, index, integer, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { talents } from '../talents/talent.table.js';

/**
 * Versions of the skills taxonomy (技能图谱): each import or edit by the office makes a new
 * version. A skill is never deleted: a version that drops it sets `retired_in_version`, so a
 * posting or a talent that tagged it keeps reading it.
 */
export const skillTaxonomyVersions = pgTable('skill_taxonomy_versions', {
  version: integer('version').primaryKey(),
  note: text('note').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Sub-fields (细分领域) of an industry chain; `chain` is a chain code of the city. */
export const skillSubFields = pgTable('skill_sub_fields', {
  code: text('code').primaryKey(),
  chain: text('chain').notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  retiredInVersion: integer('retired_in_version'),
});

/** Skills, numbered (`id`, the index's skill number) and coded (`code`, stable across versions). */
export const skills = pgTable(
  'skills',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    subField: text('sub_field')
      .notNull()
      .references(() => skillSubFields.code),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    synonymsZh: text('synonyms_zh').array().notNull().default([]),
    synonymsEn: text('synonyms_en').array().notNull().default([]),
    sinceVersion: integer('since_version').notNull(),
    retiredInVersion: integer('retired_in_version'),
  },
  (t) => [uniqueIndex('skills_code_uq').on(t.code), index('skills_sub_field_idx').on(t.subField)],
);

/** Related skills, stored both ways (a → b and b → a): partial credit in matching. */
export const skillRelations = pgTable(
  'skill_relations',
  {
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id),
    relatedId: integer('related_id')
      .notNull()
      .references(() => skills.id),
  },
  (t) => [primaryKey({ columns: [t.skillId, t.relatedId] })],
);

/** A talent's skills with level (1–5) and years. */
export const talentSkills = pgTable(
  'talent_skills',
  {
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id),
    level: smallint('level').notNull(),
    years: smallint('years').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.talentId, t.skillId] }), index('talent_skills_skill_idx').on(t.skillId, t.talentId)],
);

/** Whether a talent chose to be found by employers, and what matching reads beside the profile. */
export const matchProfiles = pgTable(
  'match_profiles',
  {
    talentId: uuid('talent_id')
      .primaryKey()
      .references(() => talents.id),
    discoverable: boolean('discoverable').notNull().default(false),
    /** Rank in AVAILABILITIES (0 = now). */
    availability: smallint('availability').notNull().default(0),
    experienceYears: smallint('experience_years').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('match_profiles_discoverable_idx').on(t.discoverable)],
);
