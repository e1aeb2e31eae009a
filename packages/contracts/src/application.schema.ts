/**
 * Applications (政策申请) and their review: a talent applies for an `apply` policy with the
 * evidence it requires, the application moves through the review stages of the policy (each
 * owned by a department, with an SLA in working days), can be returned for more evidence
 * (the SLA clock pauses), rejected (appealable once to 人才办) or approved (→ entitlement).
 */
import { z } from 'zod';
import { departmentCode, isoDate, pageQuery } from './common.schema.js';
import { BENEFIT_PERIODS } from './policy.schema.js';
import { conditionOutcome } from './calculator.schema.js';
import { EVIDENCE_KINDS, evidence } from './recognition.schema.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** Where an application stands. `in_review`: with the department of its current stage. */
export const APPLICATION_STATUSES = ['in_review', 'returned', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * Everything that can happen to an application (one timeline step each). `due_date_moved`: an
 * imported holiday notice changed the working days, so the stored deadline moved (detail:
 * `from`, `to`, `source`). `first_approval`: the final approval of a value above the
 * second-approval threshold, recorded by one reviewer; it stays in review until a different
 * person of the department approves it (ADR 0015). `first_approval_withdrawn`: its approver took that
 * first approval back before a second person decided; the application is in review as before.
 */
export const APPLICATION_ACTIONS = [
  'submit',
  'approve',
  'first_approval',
  'first_approval_withdrawn',
  'reject',
  'return',
  'resubmit',
  'appeal',
  'escalate',
  'due_date_moved',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** Decisions a reviewer can take. */
export const REVIEW_DECISIONS = ['approve', 'reject', 'return'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

const reason = z.string().trim().min(2, 'must say why (at least 2 characters)').max(1000, 'must be at most 1000 characters');

/** One evidence choice: the evidence file attached for requirement `requirement` (index in the policy's list). */
export const evidenceChoice = z
  .object({
    requirement: z.number().int().min(0).max(50),
    evidenceId: z.string().uuid('must be an evidence id (UUID)'),
  })
  .strict();
export type EvidenceChoice = z.infer<typeof evidenceChoice>;

/**
 * POST /api/v1/applications. Evidence already on file of the kind a requirement needs is
 * attached automatically; `evidence` picks (or overrides) files for requirements.
 */
export const createApplicationBody = z
  .object({
    policyId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a policy id (kebab-case)'),
    evidence: z.array(evidenceChoice).max(50).optional(),
  })
  .strict();
export type CreateApplicationBody = z.infer<typeof createApplicationBody>;

/** POST /api/v1/applications/:id/resubmit: after a return, optionally with new evidence choices. */
export const resubmitApplicationBody = z
  .object({ evidence: z.array(evidenceChoice).max(50).optional(), comment: z.string().trim().max(1000).optional() })
  .strict();
export type ResubmitApplicationBody = z.infer<typeof resubmitApplicationBody>;

/** POST /api/v1/applications/:id/appeal (once, after a rejection). */
export const appealBody = z.object({ reason }).strict();
export type AppealBody = z.infer<typeof appealBody>;

/** POST /api/v1/review/applications/:id/decision. `reason` is required to reject or return. */
export const reviewDecisionBody = z
  .object({
    decision: z.enum(REVIEW_DECISIONS),
    reason: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
    /** The version the reviewer saw; a different current version is a 409 (someone acted first). */
    expectedVersion: z.number().int().min(1).max(2_147_483_647).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.decision !== 'approve' && (v.reason === undefined || v.reason.length < 2)) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `is required to ${v.decision} (at least 2 characters)` });
    }
  });
export type ReviewDecisionBody = z.infer<typeof reviewDecisionBody>;

export const applicationParams = z.object({ id: z.string().uuid('must be an application id (UUID)') }).strict();

/** A review stage of an application. */
export const applicationStage = z.object({
  department: departmentCode,
  departmentName: bilingual,
  slaWorkingDays: z.number().int(),
  /** True for the talent office's appeal review. */
  appeal: z.boolean(),
});
export type ApplicationStage = z.infer<typeof applicationStage>;

/** One step of the timeline. */
export const applicationStep = z.object({
  at: z.string(),
  action: z.enum(APPLICATION_ACTIONS),
  fromStatus: z.enum(APPLICATION_STATUSES).nullable(),
  toStatus: z.enum(APPLICATION_STATUSES),
  /** Department holding the application after the step (null when with the applicant or closed). */
  department: departmentCode.nullable(),
  actorRole: z.string(),
  /** Who acted, as a person reads it (人社局, 申请人, 系统). */
  actorLabel: bilingual,
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type ApplicationStep = z.infer<typeof applicationStep>;

/** One evidence requirement of the policy and what is attached for it. */
export const applicationRequirement = z.object({
  index: z.number().int(),
  label: bilingual,
  /** The evidence kind a new upload for it gets (null only on applications made before kinds were keys). */
  kind: z.enum(EVIDENCE_KINDS).nullable(),
  /** The evidence kinds that prove it, any one of which will do (a file on file of one of them is reused). */
  kinds: z.array(z.enum(EVIDENCE_KINDS)),
  evidence: z.array(evidence),
});
export type ApplicationRequirement = z.infer<typeof applicationRequirement>;

/** A final approval recorded by one reviewer, awaiting a different one of the same department. */
export const pendingSecondApproval = z.object({
  approvalId: z.string(),
  firstApprovedBy: z.string(),
  firstApprovedByName: z.string().nullable(),
  firstApprovedAt: z.string(),
  /** The caller approved first: another person must complete it. */
  firstApprovedByYou: z.boolean(),
  /** The value above which a second person must approve, when it was asked for. */
  thresholdFen: z.number().int(),
  reason: z.string().nullable(),
});
export type PendingSecondApproval = z.infer<typeof pendingSecondApproval>;

/** An application as its talent, reviewers and officers see it. */
export const application = z.object({
  id: z.string(),
  talentId: z.string(),
  talentName: z.string(),
  policyId: z.string(),
  policyVersion: z.number().int(),
  policyTitle: bilingual,
  status: z.enum(APPLICATION_STATUSES),
  /** The department that holds it now (null when with the applicant or closed). */
  department: departmentCode.nullable(),
  departmentName: bilingual.nullable(),
  /** Index of the current stage in `stages` (the appeal stage is not in the list). */
  stageIndex: z.number().int(),
  onAppeal: z.boolean(),
  appealed: z.boolean(),
  stages: z.array(applicationStage),
  applyDate: z.string(),
  /** When the holder is due to act (working days on the city calendar), null when nobody is. */
  dueDate: z.string().nullable(),
  /** The deadline lies in a provisional calendar year (暂定): it may move when the year's notice is imported. */
  dueDateProvisional: z.boolean(),
  /** Working days the current stage's clock was paused by returns. */
  pausedWorkingDays: z.number().int(),
  /** Returned on this date and waiting for the applicant (the SLA clock is paused). */
  pausedSince: z.string().nullable(),
  overdue: z.boolean(),
  escalatedAt: z.string().nullable(),
  amountFen: z.number().int(),
  period: z.enum(BENEFIT_PERIODS),
  months: z.number().int(),
  valueFen: z.number().int(),
  summary: bilingual,
  lastReason: z.string().nullable(),
  entitlementId: z.string().nullable(),
  version: z.number().int(),
  submittedAt: z.string(),
  updatedAt: z.string(),
});
export type Application = z.infer<typeof application>;

/** The full record: requirements with evidence, the engine's conditions at the application date, timeline. */
export const applicationDetail = application.extend({
  requirements: z.array(applicationRequirement),
  /** The engine's trace at the application date, condition by condition. */
  conditions: z.array(conditionOutcome),
  tier: z.string().nullable(),
  steps: z.array(applicationStep),
  /** For staff: whether the caller's department holds it now and may decide. */
  canDecide: z.boolean().optional(),
  /**
   * For staff: the final approval is above the second-approval threshold and awaits a second
   * person of the department (ADR 0015); null when none is pending.
   */
  pendingSecondApproval: pendingSecondApproval.nullable().optional(),
  /** For staff: a final approval above this value (fen) awaits a second person (the page asks before approving one). */
  secondApprovalAboveFen: z.number().int().optional(),
  /** Short profile facts for the reviewer (staff only). */
  profile: z
    .object({
      highestDegree: z.string().nullable(),
      title: z.string(),
      skillLevel: z.string(),
      employerName: z.string().nullable(),
      district: z.string().nullable(),
      arrivalDate: z.string().nullable(),
      socialInsuranceMonths: z.number().int(),
      age: z.number().int().nullable(),
    })
    .nullable(),
});
export type ApplicationDetail = z.infer<typeof applicationDetail>;

export const applicationList = z.object({ items: z.array(application) });
export type ApplicationList = z.infer<typeof applicationList>;

/** A row of a review queue (what the list needs, nothing more). */
export const reviewQueueItem = z.object({
  id: z.string(),
  talentName: z.string(),
  policyId: z.string(),
  policyTitle: bilingual,
  department: departmentCode,
  stageIndex: z.number().int(),
  onAppeal: z.boolean(),
  dueDate: z.string(),
  /** The deadline lies in a provisional calendar year (暂定): it may move when the year's notice is imported. */
  dueDateProvisional: z.boolean().optional(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  valueFen: z.number().int(),
  submittedAt: z.string(),
  version: z.number().int(),
  /** It came back after a return (the talent resubmitted it): 已补正. */
  resubmitted: z.boolean(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItem>;

/** Working days ahead that count as "due soon" in the review queue's filter (`due=soon`). */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * GET /api/v1/review/queue (reviewer: own department; officer: 人才办). `q`: part of the talent's
 * name, or their full ID or mobile number; `stage`: the stage's number (1, 2…) or `appeal`;
 * `policyId`: one policy (kind of item); `due`: `overdue`, or `soon` (due within
 * DUE_SOON_WORKING_DAYS working days, overdue included).
 */
export const reviewQueueQuery = pageQuery
  .extend({
    overdueOnly: z.enum(['true', 'false']).optional(),
    q: z.string().trim().max(50).optional(),
    stage: z
      .string()
      .regex(/^(appeal|[1-9])$/, 'must be a stage number (1–9) or appeal')
      .optional(),
    policyId: z.string().trim().min(1).max(100).optional(),
    due: z.enum(['overdue', 'soon']).optional(),
  })
  .strict();
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuery>;
export const reviewQueuePage = z.object({
  items: z.array(reviewQueueItem),
  /** Counted up to 5,000; `totalCapped` when there are more (show “5,000+”). */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  department: departmentCode,
  asOf: z.string(),
  /** The policies with items in the department's queue (the kind filter's choices). */
  policies: z.array(z.object({ id: z.string(), title: bilingual })),
});
export type ReviewQueuePage = z.infer<typeof reviewQueuePage>;

/** GET /api/v1/review/overdue (officer): overdue items of every department. */
export const overdueQuery = pageQuery.extend({ department: departmentCode.optional() }).strict();
export type OverdueQuery = z.infer<typeof overdueQuery>;
export const overduePage = z.object({
  items: z.array(reviewQueueItem.extend({ workingDaysOverdue: z.number().int() })),
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  asOf: z.string(),
});
export type OverduePage = z.infer<typeof overduePage>;

/** GET /api/v1/review/in-review (officer, auditor): every application in review, in any department, soonest due first. */
export const inReviewQuery = overdueQuery;
export type InReviewQuery = OverdueQuery;
export const inReviewPage = z.object({
  /** `workingDaysLeft`: working days from today to the due date by the city's calendar; negative when overdue. */
  items: z.array(reviewQueueItem.extend({ workingDaysLeft: z.number().int() })),
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  asOf: z.string(),
});
export type InReviewPage = z.infer<typeof inReviewPage>;

/** POST /api/v1/review/escalate (officer) — the same job as `bole applications escalate`. */
export const escalateBody = z.object({ at: isoDate.optional() }).strict();
export const escalateResult = z.object({ at: z.string(), escalated: z.array(z.string()), alreadyEscalated: z.number().int() });
export type EscalateResult = z.infer<typeof escalateResult>;

/** An `apply` policy the talent may apply for now (the apply page's list). */
export const applicablePolicy = z.object({
  policyId: z.string(),
  title: bilingual,
  department: departmentCode,
  summary: bilingual,
  valueFen: z.number().int(),
  requirements: z.array(applicationRequirement),
  stages: z.array(applicationStage),
  /** An open or approved application already exists. */
  existingApplicationId: z.string().nullable(),
});
export type ApplicablePolicy = z.infer<typeof applicablePolicy>;
export const applicablePolicyList = z.object({ at: z.string(), items: z.array(applicablePolicy) });
export type ApplicablePolicyList = z.infer<typeof applicablePolicyList>;

/** POST /api/v1/applications/bundle (新市民一件事): recognition plus every apply policy that qualifies. */
export const bundleBody = z
  .object({
    recognition: z.boolean().default(true),
    /** Evidence choices per policy id, for requirements no file on file covers. */
    evidence: z.record(z.string(), z.array(evidenceChoice).max(50)).optional(),
  })
  .strict();
export type BundleBody = z.infer<typeof bundleBody>;
export const bundleResult = z.object({
  at: z.string(),
  recognitionId: z.string().nullable(),
  opened: z.array(z.object({ policyId: z.string(), applicationId: z.string(), title: bilingual })),
  skipped: z.array(
    z.object({
      /** A policy id, or `recognition`. */
      item: z.string(),
      code: z.string(),
      why: bilingual,
    }),
  ),
});
export type BundleResult = z.infer<typeof bundleResult>;
