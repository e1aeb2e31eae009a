import { boolean, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { employers } from '../employers/employer.table.js';

/**
 * Talent profiles: every field of the policy pack plus name, mobile and district.
 * ID and mobile numbers are stored sealed (AES-256-GCM) with a keyed hash for exact lookup.
 * `tier` is the classification the rules give the current profile (recomputed on each save).
 * The payout account columns are written only through payout-account.repository.ts.
 */
export const talents = pgTable(
  'talents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The name's pinyin sort key (name-key.ts), written with the name; null only until the start-up backfill. */
    nameKey: text('name_key'),
    mobileEnc: text('mobile_enc'),
    mobileHash: text('mobile_hash'),
    idNumberEnc: text('id_number_enc'),
    idNumberHash: text('id_number_hash'),
    /** The first 4 digits of the ID number (the birthplace rule's input), kept at save so the sweep decrypts no ID number. */
    birthplace: text('birthplace'),
    gender: text('gender'),
    /** Null until the talent fills in the profile (registration asks only name, mobile, password). */
    birthDate: date('birth_date', { mode: 'string' }),
    district: text('district'),
    /** Null until the talent fills in the profile. */
    highestDegree: text('highest_degree'),
    graduationDate: date('graduation_date', { mode: 'string' }),
    schoolTier: text('school_tier').notNull().default('other'),
    title: text('title').notNull().default('none'),
    titleDate: date('title_date', { mode: 'string' }),
    skillLevel: text('skill_level').notNull().default('none'),
    skillCertDate: date('skill_cert_date', { mode: 'string' }),
    honors: text('honors').array().notNull().default([]),
    employerId: uuid('employer_id').references(() => employers.id),
    arrivalDate: date('arrival_date', { mode: 'string' }),
    socialInsuranceMonths: smallint('social_insurance_months').notNull().default(0),
    hukouInCity: boolean('hukou_in_city').notNull().default(false),
    ownsHomeInCity: boolean('owns_home_in_city').notNull().default(false),
    firstHomePurchaseDate: date('first_home_purchase_date', { mode: 'string' }),
    livesInTalentApartment: boolean('lives_in_talent_apartment').notNull().default(false),
    childrenSchoolAge: smallint('children_school_age').notNull().default(0),
    spouseNeedsJob: boolean('spouse_needs_job').notNull().default(false),
    isPostdoc: boolean('is_postdoc').notNull().default(false),
    postdocCompletedDate: date('postdoc_completed_date', { mode: 'string' }),
    engagementMode: text('engagement_mode').notNull().default('none'),
    onsiteDaysLastYear: smallint('onsite_days_last_year').notNull().default(0),
    specialPost: text('special_post').notNull().default('none'),
    dualAppointment: boolean('dual_appointment').notNull().default(false),
    licensedPatentsLastYear: integer('licensed_patents_last_year').notNull().default(0),
    yearsWorkedOutside: smallint('years_worked_outside').notNull().default(0),
    tier: text('tier'),
    /**
     * The payout account (收款账户) benefits are paid into, all null while none is recorded: the
     * bank, the number sealed like the ID number, its mask (last 4 digits only, so the number
     * cannot be rebuilt from it), the holder (the talent's name when it was recorded), and when.
     * Only the finance bureau's export decrypts the number.
     */
    payoutBank: text('payout_bank'),
    payoutAccountEnc: text('payout_account_enc'),
    payoutAccountMask: text('payout_account_mask'),
    payoutHolderName: text('payout_holder_name'),
    payoutAccountSetAt: timestamp('payout_account_set_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The officer's list (talent-list.repository.ts) sorts by (column, id) and filters by one
  // equality column: each sort has an index ending in id (the name sort: its pinyin key), each filter a (filter, updated_at, id)
  // index for the default sort; a name prefix search uses text_pattern_ops (locale-independent).
  // See docs/performance.md, "Talent list".
  (t) => [
    uniqueIndex('talents_mobile_hash_uq').on(t.mobileHash),
    uniqueIndex('talents_id_number_hash_uq').on(t.idNumberHash),
    index('talents_employer_updated_idx').on(t.employerId, t.updatedAt, t.id),
    index('talents_district_updated_idx').on(t.district, t.updatedAt, t.id),
    index('talents_degree_updated_idx').on(t.highestDegree, t.updatedAt, t.id),
    index('talents_tier_updated_idx').on(t.tier, t.updatedAt, t.id),
    index('talents_updated_idx').on(t.updatedAt, t.id),
    index('talents_name_key_idx').on(t.nameKey, t.id),
    index('talents_name_prefix_idx').on(t.name.op('text_pattern_ops')),
    index('talents_birth_date_idx').on(t.birthDate, t.id),
  ],
);
