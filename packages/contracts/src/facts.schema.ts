/**
 * Verified facts: the profile fields the policy engine reads, each with where its value comes
 * from. The talent's own profile is the declaration (source `self`); a value confirmed by an
 * employer, a reviewer, a department's data or Bole itself is a verified fact. Anything that moves
 * money without an application (the 免申即享 sweep) reads verified facts only.
 */
import { z } from 'zod';
import { DEGREES, ENGAGEMENT_MODES, HONORS, ROLES, SCHOOL_TIERS, SKILL_LEVELS, SPECIAL_POSTS, TITLES } from './enums.js';
import { isoDate } from './common.schema.js';
import { EVIDENCE_KINDS, type EvidenceKind } from './recognition.schema.js';

/** Where a fact's value comes from; `self` is the talent's own declaration. */
export const FACT_SOURCES = ['self', 'employer', 'review', 'department', 'system', 'partner_city'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

/**
 * The sources that verify a fact (every source but the talent's own word). `partner_city`: another
 * member city of the region answered a signed facts request under the talent's consent; the
 * confirmation's `department` holds that city's administrative code.
 */
export const VERIFYING_SOURCES = ['employer', 'review', 'department', 'system', 'partner_city'] as const;
export type VerifyingSource = (typeof VERIFYING_SOURCES)[number];

/** A fact's status as the talent and officers see it. */
export const FACT_STATUSES = ['verified', 'declared', 'contradicted'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/**
 * The engine-read fields that can be verified, in the pack's field names (the same names as the
 * talent's profile). Identity fields (birth date, gender, birthplace) come from the ID number,
 * which the profile form checks them against; the employer's chain, kind, district and
 * qualifications come from the employer record; the tier from recognition.
 */
export const verifiedFacts = z
  .object({
    highestDegree: z.enum(DEGREES).nullable(),
    graduationDate: isoDate.nullable(),
    schoolTier: z.enum(SCHOOL_TIERS).nullable(),
    title: z.enum(TITLES).nullable(),
    titleDate: isoDate.nullable(),
    skillLevel: z.enum(SKILL_LEVELS).nullable(),
    skillCertDate: isoDate.nullable(),
    honors: z.array(z.enum(HONORS)).max(HONORS.length).nullable(),
    employerId: z.string().uuid().nullable(),
    arrivalDate: isoDate.nullable(),
    socialInsuranceMonths: z.number().int().min(0).max(600).nullable(),
    hukouInCity: z.boolean().nullable(),
    ownsHomeInCity: z.boolean().nullable(),
    firstHomePurchaseDate: isoDate.nullable(),
    livesInTalentApartment: z.boolean().nullable(),
    childrenSchoolAge: z.number().int().min(0).max(20).nullable(),
    spouseNeedsJob: z.boolean().nullable(),
    isPostdoc: z.boolean().nullable(),
    postdocCompletedDate: isoDate.nullable(),
    engagementMode: z.enum(ENGAGEMENT_MODES).nullable(),
    onsiteDaysLastYear: z.number().int().min(0).max(366).nullable(),
    specialPost: z.enum(SPECIAL_POSTS).nullable(),
    dualAppointment: z.boolean().nullable(),
    licensedPatentsLastYear: z.number().int().min(0).max(10000).nullable(),
    yearsWorkedOutside: z.number().int().min(0).max(80).nullable(),
  })
  .strict();

/**
 * Each verifiable field's value; null means "not verified" (nothing confirmed, or the
 * confirmation was withdrawn). Writing null withdraws a field's verified value.
 */
export type VerifiedFacts = z.infer<typeof verifiedFacts>;

/** A verifiable field's name. */
export type VerifiedFactField = keyof VerifiedFacts;

/** Every verifiable field, in profile order. */
export const VERIFIED_FACT_FIELDS = Object.keys(verifiedFacts.shape) as VerifiedFactField[];
/** The same, as a tuple for `z.enum`. */
export const VERIFIED_FACT_FIELDS_TUPLE = VERIFIED_FACT_FIELDS as [VerifiedFactField, ...VerifiedFactField[]];

/** The facts reviewers check while deciding a recognition (degree, school, title, skill, honours, patents, postdoc). */
export const RECOGNITION_REVIEWED_FACTS = [
  'highestDegree',
  'graduationDate',
  'schoolTier',
  'title',
  'titleDate',
  'skillLevel',
  'skillCertDate',
  'honors',
  'licensedPatentsLastYear',
  'isPostdoc',
  'postdocCompletedDate',
] as const satisfies readonly VerifiedFactField[];

/** Who confirmed a verified value, when, and on what. */
export const factConfirmation = z.object({
  source: z.enum(VERIFYING_SOURCES),
  /** The role of the person who confirmed it (a reviewer, an employer's account, an officer), when a person; never who it was. */
  actorRole: z.enum(ROLES).nullable(),
  /** The confirming department's code: the department whose data it came with, or the confirming reviewer's department. */
  department: z.string().nullable(),
  at: z.string().datetime({ offset: true }),
  evidenceIds: z.array(z.string().uuid()),
  importId: z.string().nullable(),
});
export type FactConfirmation = z.infer<typeof factConfirmation>;

/** One field of a talent's facts: the declaration, the verified value and its status. */
export const talentFact = z.object({
  field: z.string(),
  /** `verified`: a confirmed value equal to the declaration (or no declaration); `declared`: only the talent's word; `contradicted`: the confirmed value differs from the declaration. */
  status: z.enum(FACT_STATUSES),
  declared: z.unknown(),
  verified: z.unknown(),
  confirmation: factConfirmation.nullable(),
});
export type TalentFact = z.infer<typeof talentFact>;

/** A talent's facts, one entry per verifiable field. */
export const talentFacts = z.object({
  talentId: z.string().uuid(),
  facts: z.array(talentFact),
});
export type TalentFacts = z.infer<typeof talentFacts>;

/**
 * Who confirms each verifiable fact, and on what evidence: what the calculator tells a talent a
 * declaration still needs. `department` facts come from the department the city's data
 * exchange names for them (city.yaml `dataExchange`); `review` facts from a reviewer deciding a
 * recognition or an application on the evidence named; `employer` facts from the employer.
 */
export const FACT_CONFIRMERS: Record<VerifiedFactField, { by: VerifyingSource; evidence: readonly EvidenceKind[] }> = {
  highestDegree: { by: 'review', evidence: ['degree_certificate'] },
  graduationDate: { by: 'review', evidence: ['degree_certificate'] },
  schoolTier: { by: 'review', evidence: ['degree_certificate'] },
  title: { by: 'review', evidence: ['title_certificate'] },
  titleDate: { by: 'review', evidence: ['title_certificate'] },
  skillLevel: { by: 'review', evidence: ['skill_certificate'] },
  skillCertDate: { by: 'review', evidence: ['skill_certificate'] },
  honors: { by: 'review', evidence: ['honor_proof'] },
  employerId: { by: 'employer', evidence: ['employment_contract'] },
  arrivalDate: { by: 'employer', evidence: ['employment_contract'] },
  socialInsuranceMonths: { by: 'department', evidence: ['social_insurance_record'] },
  hukouInCity: { by: 'department', evidence: [] },
  ownsHomeInCity: { by: 'department', evidence: ['no_home_certificate'] },
  firstHomePurchaseDate: { by: 'department', evidence: ['home_purchase_contract'] },
  livesInTalentApartment: { by: 'system', evidence: ['tenancy_agreement'] },
  childrenSchoolAge: { by: 'review', evidence: ['child_relationship_proof'] },
  spouseNeedsJob: { by: 'review', evidence: ['marriage_certificate'] },
  isPostdoc: { by: 'review', evidence: ['postdoc_admission_record'] },
  postdocCompletedDate: { by: 'review', evidence: ['postdoc_completion_certificate'] },
  engagementMode: { by: 'review', evidence: ['engagement_agreement'] },
  onsiteDaysLastYear: { by: 'review', evidence: ['onsite_days_record'] },
  specialPost: { by: 'review', evidence: ['appointment_letter'] },
  dualAppointment: { by: 'review', evidence: ['dual_appointment_agreement'] },
  licensedPatentsLastYear: { by: 'review', evidence: ['patent_licence_contract'] },
  yearsWorkedOutside: { by: 'review', evidence: ['outside_work_proof'] },
};

/** A fact a benefit reads that is not verified yet: its status, who confirms it and on what. */
export const factToConfirm = z.object({
  field: z.enum(VERIFIED_FACT_FIELDS_TUPLE),
  status: z.enum(['declared', 'contradicted']),
  by: z.enum(VERIFYING_SOURCES),
  /** The department whose data confirms it (a `department` fact the city's data exchange names). */
  department: z.string().nullable(),
  evidence: z.array(z.enum(EVIDENCE_KINDS)),
});
export type FactToConfirm = z.infer<typeof factToConfirm>;
