/**
 * Talent apartments and expert housing (人才公寓, 专家楼): the stock (projects, buildings, units
 * and their states), allocation rounds with their published commitments and results, applications
 * with up to 5 ordered unit-type choices, offers, leases and waitlists.
 */
import { z } from 'zod';
import { districtCode, isoDate } from './common.schema.js';
import { TIERS } from './enums.js';

/** The most unit types an application may list. */
export const MAX_HOUSING_CHOICES = 5;

/** Kinds of housing project. */
export const HOUSING_PROJECT_KINDS = ['talent_apartment', 'expert_building'] as const;
export type HousingProjectKind = (typeof HOUSING_PROJECT_KINDS)[number];

/** Unit layouts; a round's "unit type" is a project's code with a layout: `HX01/one_bedroom`. */
export const HOUSING_LAYOUTS = ['studio', 'one_bedroom', 'two_bedroom', 'three_bedroom'] as const;
export type HousingLayout = (typeof HOUSING_LAYOUTS)[number];

/** Where a unit stands: free to allocate, held by a round or an offer, let, or out of use. */
export const HOUSING_UNIT_STATES = ['available', 'reserved', 'let', 'maintenance'] as const;
export type HousingUnitState = (typeof HOUSING_UNIT_STATES)[number];

/**
 * Where a round stands: `open` takes applications; `committed` has closed them and published the
 * rules, the code version, the hash of the eligible list and the beacon round that seeds the
 * draw; `drawn` has the result, seen by the office; `published` shows it to everyone and sends offers.
 */
export const HOUSING_ROUND_STATUSES = ['open', 'committed', 'drawn', 'published'] as const;
export type HousingRoundStatus = (typeof HOUSING_ROUND_STATUSES)[number];

/** Where an offer stands. */
export const HOUSING_OFFER_STATUSES = ['offered', 'accepted', 'refused', 'expired'] as const;
export type HousingOfferStatus = (typeof HOUSING_OFFER_STATUSES)[number];

/** Where a lease stands: signed (accepted, not moved in), active (moved in), ended. */
export const HOUSING_LEASE_STATUSES = ['signed', 'active', 'ended'] as const;
export type HousingLeaseStatus = (typeof HOUSING_LEASE_STATUSES)[number];

/** A unit type key: `PROJECT/layout`. */
export const unitTypeKey = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,20}\/(studio|one_bedroom|two_bedroom|three_bedroom)$/, 'must be PROJECT/layout, e.g. HX01/one_bedroom');

const code = z.string().regex(/^[A-Za-z0-9-]{1,20}$/, 'letters, digits and - only (at most 20)');

/** A project to create. */
export const housingProjectInput = z.object({
  code,
  name: z.string().trim().min(1).max(60),
  district: districtCode,
  kind: z.enum(HOUSING_PROJECT_KINDS),
});
export type HousingProjectInput = z.infer<typeof housingProjectInput>;

/** A unit to add to the stock (one screen row or one Excel row). */
export const housingUnitInput = z.object({
  projectCode: code,
  building: z.string().trim().min(1).max(30),
  code: z.string().regex(/^[A-Za-z0-9-]{1,30}$/, 'letters, digits and - only (at most 30)'),
  layout: z.enum(HOUSING_LAYOUTS),
  areaM2: z.number().positive().max(1000),
  rentFen: z.number().int().min(0).max(100_000_00),
  accessible: z.boolean().default(false),
  furnished: z.boolean().default(true),
});
export type HousingUnitInput = z.infer<typeof housingUnitInput>;

/** Units to add, all or none. */
export const housingUnitsBody = z.object({ units: z.array(housingUnitInput).min(1).max(5000) });

/** A project of the stock with its unit counts per state. */
export const housingProject = housingProjectInput.extend({
  id: z.string(),
  units: z.object({ available: z.number().int(), reserved: z.number().int(), let: z.number().int(), maintenance: z.number().int() }),
});
export type HousingProject = z.infer<typeof housingProject>;

/** A unit of the stock. */
export const housingUnit = housingUnitInput.extend({ id: z.string(), state: z.enum(HOUSING_UNIT_STATES), unitType: unitTypeKey });
export type HousingUnit = z.infer<typeof housingUnit>;

export const housingStock = z.object({ projects: z.array(housingProject), units: z.array(housingUnit) });
export type HousingStock = z.infer<typeof housingStock>;

/** A unit's state set by the office (let and reserved follow from offers and rounds). */
export const housingUnitStateBody = z.object({ state: z.enum(['available', 'maintenance']) });
export const housingUnitParams = z.object({ unitId: z.uuid() });

/** A round to open: its units are every available unit of the listed types. */
export const housingRoundInput = z.object({
  code: z.string().regex(/^[A-Za-z0-9-]{3,20}$/, 'letters, digits and - only (3 to 20)'),
  title: z.string().trim().min(1).max(80),
  /** The policy of the pack whose eligibility decides who may apply. */
  policyId: z.string().min(1).max(60),
  unitTypes: z.array(unitTypeKey).min(1).max(50),
  /** Working days an offer stays open. */
  offerWorkingDays: z.number().int().min(1).max(30).default(5),
  leaseMonths: z.number().int().min(1).max(120).default(36),
});
export type HousingRoundInput = z.infer<typeof housingRoundInput>;

export const housingRoundParams = z.object({ code: z.string().min(1).max(20) });

/** The future public random value that will seed the draw, named before applications close. */
export const housingCommitBody = z.object({
  /** Which beacon round, e.g. "drand quicknet round 14123456" (anyone can look its value up). */
  beacon: z.string().trim().min(3).max(200),
  /** When that value is published; the draw cannot happen earlier. */
  beaconAt: z.iso.datetime({ offset: true }),
});

/** The beacon's value, entered at the draw (hex). */
export const housingDrawBody = z.object({
  beaconValue: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{32,128}$/, 'must be the beacon value in lower-case hex (32 to 128 digits)'),
});

/** A talent's application: unit types in order of preference. */
export const housingApplyBody = z.object({
  choices: z
    .array(unitTypeKey)
    .min(1)
    .max(MAX_HOUSING_CHOICES, `at most ${MAX_HOUSING_CHOICES} unit types`)
    .superRefine((choices, c) => {
      choices.forEach((x, i) => {
        if (choices.indexOf(x) !== i) c.addIssue({ code: 'custom', path: [i], message: 'lists a unit type already chosen' });
      });
    }),
});
export type HousingApplyBody = z.infer<typeof housingApplyBody>;

/** What a round offers, per unit type. */
export const housingRoundUnitType = z.object({
  unitType: unitTypeKey,
  projectName: z.string(),
  layout: z.enum(HOUSING_LAYOUTS),
  units: z.number().int(),
  rentFen: z.number().int(),
});

/** A unit type's published cutoff. */
export const housingCutoff = z.object({
  unitType: unitTypeKey,
  units: z.number().int(),
  allocated: z.number().int(),
  lastPosition: z.number().int().nullable(),
  lastTier: z.enum(TIERS).nullable(),
  lastLottery: z.string().nullable(),
});
export type HousingCutoff = z.infer<typeof housingCutoff>;

/** A round as everyone sees it: its rules and commitments, and its cutoffs once published. */
export const housingRound = z.object({
  code: z.string(),
  title: z.string(),
  policyId: z.string(),
  status: z.enum(HOUSING_ROUND_STATUSES),
  unitTypes: z.array(housingRoundUnitType),
  offerWorkingDays: z.number().int(),
  leaseMonths: z.number().int(),
  applicants: z.number().int(),
  openedAt: z.string(),
  rules: z.string().nullable(),
  codeVersion: z.string().nullable(),
  eligibleHash: z.string().nullable(),
  eligibleCount: z.number().int().nullable(),
  beacon: z.string().nullable(),
  beaconAt: z.string().nullable(),
  committedAt: z.string().nullable(),
  seed: z.string().nullable(),
  drawnAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  cutoffs: z.array(housingCutoff).nullable(),
});
export type HousingRound = z.infer<typeof housingRound>;
export const housingRoundList = z.object({ items: z.array(housingRound) });
export type HousingRoundList = z.infer<typeof housingRoundList>;

/** What one choice came to. */
export const housingChoiceOutcome = z.object({
  unitType: unitTypeKey,
  outcome: z.enum(['allocated', 'full', 'not_in_round', 'not_reached']),
  unit: z.string().nullable(),
  /** For a full type: the last place in the order that got one. */
  cutoffPosition: z.number().int().nullable(),
});

/** A talent's application in a round, with the lottery number and why once drawn. */
export const housingApplication = z.object({
  id: z.string(),
  roundCode: z.string(),
  number: z.string(),
  choices: z.array(unitTypeKey),
  tier: z.enum(TIERS).nullable(),
  eligible: z.boolean(),
  submittedAt: z.string(),
  lottery: z.string().nullable(),
  position: z.number().int().nullable(),
  unitType: unitTypeKey.nullable(),
  unit: z.string().nullable(),
  why: z.array(housingChoiceOutcome).nullable(),
  /** Places on waitlists (unit type → place), once the result is published. */
  waitlist: z.array(z.object({ unitType: unitTypeKey, place: z.number().int() })),
});
export type HousingApplication = z.infer<typeof housingApplication>;
export const housingApplicationList = z.object({ items: z.array(housingApplication) });
export type HousingApplicationList = z.infer<typeof housingApplicationList>;

/** An offer of a unit, its deadline in working days, and the lease that followed. */
export const housingOffer = z.object({
  id: z.string(),
  roundCode: z.string(),
  applicationNumber: z.string(),
  unitCode: z.string(),
  unitType: unitTypeKey,
  rentFen: z.number().int(),
  status: z.enum(HOUSING_OFFER_STATUSES),
  /** Through the draw or from a waitlist. */
  via: z.enum(['draw', 'waitlist']),
  offeredAt: z.string(),
  deadline: isoDate,
  decidedAt: z.string().nullable(),
  lease: z
    .object({ id: z.string(), status: z.enum(HOUSING_LEASE_STATUSES), moveIn: isoDate.nullable(), endsOn: isoDate.nullable(), renewals: z.number().int() })
    .nullable(),
});
export type HousingOffer = z.infer<typeof housingOffer>;
export const housingOfferList = z.object({ items: z.array(housingOffer) });
export type HousingOfferList = z.infer<typeof housingOfferList>;
export const housingOfferParams = z.object({ offerId: z.uuid() });
export const housingMoveInBody = z.object({ moveIn: isoDate });
export const housingLeaseParams = z.object({ leaseId: z.uuid() });
export const housingLeaseEndBody = z.object({ endsOn: isoDate });

/** A waitlist: who waits for a unit type, in order, carried from round to round. */
export const housingWaitlist = z.object({
  unitType: unitTypeKey,
  entries: z.array(
    z.object({ place: z.number().int(), roundCode: z.string(), applicationNumber: z.string(), tier: z.enum(TIERS).nullable(), lottery: z.string() }),
  ),
});
export const housingWaitlists = z.object({ items: z.array(housingWaitlist) });
export type HousingWaitlists = z.infer<typeof housingWaitlists>;

/** Everything `bole housing verify` reads: the published inputs and result of a round. */
export const housingPublishedRound = z.object({
  round: z.string(),
  codeVersion: z.string(),
  rules: z.string(),
  beacon: z.string(),
  seed: z.string(),
  eligibleHash: z.string(),
  stock: z.array(z.object({ unitType: unitTypeKey, units: z.array(z.string()) })),
  eligible: z.array(z.object({ applicationNumber: z.string(), tier: z.enum(TIERS).nullable(), choices: z.array(unitTypeKey) })),
  placements: z.array(
    z.object({ applicationNumber: z.string(), lottery: z.string(), position: z.number().int(), unitType: unitTypeKey.nullable(), unit: z.string().nullable() }),
  ),
  cutoffs: z.array(housingCutoff),
});
export type HousingPublishedRound = z.infer<typeof housingPublishedRound>;
