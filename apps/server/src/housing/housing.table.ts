import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  HousingCutoff,
  HousingLayout,
  HousingLeaseStatus,
  HousingOfferStatus,
  HousingProjectKind,
  HousingRoundStatus,
  HousingUnitState,
  Tier,
} from '@bole/contracts';
import { talents } from '../talents/talent.table.js';
import type { ChoiceOutcome } from './allocation.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** A housing project (an apartment block or expert building), in a district. */
export const housingProjects = pgTable('housing_projects', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  district: text('district').notNull(),
  kind: text('kind').$type<HousingProjectKind>().notNull(),
  createdAt: ts('created_at').notNull(),
});

/**
 * A unit of the stock: its building in the project, layout, area, monthly rent and state.
 * `reserved` while a round or an offer holds it, `let` from an accepted offer to the lease's end.
 */
export const housingUnits = pgTable(
  'housing_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => housingProjects.id),
    building: text('building').notNull(),
    code: text('code').notNull().unique(),
    layout: text('layout').$type<HousingLayout>().notNull(),
    areaM2: doublePrecision('area_m2').notNull(),
    rentFen: integer('rent_fen').notNull(),
    accessible: boolean('accessible').notNull(),
    furnished: boolean('furnished').notNull(),
    state: text('state').$type<HousingUnitState>().notNull(),
    /** The round holding it while reserved for a draw. */
    roundId: uuid('round_id'),
  },
  (t) => [index('housing_units_project_idx').on(t.projectId, t.layout, t.state)],
);

/**
 * An allocation round and everything it publishes: rules, code version, the hash and size of the
 * eligible list and the beacon round before the draw; the seed and cutoffs after it. `stock` and
 * `eligible` are the published inputs as frozen at commitment (the list is public only with the result).
 */
export const housingRounds = pgTable('housing_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  policyId: text('policy_id').notNull(),
  status: text('status').$type<HousingRoundStatus>().notNull(),
  unitTypes: text('unit_types').array().notNull(),
  /** What the round offers per unit type (project, layout, units, lowest rent), fixed when opened. */
  offer: jsonb('offer').$type<{ unitType: string; projectName: string; layout: HousingLayout; units: number; rentFen: number }[]>().notNull(),
  offerWorkingDays: integer('offer_working_days').notNull(),
  leaseMonths: integer('lease_months').notNull(),
  openedBy: uuid('opened_by').notNull(),
  openedAt: ts('opened_at').notNull(),
  rules: text('rules'),
  codeVersion: text('code_version'),
  eligibleHash: text('eligible_hash'),
  eligibleCount: integer('eligible_count'),
  stock: jsonb('stock').$type<{ unitType: string; units: string[] }[]>(),
  eligible: jsonb('eligible').$type<{ applicationNumber: string; tier: Tier | null; choices: string[] }[]>(),
  beacon: text('beacon'),
  beaconAt: ts('beacon_at'),
  committedAt: ts('committed_at'),
  seed: text('seed'),
  drawnAt: ts('drawn_at'),
  cutoffs: jsonb('cutoffs').$type<HousingCutoff[]>(),
  publishedAt: ts('published_at'),
});

/** A talent's application in a round; the draw fills the lottery number, place, unit and why. */
export const housingApplications = pgTable(
  'housing_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => housingRounds.id),
    /** Public application number: `ROUND-000001`, in order of submission. */
    number: text('number').notNull().unique(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    choices: text('choices').array().notNull(),
    /** The tier recognition granted, as the eligibility check saw it. */
    tier: text('tier').$type<Tier>(),
    eligible: boolean('eligible').notNull(),
    submittedAt: ts('submitted_at').notNull(),
    lottery: text('lottery'),
    position: integer('position'),
    unitType: text('unit_type'),
    unitCode: text('unit_code'),
    why: jsonb('why').$type<ChoiceOutcome[]>(),
  },
  (t) => [uniqueIndex('housing_applications_round_talent_uq').on(t.roundId, t.talentId)],
);

/** An offer of a unit to an applicant, open until a deadline in working days. */
export const housingOffers = pgTable(
  'housing_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => housingApplications.id),
    talentId: uuid('talent_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => housingUnits.id),
    status: text('status').$type<HousingOfferStatus>().notNull(),
    via: text('via').$type<'draw' | 'waitlist'>().notNull(),
    offeredAt: ts('offered_at').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    index('housing_offers_talent_idx').on(t.talentId),
    uniqueIndex('housing_offers_open_unit_uq')
      .on(t.unitId)
      .where(sql`${t.status} in ('offered', 'accepted')`),
  ],
);

/** The lease of an accepted offer: move-in, end, renewals. */
export const housingLeases = pgTable('housing_leases', {
  id: uuid('id').primaryKey().defaultRandom(),
  offerId: uuid('offer_id')
    .notNull()
    .unique()
    .references(() => housingOffers.id),
  talentId: uuid('talent_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  status: text('status').$type<HousingLeaseStatus>().notNull(),
  rentFen: integer('rent_fen').notNull(),
  /** The term from the move-in (the round's), and of each renewal. */
  months: integer('months').notNull(),
  moveIn: date('move_in', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
  renewals: integer('renewals').notNull().default(0),
});

/**
 * Waitlists per unit type, carried from round to round: an applicant left without a unit waits
 * for each type they chose, in the order of their round's draw (rounds in order of publication;
 * `seq` is that order). A freed unit goes to the first who still waits.
 */
export const housingWaitlist = pgTable(
  'housing_waitlist',
  {
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    unitType: text('unit_type').notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => housingApplications.id),
    /** Still waiting; false once offered a unit (of any type) or housed. */
    waiting: boolean('waiting').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitType, t.applicationId] }), index('housing_waitlist_order_idx').on(t.unitType, t.seq)],
);
