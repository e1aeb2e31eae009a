import { z } from 'zod';
import { isoDate } from './common.schema.js';
import { VERIFIED_FACT_FIELDS_TUPLE } from './facts.schema.js';
import { paymentLineStatus } from './payments.schema.js';

/** POST /api/v1/sweeps: run the 免申即享 sweep at a date (default: today). */
export const startSweepBody = z.object({ at: isoDate.optional() }).strict();
export type StartSweepBody = z.infer<typeof startSweepBody>;

/** The states of a sweep: a preview is computed, a second officer confirms it, then it is written. */
export const sweepStatus = z.enum(['running', 'preview', 'confirming', 'done', 'stale', 'failed', 'abandoned']);
export type SweepStatus = z.infer<typeof sweepStatus>;

/** How an entitlement changes in a sweep. */
export const sweepChangeKind = z.enum(['new', 'changed', 'ended']);
export type SweepChangeKind = z.infer<typeof sweepChangeKind>;

/**
 * A sweep and its progress. `running` computes the preview (nothing written but the preview),
 * `preview` waits for a second officer, `confirming` writes the entitlements and notifies,
 * `done` is written; `stale` is a preview whose data or policies changed before confirmation.
 */
export const sweepJob = z.object({
  id: z.string().uuid(),
  status: sweepStatus,
  at: z.string(),
  processed: z.number().int(),
  total: z.number().int(),
  /** 0–100 of the current phase (preview, then writing). */
  percent: z.number(),
  counts: z.record(z.string(), z.number()),
  checkpoint: z.string().nullable(),
  error: z.string().nullable(),
  resumed: z.boolean().optional(),
  /** The officer who made the preview (maker) and the one who confirmed it (checker). */
  createdBy: z.string().uuid().nullable(),
  createdByName: z.string().nullable(),
  confirmedBy: z.string().uuid().nullable(),
  confirmedByName: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** Whether the caller made the preview (and so cannot confirm it). */
  madeByYou: z.boolean(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type SweepJob = z.infer<typeof sweepJob>;

/** Latest sweeps. */
export const sweepList = z.object({ items: z.array(sweepJob) });
export type SweepList = z.infer<typeof sweepList>;

/** GET /api/v1/sweeps/:id */
export const sweepParams = z.object({ id: z.string().uuid() }).strict();

/** GET /api/v1/sweeps/:id/diff query: the per-person list, filtered by change kind and policy. */
export const sweepDiffQuery = z
  .object({
    change: sweepChangeKind.optional(),
    policy: z.string().min(1).max(100).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type SweepDiffQuery = z.infer<typeof sweepDiffQuery>;

/** GET /api/v1/sweeps/:id/diff.xlsx query: the same filters, every row. */
export const sweepExportQuery = z.object({ change: sweepChangeKind.optional(), policy: z.string().min(1).max(100).optional() }).strict();

/**
 * Why an entitlement a sweep ends: facts its policy reads that were withdrawn (their confirmation
 * taken back, e.g. 人社局 no longer reports the employment) or that the talent's declaration now
 * contradicts. Field names as in the profile.
 */
export const sweepEndReason = z.object({ withdrawn: z.array(z.enum(VERIFIED_FACT_FIELDS_TUPLE)), contradicted: z.array(z.enum(VERIFIED_FACT_FIELDS_TUPLE)) });
export type SweepEndReason = z.infer<typeof sweepEndReason>;

/** One person's change in a sweep against the entitlements the previous sweeps left. */
export const sweepChange = z.object({
  talentId: z.string(),
  talentName: z.string(),
  policyId: z.string(),
  source: z.string(),
  change: sweepChangeKind,
  oldAmountFen: z.number().int().nullable(),
  newAmountFen: z.number().int().nullable(),
  /** Why an entitlement ends, when facts it rested on changed; null otherwise (time passed, a policy changed). */
  reason: sweepEndReason.nullable(),
});

/** The diff of a sweep (what its preview would write, or what it wrote). */
export const sweepDiff = z.object({
  sweepId: z.string().uuid(),
  previousSweepId: z.string().uuid().nullable(),
  totals: z.object({ new: z.number().int(), changed: z.number().int(), ended: z.number().int() }),
  byPolicy: z.array(z.object({ policyId: z.string(), change: z.string(), source: z.string(), n: z.number().int(), deltaFen: z.number().int() })),
  items: z.array(sweepChange),
  /** Rows matching the filters. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type SweepDiff = z.infer<typeof sweepDiff>;

/** One of a talent's benefits (我的待遇) with what was paid and what is waiting. */
export const myBenefit = z.object({
  id: z.string().uuid(),
  policyId: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  source: z.enum(['auto', 'application', 'notify']),
  amountFen: z.number().int(),
  period: z.enum(['once', 'month', 'year']),
  months: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(['active', 'ended']),
  endedOn: z.string().nullable(),
  paidFen: z.number().int(),
  /** Approved or queued, not yet paid. */
  pendingFen: z.number().int(),
  /** Due, but waiting until the talent records a payout account. */
  awaitingAccountFen: z.number().int(),
  lines: z.array(z.object({ period: z.string(), amountFen: z.number().int(), status: paymentLineStatus, settledAt: z.string().nullable() })),
});
export type MyBenefit = z.infer<typeof myBenefit>;

/** GET /api/v1/benefits/mine */
export const myBenefits = z.object({
  items: z.array(myBenefit),
  /** 免申即享's monthly comparison: when it last ran (null before the first) and when it runs next. */
  sweep: z.object({ lastOn: isoDate.nullable(), nextOn: isoDate }),
  totals: z.object({
    grantedFen: z.number().int(),
    paidFen: z.number().int(),
    pendingFen: z.number().int(),
    /** Payments due but waiting for a payout account, and how many. */
    awaitingAccountFen: z.number().int(),
    awaitingAccountLines: z.number().int(),
  }),
});
export type MyBenefits = z.infer<typeof myBenefits>;
