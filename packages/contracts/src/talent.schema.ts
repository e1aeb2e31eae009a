import { z } from 'zod';
import { DEGREES, ENGAGEMENT_MODES, GENDERS, HONORS, SCHOOL_TIERS, SKILL_LEVELS, SPECIAL_POSTS, TIERS, TITLES } from './enums.js';
import { chainCode, districtCode, isoDate, mobile, pageQuery, pageOf } from './common.schema.js';
import { payoutAccount } from './payout-account.schema.js';

/**
 * The editable part of a talent profile: every field of the policy pack (except `id` and the
 * employer's attributes, which come from the employer record) plus name and district.
 * A talent edits this with PUT /api/v1/talents/me.
 */
export const talentProfileInput = z
  .object({
    name: z.string().trim().min(1, 'is required').max(50),
    gender: z.enum(GENDERS).nullable().default(null),
    /**
     * Absent: keep the number on file (the browser only ever sees it masked); null: clear it;
     * a string: the new number (lower-case x accepted). The server checks the GB 11643 check
     * character and that its birth date and gender digit agree with the profile.
     */
    idNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^\d{17}[\dX]$/, 'must be 18 characters: 17 digits and a digit or X')
      .nullable()
      .optional(),
    birthDate: isoDate,
    district: districtCode.nullable().default(null),
    highestDegree: z.enum(DEGREES),
    graduationDate: isoDate.nullable().default(null),
    schoolTier: z.enum(SCHOOL_TIERS).default('other'),
    title: z.enum(TITLES).default('none'),
    titleDate: isoDate.nullable().default(null),
    skillLevel: z.enum(SKILL_LEVELS).default('none'),
    skillCertDate: isoDate.nullable().default(null),
    honors: z.array(z.enum(HONORS)).max(HONORS.length).default([]),
    employerId: z.string().uuid().nullable().default(null),
    arrivalDate: isoDate.nullable().default(null),
    socialInsuranceMonths: z.number().int().min(0, 'must not be negative').max(600).default(0),
    hukouInCity: z.boolean().default(false),
    ownsHomeInCity: z.boolean().default(false),
    firstHomePurchaseDate: isoDate.nullable().default(null),
    livesInTalentApartment: z.boolean().default(false),
    childrenSchoolAge: z.number().int().min(0, 'must not be negative').max(20).default(0),
    spouseNeedsJob: z.boolean().default(false),
    isPostdoc: z.boolean().default(false),
    postdocCompletedDate: isoDate.nullable().default(null),
    engagementMode: z.enum(ENGAGEMENT_MODES).default('none'),
    onsiteDaysLastYear: z.number().int().min(0, 'must not be negative').max(366).default(0),
    specialPost: z.enum(SPECIAL_POSTS).default('none'),
    dualAppointment: z.boolean().default(false),
    licensedPatentsLastYear: z.number().int().min(0, 'must not be negative').max(10000).default(0),
    yearsWorkedOutside: z.number().int().min(0, 'must not be negative').max(80).default(0),
  })
  .strict();
export type TalentProfileInput = z.infer<typeof talentProfileInput>;

/**
 * A talent profile as the API returns it; `idNumber` and `mobile` are masked
 * (`4****************4`, `138****0001`: with the birth date beside it the ID mask
 * must not give back the region and sequence digits). `birthDate` and `highestDegree` are null while a
 * just-registered talent has not filled in the profile (`complete` false).
 */
export const talentProfile = talentProfileInput.extend({
  id: z.string(),
  idNumber: z.string().nullable(),
  birthDate: z.string().nullable(),
  highestDegree: z.enum(DEGREES).nullable(),
  mobile: z.string().nullable(),
  tier: z.enum(TIERS).nullable(),
  employerName: z.string().nullable(),
  /** Whether the required profile fields (birthDate, highestDegree) are filled in. */
  complete: z.boolean(),
  updatedAt: z.string(),
  /** The payout account, its number masked (null while none is recorded). */
  payoutAccount: payoutAccount.nullable(),
});
export type TalentProfile = z.infer<typeof talentProfile>;

export const TALENT_SORTS = ['name', '-name', 'birthDate', '-birthDate', 'updatedAt', '-updatedAt'] as const;

/** GET /api/v1/talents — the officer's searchable list. */
export const talentListQuery = pageQuery
  .extend({
    q: z.string().trim().max(50).optional(),
    district: districtCode.optional(),
    chain: chainCode.optional(),
    degree: z.enum(DEGREES).optional(),
    tier: z.enum([...TIERS, 'none']).optional(),
    sort: z.enum(TALENT_SORTS).default('-updatedAt'),
  })
  .strict();
export type TalentListQuery = z.infer<typeof talentListQuery>;

export const talentListItem = z.object({
  id: z.string(),
  name: z.string(),
  mobile: z.string().nullable(),
  idNumber: z.string().nullable(),
  district: districtCode.nullable(),
  highestDegree: z.enum(DEGREES).nullable(),
  birthDate: z.string().nullable(),
  tier: z.enum(TIERS).nullable(),
  employerName: z.string().nullable(),
  chain: chainCode.nullable(),
  updatedAt: z.string(),
});
/**
 * A page of the officer's list. `total` is exact when `totalIsEstimate` is false; on large
 * unfiltered or broadly filtered lists it is the planner's estimate (counting a million rows
 * on every page would be the slowest part of the request).
 */
export const talentListPage = pageOf(talentListItem).extend({ totalIsEstimate: z.boolean() });
export type TalentListPage = z.infer<typeof talentListPage>;

/** GET /api/v1/talents/:id/personal-data — the full numbers, for officers; every read is audited. */
export const talentPersonalData = z.object({
  id: z.string(),
  name: z.string(),
  idNumber: z.string().nullable(),
  mobile: z.string().nullable(),
});
export type TalentPersonalData = z.infer<typeof talentPersonalData>;
export type TalentListItem = z.infer<typeof talentListItem>;
export { mobile };

/**
 * How the office settles an ID number two talents gave (身份证号冲突): after checking the
 * documents, the number stays with the talent who held it first (the later claim is cleared), or
 * it is given to the claimant (the earlier holder's is cleared).
 */
export const ID_DISPUTE_OUTCOMES = ['kept_by_holder', 'given_to_claimant'] as const;
export type IdDisputeOutcome = (typeof ID_DISPUTE_OUTCOMES)[number];

/** A talent's ID number another talent already holds, waiting for the office: both masked. */
export const idNumberDispute = z.object({
  claimant: z.object({ talentId: z.string(), name: z.string(), claimedAt: z.string() }),
  /** The talent holding the number (null when the holder has since changed theirs: nothing to settle but the link). */
  holder: z.object({ talentId: z.string(), name: z.string() }).nullable(),
  idNumber: z.string(),
});
export type IdNumberDispute = z.infer<typeof idNumberDispute>;
export const idNumberDisputeList = z.object({ items: z.array(idNumberDispute) });
export type IdNumberDisputeList = z.infer<typeof idNumberDisputeList>;

/** POST /api/v1/talents/:id/id-number-dispute — the office settles a claimant's dispute, saying why. */
export const resolveIdDisputeBody = z
  .object({
    outcome: z.enum(ID_DISPUTE_OUTCOMES),
    reason: z.string().trim().min(2, 'must say why, in at least 2 characters').max(500),
  })
  .strict();
export type ResolveIdDisputeBody = z.infer<typeof resolveIdDisputeBody>;
