/**
 * Second approvals (four eyes on money, ADR 0015): a change one person proposes — a budget, a
 * policy version's publication, the final approval of a large application — is applied only
 * when a second person approves it. One request per change, with the maker's reason, its state
 * and the checker's decision; the kind says what `change` holds.
 */
import { z } from 'zod';
import { departmentCode, isoDate } from './common.schema.js';
import { BENEFIT_PERIODS } from './policy.schema.js';

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** What a second approval is about. */
export const SECOND_APPROVAL_KINDS = ['budget', 'policy_publish', 'application', 'program_award'] as const;
export type SecondApprovalKind = (typeof SECOND_APPROVAL_KINDS)[number];

/**
 * Where a request stands: `pending` until a second person approves (the change is applied) or
 * rejects it, or its maker withdraws it; `superseded` when a newer proposal for the same subject
 * replaced it.
 */
export const SECOND_APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn', 'superseded'] as const;
export type SecondApprovalStatus = (typeof SECOND_APPROVAL_STATUSES)[number];

const budgetFigures = z.object({ annualFen: z.number().int(), quota: z.number().int() });

/** A budget change: the policy and year, the figures when proposed and the figures proposed. */
export const budgetChange = z.object({
  policyId: z.string(),
  year: z.number().int(),
  before: budgetFigures,
  after: budgetFigures,
});
export type BudgetChange = z.infer<typeof budgetChange>;

/** A policy version to publish from a date. */
export const policyPublishChange = z.object({ policyId: z.string(), version: z.number().int(), effectiveFrom: isoDate });
export type PolicyPublishChange = z.infer<typeof policyPublishChange>;

/** The final approval of an application whose value is above the second-approval threshold. */
export const applicationApprovalChange = z.object({
  applicationId: z.string(),
  talentName: z.string(),
  policyId: z.string(),
  amountFen: z.number().int(),
  period: z.enum(BENEFIT_PERIODS),
  months: z.number().int(),
  valueFen: z.number().int(),
  /** The threshold in force when the first approver approved. */
  thresholdFen: z.number().int(),
});
export type ApplicationApprovalChange = z.infer<typeof applicationApprovalChange>;

/** A program's award to one application, as the panel decided it (a second officer confirms the money). */
export const programAwardChange = z.object({
  applicationId: z.string(),
  programId: z.string(),
  /** The program's name (absent on requests made before it was recorded). */
  programName: bilingual.optional(),
  title: z.string(),
  amountFen: z.number().int(),
  reason: z.string(),
});
export type ProgramAwardChange = z.infer<typeof programAwardChange>;

const requestFields = {
  id: z.string(),
  /** What the request is about, as a person reads it (政策名 2026 年预算, 政策名 第 3 版 …). */
  title: bilingual,
  /** Its subject's key: `policyId/year`, `policyId@version`, an application id. */
  subject: z.string(),
  /** The department whose staff may approve it; null: the talent office's officers. */
  scope: departmentCode.nullable(),
  status: z.enum(SECOND_APPROVAL_STATUSES),
  /** The maker's reason. */
  reason: z.string().nullable(),
  madeBy: z.string(),
  madeByName: z.string().nullable(),
  madeAt: z.string(),
  /** The caller made it (so cannot approve it, and may withdraw it while pending). */
  madeByYou: z.boolean(),
  /** The caller may approve or reject it now (pending, someone else's, within their remit). */
  mayCheck: z.boolean(),
  /** Who approved or rejected it, when and with what note (the maker, for a withdrawal). */
  checkedBy: z.string().nullable(),
  checkedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  /** What applying it did (budget: lines released; the figures replaced). */
  outcome: z.record(z.string(), z.unknown()).nullable(),
};

/** A second-approval request, its change typed by its kind. */
export const secondApproval = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('budget'), change: budgetChange, ...requestFields }),
  z.object({ kind: z.literal('policy_publish'), change: policyPublishChange, ...requestFields }),
  z.object({ kind: z.literal('application'), change: applicationApprovalChange, ...requestFields }),
  z.object({ kind: z.literal('program_award'), change: programAwardChange, ...requestFields }),
]);
export type SecondApproval = z.infer<typeof secondApproval>;

export const secondApprovalList = z.object({ items: z.array(secondApproval) });
export type SecondApprovalList = z.infer<typeof secondApprovalList>;

/** GET /api/v1/approvals: pending ones by default (what awaits a second person), or all. */
export const secondApprovalQuery = z
  .object({
    status: z.enum([...SECOND_APPROVAL_STATUSES, 'all']).default('pending'),
    kind: z.enum(SECOND_APPROVAL_KINDS).optional(),
  })
  .strict();
export type SecondApprovalQuery = z.infer<typeof secondApprovalQuery>;

export const secondApprovalParams = z.object({ id: z.string().uuid('must be a request id (UUID)') }).strict();

const note = z.string().trim().max(1000, 'must be at most 1000 characters');

/** POST /api/v1/approvals/:id/approve — an optional note. */
export const approveRequestBody = z.object({ note: note.optional() }).strict();
export type ApproveRequestBody = z.infer<typeof approveRequestBody>;

/** POST /api/v1/approvals/:id/reject — why, required. */
export const rejectRequestBody = z.object({ note: note.min(2, 'must say why (at least 2 characters)') }).strict();
export type RejectRequestBody = z.infer<typeof rejectRequestBody>;

/** A maker's reason: required for a budget change, optional for a publication. */
export const makerReason = z.string().trim().min(2, 'must say why (at least 2 characters)').max(1000, 'must be at most 1000 characters');

/** POST /api/v1/budgets/:year/:policyId/changes — the proposed budget and quota, and why. */
export const proposeBudgetBody = z
  .object({ annualFen: z.number().int().min(0).max(1e15), quota: z.number().int().min(0).max(100_000_000), reason: makerReason })
  .strict();
export type ProposeBudgetBody = z.infer<typeof proposeBudgetBody>;

/** GET /api/v1/budgets/:year/:policyId/history — every proposal for the policy's budget of the year, newest first. */
export const budgetHistory = z.object({ policyId: z.string(), year: z.number().int(), items: z.array(secondApproval) });
export type BudgetHistory = z.infer<typeof budgetHistory>;
