import { z } from 'zod';
import { isoDate } from './common.schema.js';
import { conflictExclusion, EXPERT_RELATIONS } from './programs.schema.js';
import { awardNotice, programFunding } from './program-award.schema.js';

/**
 * Programs and expert review over HTTP: a program with its call (dates, quota per nominating
 * body, review plan), applications and nominations, the expert pool, the assignment run and its
 * diagnosis, score sheets and the office's summary.
 */

const bilingual = z.object({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) }).strict();
/** A field of expertise (领域), as programs and experts name it. */
const fieldName = z.string().trim().min(1).max(40);
const id = z.string().uuid();

/** One criterion of the review plan: its weight and its whole-number scale. */
export const reviewCriterion = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _'),
    name: bilingual,
    weight: z.number().positive().max(100),
    min: z.number().int().min(0).max(1000),
    max: z.number().int().min(1).max(1000),
  })
  .strict()
  .refine((c) => c.min < c.max, { message: 'min must be below max', path: ['max'] });
/** One criterion of a review plan. */
export type ReviewCriterion = z.infer<typeof reviewCriterion>;

/** Kinds of review round: written review by k experts, or a pitch before 5 judges; names in `labels/programs.labels.ts`. */
export const REVIEW_ROUND_KINDS = ['written', 'pitch'] as const;
/** A kind of review round. */
export type ReviewRoundKind = (typeof REVIEW_ROUND_KINDS)[number];
/** A pitch round (路演) takes exactly this many judges; its score drops the highest and the lowest. */
export const PITCH_JUDGES = 5;

/** How a program's applications are reviewed. */
export const reviewPlan = z
  .object({
    /** The round: written review (absent: written) or a pitch before exactly 5 judges. */
    kind: z.enum(REVIEW_ROUND_KINDS).optional(),
    /** k: reviewers per application. */
    reviewersPerApplication: z.number().int().min(1).max(9),
    /** L: the most applications one expert reviews (an expert's own limit may be lower). */
    maxLoad: z.number().int().min(1).max(500),
    criteria: z.array(reviewCriterion).min(1).max(12),
    /** Working days from the assignment to the scoring deadline. */
    scoringWorkingDays: z.number().int().min(1).max(60),
    /** Drop the highest and lowest total once this many sheets exist (pitch rounds: 5 judges). */
    trimFrom: z.number().int().min(3).max(20),
    /** Flag an application whose totals differ by more than this many points (0–100). */
    disagreementAbove: z.number().min(0).max(100),
  })
  .strict()
  .refine((p) => p.kind !== 'pitch' || p.reviewersPerApplication === PITCH_JUDGES, {
    message: `a pitch round takes exactly ${PITCH_JUDGES} judges`,
    path: ['reviewersPerApplication'],
  });
/** How a program's applications are reviewed. */
export type ReviewPlan = z.infer<typeof reviewPlan>;

/** What an officer gives to open a program's call. */
/**
 * Who may apply: a call-eligibility policy of the city (`cities/<city>/program-eligibility/`),
 * evaluated on verified facts; for basic-research projects, another policy that may also admit.
 */
export const programEligibility = z
  .object({
    policy: z.string().regex(/^[a-z0-9-]{2,60}$/),
    basicResearchPolicy: z
      .string()
      .regex(/^[a-z0-9-]{2,60}$/)
      .optional(),
  })
  .strict();
/** A call's eligibility policies. */
export type ProgramEligibility = z.infer<typeof programEligibility>;

export const programCreateBody = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{2,40}$/, 'lower-case letters, digits and -'),
    name: bilingual,
    opensOn: isoDate,
    closesOn: isoDate,
    /** The most applications one employer may nominate. */
    quotaPerNominator: z.number().int().min(1).max(1000),
    reviewPlan,
    /** Absent: open to every talent. */
    eligibility: programEligibility.optional(),
    /** The budget awards come out of and the milestones they are paid by (absent: nothing can be awarded). */
    funding: programFunding.optional(),
  })
  .strict()
  .refine((p) => p.opensOn <= p.closesOn, { message: 'the call must close on or after it opens', path: ['closesOn'] });
/** What an officer gives to open a program's call. */
export type ProgramCreateBody = z.infer<typeof programCreateBody>;

/** A program as listed. */
export const program = z.object({
  id,
  code: z.string(),
  name: bilingual,
  opensOn: isoDate,
  closesOn: isoDate,
  quotaPerNominator: z.number().int(),
  reviewPlan,
  eligibility: programEligibility.nullable(),
  funding: programFunding.nullable(),
  /** The award list's public notice, once published. */
  awardNotice: awardNotice.nullable(),
  applications: z.number().int(),
});
/** A program as listed. */
export type Program = z.infer<typeof program>;
export const programList = z.object({ items: z.array(program) });
/** Programs as listed. */
export type ProgramList = z.infer<typeof programList>;
export const programParams = z.object({ programId: id }).strict();
export const programApplicationParams = z.object({ applicationId: id }).strict();

/** One line of a project's budget: what for, and how much in fen. */
export const budgetLine = z.object({ item: z.string().trim().min(1).max(200), amountFen: z.number().int().min(0).max(100_000_000_00) }).strict();
/** One budget line. */
export type BudgetLine = z.infer<typeof budgetLine>;

/** The form's parts an applicant may complete again after a return (the formal check). */
const projectParts = {
  /** What the project does (申报书摘要). */
  summary: z.string().trim().max(4000),
  budgetLines: z.array(budgetLine).max(30),
  /** Attachments: files already uploaded to the applicant's evidence. */
  evidenceIds: z.array(id).max(20),
};

/** What an applicant sends back after the office returned the application for completion. */
export const programResubmitBody = z
  .object({
    summary: projectParts.summary.optional(),
    budgetLines: projectParts.budgetLines.optional(),
    evidenceIds: projectParts.evidenceIds.optional(),
    teamTalentIds: z.array(id).max(20).optional(),
  })
  .strict();
/** A completed application after a return. */
export type ProgramResubmitBody = z.infer<typeof programResubmitBody>;

/** The states of the office's formal check (形式审查); names in `labels/programs.labels.ts`. */
export const FORMAL_CHECK_STATUSES = ['pending', 'returned', 'passed'] as const;
/** Where an application stands in the formal check. */
export type FormalCheckStatus = (typeof FORMAL_CHECK_STATUSES)[number];

/** Where an application stands for its applicant; names in `labels/programs.labels.ts`. */
export const PROGRAM_STAGES = ['formal_check', 'returned', 'awaiting_review', 'under_review', 'reviewed'] as const;
/** Where an application stands for its applicant. */
export type ProgramStage = (typeof PROGRAM_STAGES)[number];

/** The office's formal check: pass, or return for completion with what is missing. */
export const formalCheckBody = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('pass') }).strict(),
  z.object({ outcome: z.literal('return'), note: z.string().trim().min(1).max(1000) }).strict(),
]);
/** The office's formal-check outcome. */
export type FormalCheckBody = z.infer<typeof formalCheckBody>;

/** Why two applications may be the same project; names in `labels/programs.labels.ts`. */
export const DUPLICATE_REASONS = ['similar_title', 'open_call'] as const;
/** Why two applications may be the same project. */
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** Another application that may be the same project: same applicant with a similar title, or the same applicant in another open call. */
export const duplicateFlag = z.object({
  applicationId: id,
  programId: id,
  title: z.string(),
  reason: z.enum(DUPLICATE_REASONS),
});

/** An application: a talent applies for themself, or an employer nominates one of its talents (`talentId`). */
export const programApplyBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    summary: projectParts.summary.default(''),
    budgetLines: projectParts.budgetLines.default([]),
    evidenceIds: projectParts.evidenceIds.default([]),
    /** The first is the primary field. */
    fields: z.array(fieldName).min(1).max(5),
    /** Team members (talent ids), for conflicts of interest. */
    teamTalentIds: z.array(id).max(20).default([]),
    /** Experts the applicant asks to exclude (at most the rule set's maximum). */
    excludedExpertIds: z.array(id).max(10).default([]),
    /** When an employer nominates: which of its talents. */
    talentId: id.optional(),
    /** A basic-research project (the call's basic-research eligibility may then admit the applicant). */
    basicResearch: z.boolean().default(false),
  })
  .strict();
/** An application or nomination. */
export type ProgramApplyBody = z.input<typeof programApplyBody>;

/** An application as its applicant, nominator and the office see it. */
export const programApplication = z.object({
  id,
  programId: id,
  title: z.string(),
  fields: z.array(z.string()),
  talentId: id,
  employerId: id.nullable(),
  nominatedBy: id.nullable(),
  summary: z.string(),
  budgetLines: z.array(budgetLine),
  evidenceIds: z.array(id),
  teamTalentIds: z.array(id),
  basicResearch: z.boolean(),
  submittedAt: z.string(),
  formalStatus: z.enum(FORMAL_CHECK_STATUSES),
  /** When the office's formal check is due (working days, paused while returned); null while returned. */
  formalDueOn: isoDate.nullable(),
  returnNote: z.string().nullable(),
  /** Other applications that may be the same project (shown to the office only). */
  duplicates: z.array(duplicateFlag),
  reviewers: z.number().int(),
  scored: z.number().int(),
});
export const programApplicationList = z.object({ items: z.array(programApplication) });
/** An application as listed. */
export type ProgramApplication = z.infer<typeof programApplication>;
/** Applications as listed. */
export type ProgramApplicationList = z.infer<typeof programApplicationList>;

const callEligibilityAnswer = z.object({ eligible: z.boolean(), unmet: z.array(z.object({ zh: z.string(), en: z.string() })) });
/**
 * Whether the signed-in talent may apply to a call, on verified facts today: the call's policy,
 * and — when the call has one — its basic-research policy (null otherwise), each with the plain
 * conditions not met.
 */
export const myProgramEligibility = callEligibilityAnswer.extend({ basicResearch: callEligibilityAnswer.nullable() });
/** Whether the signed-in talent may apply to a call. */
export type MyProgramEligibility = z.infer<typeof myProgramEligibility>;

/** An expert's profile, as the office registers it for an existing account. */
export const expertBody = z
  .object({
    userId: id,
    fields: z.array(fieldName).min(1).max(10),
    employerId: id.nullable(),
    pastEmployers: z
      .array(z.object({ employerId: id, until: isoDate }).strict())
      .max(20)
      .default([]),
    coApplications: z
      .array(z.object({ callId: z.string().min(1).max(80), submittedOn: isoDate, personIds: z.array(id).max(50) }).strict())
      .max(50)
      .default([]),
    relations: z
      .array(z.object({ personId: id, relation: z.enum(EXPERT_RELATIONS) }).strict())
      .max(50)
      .default([]),
    /** This expert's own limit, below the plan's load. */
    maxLoad: z.number().int().min(0).max(500).nullable().default(null),
  })
  .strict();
/** An expert's profile as registered. */
export type ExpertBody = z.input<typeof expertBody>;
export const expert = z.object({
  id,
  userId: id,
  displayName: z.string(),
  fields: z.array(z.string()),
  employerId: id.nullable(),
  maxLoad: z.number().int().nullable(),
});
export const expertList = z.object({ items: z.array(expert) });

/** Run the assignment: optimal, or seeded randomised with a probability cap per pair. */
export const assignmentRunBody = z
  .object({
    randomised: z
      .object({
        maxProbability: z.number().gt(0).max(1),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31 - 1),
      })
      .strict()
      .optional(),
  })
  .strict();

const shortfall = z.object({
  field: z.string(),
  applications: z.number().int(),
  neededReviews: z.number().int(),
  eligibleReviewers: z.number().int(),
  availableReviews: z.number().int(),
});
/** An application the assignment left out: its formal check has not passed (yet). */
const notFormallyChecked = z.array(z.object({ applicationId: id, title: z.string(), formalStatus: z.enum(FORMAL_CHECK_STATUSES) }));

/**
 * The answer of an assignment run; nothing is stored unless it is feasible. Only applications
 * whose formal check passed are assigned; `notFormallyChecked` lists the others.
 */
export const assignmentOutcome = z.discriminatedUnion('feasible', [
  z.object({
    feasible: z.literal(true),
    dueOn: isoDate,
    assignments: z.array(z.object({ applicationId: id, reviewerIds: z.array(id) })),
    totalMatch: z.number(),
    exclusions: z.array(conflictExclusion),
    notFormallyChecked,
  }),
  z.object({
    feasible: z.literal(false),
    missingReviews: z.number().int(),
    raiseLoadTo: z.number().int().nullable(),
    addReviewers: z.number().int(),
    byField: z.array(shortfall),
    thinApplications: z.array(z.object({ applicationId: id, field: z.string(), eligibleReviewers: z.number().int(), neededReviewers: z.number().int() })),
    /** What an officer reads: per field, the need, what is possible and what would fix it. */
    sentences: z.array(bilingual),
    exclusions: z.array(conflictExclusion),
    notFormallyChecked,
  }),
]);
/** The answer of an assignment run. */
export type AssignmentOutcome = z.infer<typeof assignmentOutcome>;

/** One application an expert was given, with their sheet so far. */
export const myReview = z.object({
  applicationId: id,
  programId: id,
  programName: bilingual,
  title: z.string(),
  fields: z.array(z.string()),
  dueOn: isoDate,
  criteria: z.array(reviewCriterion),
  scores: z.record(z.string(), z.number()).nullable(),
  submittedAt: z.string().nullable(),
});
export const myReviewList = z.object({ items: z.array(myReview) });
/** The applications assigned to an expert. */
export type MyReviewList = z.infer<typeof myReviewList>;
/** One application assigned to an expert. */
export type MyReview = z.infer<typeof myReview>;

/** An expert's scores, by criterion id. */
export const scoresBody = z.object({ scores: z.record(z.string().max(40), z.number()) }).strict();

/** The office's score sheet: raw totals, per-reviewer z-scores, trimmed means, flags and ranking. */
export const scoreSummary = z.object({
  programId: id,
  lines: z.array(
    z.object({
      applicationId: id,
      title: z.string(),
      sheets: z.array(z.object({ reviewerId: id, reviewerName: z.string(), total: z.number(), z: z.number().nullable() })),
      mean: z.number(),
      trimmedMean: z.number(),
      meanZ: z.number().nullable(),
      spread: z.number(),
      disagreement: z.boolean(),
      rank: z.number().int(),
    }),
  ),
});
/** The office's score sheet. */
export type ScoreSummary = z.infer<typeof scoreSummary>;
