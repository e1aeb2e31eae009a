import { z } from 'zod';
import { isoDate } from './common.schema.js';

/**
 * From scores to awards (项目评审结果与资助): the program's budget and payment milestones, the
 * panel's decision on each scored application (confirmed by a second officer when it awards
 * money), the ranking the panel reads, the award list's public notice (公示) with objections, and
 * the milestones that turn an award into ledger lines.
 */

const bilingual = z.object({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) }).strict();
const id = z.string().uuid();
const fen = z.number().int().min(0).max(1e13);

/** One payment milestone of an award: its share in whole percent (shares of a program sum to 100). */
export const awardMilestone = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _'),
    name: bilingual,
    percent: z.number().int().min(1).max(100),
  })
  .strict();
/** One payment milestone of an award. */
export type AwardMilestone = z.infer<typeof awardMilestone>;

/** What a program may award: its budget in fen and the milestones every award is paid by. */
export const programFunding = z
  .object({
    budgetFen: fen,
    milestones: z.array(awardMilestone).min(1).max(6),
  })
  .strict()
  .refine((f) => f.milestones.reduce((s, m) => s + m.percent, 0) === 100, { message: 'the shares must add up to 100', path: ['milestones'] })
  .refine((f) => new Set(f.milestones.map((m) => m.id)).size === f.milestones.length, { message: 'ids must differ', path: ['milestones'] });
/** A program's budget and milestones. */
export type ProgramFunding = z.infer<typeof programFunding>;

/** The award list's public notice (公示): its first and last day. */
export const awardNotice = z.object({ startsOn: isoDate, endsOn: isoDate });
/** The award list's public notice. */
export type AwardNotice = z.infer<typeof awardNotice>;

/** The panel's outcomes; names in `labels/programs.labels.ts`. */
export const AWARD_OUTCOMES = ['awarded', 'not_awarded'] as const;
/** The panel's outcome for an application. */
export type AwardOutcome = (typeof AWARD_OUTCOMES)[number];

const reason = z.string().trim().min(2, 'must say why (at least 2 characters)').max(1000);

/** PUT …/applications/:applicationId/decision — the panel's decision with its reason (and amount, when awarded). */
export const panelDecisionBody = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('awarded'), reason, amountFen: fen.min(1) }).strict(),
  z.object({ outcome: z.literal('not_awarded'), reason }).strict(),
]);
/** The panel's decision on an application. */
export type PanelDecisionBody = z.infer<typeof panelDecisionBody>;

/** An objection to an award, as stored (the contact sealed). */
export interface AwardObjectionRecord {
  id: string;
  name: string;
  contactEnc: string;
  reason: string;
  filedAt: string;
  status: 'open' | 'upheld' | 'dismissed';
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

/** A milestone reached: the share paid and the ledger line (entitlement) it created. */
export const reachedMilestone = z.object({ milestoneId: z.string(), reachedOn: isoDate, amountFen: z.number().int(), entitlementId: id });
/** A milestone reached. */
export type ReachedMilestone = z.infer<typeof reachedMilestone>;

/** The panel's decision as stored on the application. */
export interface AwardRecord {
  outcome: AwardOutcome;
  reason: string;
  amountFen: number;
  decidedBy: string;
  decidedAt: string;
  /** The second approval an award waits for (null when not awarded). */
  approvalId: string | null;
  confirmedBy: string | null;
  confirmedAt: string | null;
  objections: AwardObjectionRecord[];
  milestones: ReachedMilestone[];
}

/** The panel's decision as the office sees it. */
export const awardDecision = z.object({
  applicationId: id,
  outcome: z.enum(AWARD_OUTCOMES),
  reason: z.string(),
  amountFen: z.number().int(),
  decidedBy: id,
  decidedAt: z.string(),
  /** The second approval (four eyes on money) an award waits for; null when not awarded. */
  approvalId: id.nullable(),
  /** A second officer confirmed the award (always true when not awarded). */
  confirmed: z.boolean(),
  objections: z.array(
    z.object({
      id,
      name: z.string(),
      contact: z.string(),
      reason: z.string(),
      filedAt: z.string(),
      status: z.enum(['open', 'upheld', 'dismissed']),
      resolution: z.string().nullable(),
    }),
  ),
  milestones: z.array(reachedMilestone),
});
/** The panel's decision as the office sees it. */
export type AwardDecision = z.infer<typeof awardDecision>;

/** The panel's ranking: scored applications in score order with their flags and decisions, and the budget left. */
export const programRanking = z.object({
  programId: id,
  budgetFen: z.number().int(),
  /** Awarded so far, confirmed or awaiting the second officer. */
  awardedFen: z.number().int(),
  remainingFen: z.number().int(),
  notice: awardNotice.nullable(),
  lines: z.array(
    z.object({
      applicationId: id,
      title: z.string(),
      rank: z.number().int(),
      trimmedMean: z.number(),
      meanZ: z.number().nullable(),
      sheets: z.number().int(),
      /** Reviewers disagree beyond the plan's threshold: discuss before deciding. */
      disagreement: z.boolean(),
      decision: awardDecision.nullable(),
    }),
  ),
});
/** The panel's ranking. */
export type ProgramRanking = z.infer<typeof programRanking>;

/** The award lists in public notice today (masked names). */
export const programAwardNotices = z.object({
  asOf: isoDate,
  items: z.array(
    z.object({
      applicationId: id,
      programName: bilingual,
      maskedName: z.string(),
      title: z.string(),
      amountFen: z.number().int(),
      noticeStartsOn: isoDate,
      noticeEndsOn: isoDate,
    }),
  ),
});
/** The award lists in public notice today. */
export type ProgramAwardNotices = z.infer<typeof programAwardNotices>;

export const awardObjectionParams = z.object({ applicationId: id, objectionId: id }).strict();
export const awardMilestoneParams = z
  .object({ applicationId: id, milestoneId: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a milestone id of the program') })
  .strict();
