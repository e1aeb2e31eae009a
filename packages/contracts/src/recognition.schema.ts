import { z } from 'zod';
import { TIERS } from './enums.js';
import { departmentCode, isoDate, pageOf, pageQuery } from './common.schema.js';

/**
 * Talent recognition (人才分类认定): evidence files, the recognition case and its review
 * stages, the public notice (公示) with objections.
 */

// ---------------------------------------------------------------- evidence

/**
 * What an evidence file proves. Policies name the evidence they need by these keys (the policy
 * document schema rejects any other); their names are in `labels/workflow.labels.ts`.
 */
export const EVIDENCE_KINDS = [
  'id_card',
  'degree_certificate',
  'title_certificate',
  'skill_certificate',
  'honor_proof',
  'employment_contract',
  'social_insurance_record',
  'tier_certificate',
  'no_home_certificate',
  'home_purchase_contract',
  'tenancy_agreement',
  'marriage_certificate',
  'child_relationship_proof',
  'postdoc_admission_record',
  'postdoc_completion_certificate',
  'engagement_agreement',
  'onsite_days_record',
  'appointment_letter',
  'dual_appointment_agreement',
  'outside_work_proof',
  'patent_licence_contract',
  'employer_qualification',
  'project_proposal',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** File types accepted as evidence (checked by their first bytes, not by their name). */
export const EVIDENCE_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];

/** Largest evidence file accepted, in bytes (10 MiB). */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** POST /api/v1/evidence query: the kind, and for an employer the talent it is for. */
export const uploadEvidenceQuery = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    talentId: z.string().uuid('must be a talent id (UUID)').optional(),
  })
  .strict();
export type UploadEvidenceQuery = z.infer<typeof uploadEvidenceQuery>;

/** One evidence record (the file is fetched from `/api/v1/evidence/:id/file`). */
export const evidence = z.object({
  id: z.string(),
  talentId: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  fileName: z.string(),
  contentType: z.enum(EVIDENCE_CONTENT_TYPES),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  /** True when this exact file was already on file for this talent and kind (nothing new stored). */
  reused: z.boolean().optional(),
});
export type Evidence = z.infer<typeof evidence>;

/** GET /api/v1/evidence query (an employer names the talent; a talent sees their own). */
export const evidenceListQuery = z.object({ talentId: z.string().uuid().optional() }).strict();
export const evidenceList = z.object({ items: z.array(evidence) });
export type EvidenceList = z.infer<typeof evidenceList>;

// ---------------------------------------------------------------- recognition

/** Where a recognition case stands. */
export const RECOGNITION_STATUSES = [
  'draft',
  'hr_review',
  'office_review',
  'returned',
  'public_notice',
  'granted',
  'rejected',
  'withdrawn',
  'revoked',
] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

/** Everything that can happen to a case. */
export const RECOGNITION_ACTIONS = [
  'request',
  'submit',
  'hr_approve',
  'hr_reject',
  'hr_return',
  'office_approve',
  'office_reject',
  'office_return',
  'withdraw',
  'objection_filed',
  'objection_upheld',
  'objection_dismissed',
  'finalize',
  'mutual_recognize',
  'source_revoked',
] as const;
export type RecognitionAction = (typeof RECOGNITION_ACTIONS)[number];

/** Who must act next: the applicant, 人社局 (HR review), 人才办 (office), the public (notice), nobody. */
/** Holders that are not a department; otherwise the holder is the code of the city's department that must act. */
export const RECOGNITION_HOLDERS = ['applicant', 'public', 'none'] as const;
export type RecognitionHolder = (typeof RECOGNITION_HOLDERS)[number] | (string & {});

/** POST /api/v1/recognitions: a talent leaves `talentId` out; an employer names its employee. */
export const createRecognitionBody = z.object({ talentId: z.string().uuid('must be a talent id (UUID)').optional() }).strict();
export type CreateRecognitionBody = z.infer<typeof createRecognitionBody>;

export const recognitionParams = z.object({ id: z.string().uuid('must be a recognition id (UUID)') }).strict();
export const recognitionEvidenceParams = z
  .object({ id: z.string().uuid('must be a recognition id (UUID)'), evidenceId: z.string().uuid('must be an evidence id (UUID)') })
  .strict();

/** POST /api/v1/recognitions/:id/evidence: attach an evidence record already on file. */
export const attachEvidenceBody = z.object({ evidenceId: z.string().uuid('must be an evidence id (UUID)') }).strict();

const reason = z.string().trim().min(2, 'must say why (at least 2 characters)').max(1000, 'must be at most 1000 characters');

/**
 * POST /api/v1/recognitions/:id/hr-decision (人社局). `approve` needs the checks of employment
 * and social-insurance months; `reject` and `return` need a reason the applicant can act on.
 */
export const hrDecisionBody = z.discriminatedUnion('decision', [
  z
    .object({
      decision: z.literal('approve'),
      employmentVerified: z.literal(true, { error: 'must be confirmed before approving' }),
      socialInsuranceMonthsVerified: z.number().int().min(0).max(600),
      comment: z.string().trim().max(1000).optional(),
    })
    .strict(),
  z.object({ decision: z.literal('reject'), reason }).strict(),
  z.object({ decision: z.literal('return'), reason }).strict(),
]);
export type HrDecisionBody = z.infer<typeof hrDecisionBody>;

/** POST /api/v1/recognitions/:id/office-decision (人才办). */
export const officeDecisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), comment: z.string().trim().max(1000).optional() }).strict(),
  z.object({ decision: z.literal('reject'), reason }).strict(),
  z.object({ decision: z.literal('return'), reason }).strict(),
]);
export type OfficeDecisionBody = z.infer<typeof officeDecisionBody>;

/** One step of the timeline the talent sees. */
export const recognitionStep = z.object({
  at: z.string(),
  action: z.enum(RECOGNITION_ACTIONS),
  fromStatus: z.enum(RECOGNITION_STATUSES).nullable(),
  toStatus: z.enum(RECOGNITION_STATUSES),
  actorRole: z.string(),
  /** Department or role label of who acted (人社局, 人才办, 申请人, 公众, 系统). */
  actorLabel: z.object({ zh: z.string(), en: z.string() }),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type RecognitionStep = z.infer<typeof recognitionStep>;

/** An objection as staff see it (the contact, masked, shown to the office only). */
export const objection = z.object({
  id: z.string(),
  recognitionId: z.string(),
  name: z.string(),
  contact: z.string(),
  reason: z.string(),
  filedAt: z.string(),
  status: z.enum(['open', 'upheld', 'dismissed']),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type Objection = z.infer<typeof objection>;

/** A recognition case. */
export const recognition = z.object({
  id: z.string(),
  talentId: z.string(),
  /** Masked for staff lists and the public notice; the talent sees their own name. */
  talentName: z.string(),
  employerName: z.string().nullable(),
  status: z.enum(RECOGNITION_STATUSES),
  proposedTier: z.enum(TIERS),
  requestDate: z.string(),
  requestedByRole: z.string(),
  /** applicant, public, none, or the code of the department that must act (its name: GET /api/v1/city). */
  holder: z.union([z.enum(RECOGNITION_HOLDERS), departmentCode]),
  /** When the holder should have acted (working days on the city calendar), or null. */
  dueDate: z.string().nullable(),
  /** The due date lies in a provisional calendar year (暂定): it may move when the year's notice is imported. */
  dueDateProvisional: z.boolean().optional(),
  noticeStartsOn: z.string().nullable(),
  noticeEndsOn: z.string().nullable(),
  grantedAt: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** The last reason given (return, rejection, upheld objection). */
  lastReason: z.string().nullable(),
  /** Facts the HR reviewer checks, from the stored profile. */
  socialInsuranceMonths: z.number().int().nullable(),
  evidence: z.array(evidence),
  /** Evidence kinds this case needs; `missingEvidence` are not attached yet. */
  requiredEvidence: z.array(z.enum(EVIDENCE_KINDS)),
  missingEvidence: z.array(z.enum(EVIDENCE_KINDS)),
  steps: z.array(recognitionStep),
  objections: z.array(objection).optional(),
  updatedAt: z.string(),
});
export type Recognition = z.infer<typeof recognition>;

export const recognitionList = z.object({ items: z.array(recognition) });
export type RecognitionList = z.infer<typeof recognitionList>;
/**
 * GET /api/v1/recognitions/mine: the cases, newest first, and whether a new request is possible
 * today (no open case, no granted tier still valid; false on an employer's list of the cases it
 * asked for, where requests go through its employees list).
 */
export const myRecognitionList = recognitionList.extend({ canRequest: z.boolean() });
export type MyRecognitionList = z.infer<typeof myRecognitionList>;

/** GET /api/v1/recognitions/queue?stage=… (reviewer: hr; officer: office, notice, objections). */
export const recognitionQueueQuery = z.object({ stage: z.enum(['hr', 'office', 'notice', 'closed']).default('hr') }).strict();
export type RecognitionQueueQuery = z.infer<typeof recognitionQueueQuery>;

/** One entry of the public notice (公示). */
export const publicNoticeEntry = z.object({
  id: z.string(),
  maskedName: z.string(),
  employerName: z.string().nullable(),
  tier: z.enum(TIERS),
  noticeStartsOn: z.string(),
  noticeEndsOn: z.string(),
});
export type PublicNoticeEntry = z.infer<typeof publicNoticeEntry>;
export const publicNotice = z.object({ items: z.array(publicNoticeEntry), asOf: z.string() });
export type PublicNotice = z.infer<typeof publicNotice>;

/** POST /api/v1/public/recognition-notices/:id/objections (public, rate-limited). */
export const fileObjectionBody = z
  .object({
    name: z.string().trim().min(1, 'is required').max(50),
    contact: z.string().trim().min(5, 'must be a phone number or e-mail').max(100),
    reason: z.string().trim().min(10, 'must explain the objection (at least 10 characters)').max(2000),
  })
  .strict();
export type FileObjectionBody = z.infer<typeof fileObjectionBody>;
export const objectionReceipt = z.object({ id: z.string(), filedAt: z.string(), message: z.object({ zh: z.string(), en: z.string() }) });
export type ObjectionReceipt = z.infer<typeof objectionReceipt>;

export const objectionParams = z
  .object({ id: z.string().uuid('must be a recognition id (UUID)'), objectionId: z.string().uuid('must be an objection id (UUID)') })
  .strict();
/** POST …/objections/:objectionId/resolve (人才办). */
export const resolveObjectionBody = z.object({ outcome: z.enum(['uphold', 'dismiss']), resolution: reason }).strict();
export type ResolveObjectionBody = z.infer<typeof resolveObjectionBody>;

/** POST /api/v1/recognitions/finalize (sweep) result. */
export const finalizeSweepBody = z.object({ at: isoDate.optional() }).strict();
export const finalizeSweepResult = z.object({ at: z.string(), granted: z.array(z.string()), skipped: z.array(z.object({ id: z.string(), why: z.string() })) });
export type FinalizeSweepResult = z.infer<typeof finalizeSweepResult>;

/** Settings of the flow (officer-editable): notice length in working days, validity in years. */
export const recognitionSettings = z
  .object({
    noticeWorkingDays: z.number().int().min(1).max(30),
    validityYears: z.number().int().min(1).max(10),
  })
  .strict();
export type RecognitionSettings = z.infer<typeof recognitionSettings>;

// ---------------------------------------------------------------- an employer's employees

/** GET /api/v1/recognitions/employees: the signed-in employer's employees, a page at a time; `q` is the beginning of a name. */
export const employeeRecognitionQuery = pageQuery.extend({ q: z.string().trim().max(50).optional() }).strict();
export type EmployeeRecognitionQuery = z.infer<typeof employeeRecognitionQuery>;

/** An employee's latest case, as the employer's list shows it (the whole case: GET /recognitions/:id). */
export const employeeCase = z.object({
  id: z.string(),
  status: z.enum(RECOGNITION_STATUSES),
  proposedTier: z.enum(TIERS),
  requestDate: z.string(),
  requestedByRole: z.string(),
  lastReason: z.string().nullable(),
  updatedAt: z.string(),
});
export type EmployeeCase = z.infer<typeof employeeCase>;

/**
 * One employee of the employer (a talent whose profile names it). The name is shown (the
 * employer holds it on the labour contract); the mobile and ID numbers are masked.
 * `proposedTier` is what the engine proposes today from the stored profile — what a request
 * would open with —; when it proposes none, `proposalProblem` is the refusal a request gets.
 * `canRequest`: no case is open and no granted tier is still valid.
 */
export const employeeRecognitionItem = z.object({
  talentId: z.string(),
  name: z.string(),
  mobile: z.string().nullable(),
  idNumber: z.string().nullable(),
  proposedTier: z.enum(TIERS).nullable(),
  proposalProblem: z.object({ code: z.string(), detail: z.string(), detailZh: z.string().optional() }).nullable(),
  grantedTier: z.enum(TIERS).nullable(),
  grantedUntil: z.string().nullable(),
  latestCase: employeeCase.nullable(),
  canRequest: z.boolean(),
});
export type EmployeeRecognitionItem = z.infer<typeof employeeRecognitionItem>;
export const employeeRecognitionPage = pageOf(employeeRecognitionItem);
export type EmployeeRecognitionPage = z.infer<typeof employeeRecognitionPage>;
