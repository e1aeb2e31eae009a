/**
 * Employers and their people: approval of a registration by the talent office, the employer's
 * HR users, and employment (a talent names their employer, the employer confirms, declines or
 * ends it).
 */
import { z } from 'zod';
import { isoDate, pageOf, pageQuery } from './common.schema.js';
import { employerProfile } from './employer.schema.js';

/** Where an employer's registration stands: a new one waits for the office's approval. */
export const EMPLOYER_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];

/** What an employer cannot do until its registration is approved (shown on its home page). */
export const GATED_EMPLOYER_ACTIONS = ['confirm_employment', 'invite_hr_users', 'record_engagements', 'answer_surveys'] as const;
export type GatedEmployerAction = (typeof GATED_EMPLOYER_ACTIONS)[number];

/** The business licence (营业执照) uploaded with the registration. */
export const businessLicence = z.object({ fileName: z.string(), contentType: z.string(), size: z.number().int(), uploadedAt: z.string() });
export type BusinessLicence = z.infer<typeof businessLicence>;

/** GET /api/v1/employers/me/standing — the employer's approval and what waits for it. */
export const employerStanding = z.object({
  status: z.enum(EMPLOYER_STATUSES),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  licence: businessLicence.nullable(),
  /** Actions refused until approval (empty once approved). */
  blocked: z.array(z.enum(GATED_EMPLOYER_ACTIONS)),
});
export type EmployerStanding = z.infer<typeof employerStanding>;

/** GET /api/v1/employer-reviews — registrations for the office, pending first. */
export const employerReviewQuery = pageQuery.extend({ status: z.enum(EMPLOYER_STATUSES).default('pending') }).strict();
export type EmployerReviewQuery = z.infer<typeof employerReviewQuery>;
export const employerReviewItem = employerProfile.extend({
  status: z.enum(EMPLOYER_STATUSES),
  licence: businessLicence.nullable(),
  registeredAt: z.string(),
  reviewNote: z.string().nullable(),
});
export type EmployerReviewItem = z.infer<typeof employerReviewItem>;
export const employerReviewPage = pageOf(employerReviewItem);
export type EmployerReviewPage = z.infer<typeof employerReviewPage>;

/** POST /api/v1/employer-reviews/:id — approve, or reject with the reason the employer reads. */
export const employerDecisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), note: z.string().trim().max(500).optional() }).strict(),
  z.object({ decision: z.literal('reject'), note: z.string().trim().min(1, 'is required when rejecting').max(500) }).strict(),
]);
export type EmployerDecisionBody = z.infer<typeof employerDecisionBody>;

/** One HR user of an employer. `primary`: the account it registered with (credit code login). */
export const hrUser = z.object({
  id: z.string(),
  displayName: z.string(),
  login: z.string(),
  primary: z.boolean(),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type HrUser = z.infer<typeof hrUser>;
export const hrUserList = z.object({ items: z.array(hrUser) });
export type HrUserList = z.infer<typeof hrUserList>;

/** POST /api/v1/employers/me/users — invite an HR user; they sign in with `username`. */
export const inviteHrUserBody = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_.-]{3,31}$/i, 'must be 4–32 letters, digits, dots, dashes or underscores, starting with a letter'),
    displayName: z.string().trim().min(1, 'is required').max(50),
  })
  .strict();
export type InviteHrUserBody = z.infer<typeof inviteHrUserBody>;

/** The invited user and the one-time password to hand over (they must change it at first sign-in). */
export const invitedHrUser = z.object({ user: hrUser, temporaryPassword: z.string() });
export type InvitedHrUser = z.infer<typeof invitedHrUser>;

/** PUT /api/v1/employers/me/users/:id — disable or re-enable an HR user. */
export const hrUserStateBody = z.object({ disabled: z.boolean() }).strict();

/** Where an employment named by a talent stands. */
export const EMPLOYMENT_STATUSES = ['pending', 'confirmed', 'declined', 'withdrawn', 'ended'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** An employment as the talent and the employer see it. */
export const employment = z.object({
  id: z.string(),
  talentId: z.string(),
  talentName: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  status: z.enum(EMPLOYMENT_STATUSES),
  arrivalDate: z.string(),
  /** The posting the talent was recruited into, named by the employer when confirming (their post). */
  postingId: z.string().nullable(),
  postingTitle: z.string().nullable(),
  endDate: z.string().nullable(),
  declineReason: z.string().nullable(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type Employment = z.infer<typeof employment>;
export const employmentList = z.object({ items: z.array(employment) });
export type EmploymentList = z.infer<typeof employmentList>;

/** POST /api/v1/employments — a talent names their employer and the day they joined. */
export const nameEmployerBody = z.object({ employerId: z.string().uuid(), arrivalDate: isoDate }).strict();
export type NameEmployerBody = z.infer<typeof nameEmployerBody>;

/** GET /api/v1/employments (employer) — its employments, by status. */
export const employmentQuery = z.object({ status: z.enum(EMPLOYMENT_STATUSES).optional() }).strict();

/**
 * POST /api/v1/employments/:id/decision — the employer confirms (optionally naming the posting
 * the talent fills: their post), declines (with a reason) or ends (with its date).
 */
export const employmentDecisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('confirm'), postingId: z.string().uuid().optional() }).strict(),
  z.object({ decision: z.literal('decline'), reason: z.string().trim().min(1, 'is required when declining').max(300) }).strict(),
  z.object({ decision: z.literal('end'), endDate: isoDate }).strict(),
]);
export type EmploymentDecisionBody = z.infer<typeof employmentDecisionBody>;
