import { z } from 'zod';
import { isoDate } from './common.schema.js';

/** POST /api/v1/sweeps: run the 免申即享 sweep at a date (default: today). */
export const startSweepBody = z.object({ at: isoDate.optional() }).strict();
export type StartSweepBody = z.infer<typeof startSweepBody>;

/** A sweep job and its progress. */
export const sweepJob = z.object({
  id: z.string().uuid(),
  status: z.enum(['running', 'done', 'failed', 'abandoned']),
  at: z.string(),
  processed: z.number().int(),
  total: z.number().int(),
  /** 0–100. */
  percent: z.number(),
  counts: z.record(z.string(), z.number()),
  checkpoint: z.string().nullable(),
  error: z.string().nullable(),
  resumed: z.boolean().optional(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type SweepJob = z.infer<typeof sweepJob>;

/** Latest sweeps. */
export const sweepList = z.object({ items: z.array(sweepJob) });
export type SweepList = z.infer<typeof sweepList>;

/** GET /api/v1/sweeps/:id */
export const sweepParams = z.object({ id: z.string().uuid() }).strict();

/** GET /api/v1/sweeps/:id/diff query. */
export const sweepDiffQuery = z
  .object({
    change: z.enum(['new', 'changed', 'ended']).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

/** One change of a sweep against the state the previous sweep left. */
export const sweepChange = z.object({
  talentId: z.string(),
  policyId: z.string(),
  source: z.string(),
  change: z.enum(['new', 'changed', 'ended']),
  oldAmountFen: z.number().int().nullable(),
  newAmountFen: z.number().int().nullable(),
});

/** The diff of a sweep. */
export const sweepDiff = z.object({
  sweepId: z.string().uuid(),
  previousSweepId: z.string().uuid().nullable(),
  totals: z.object({ new: z.number().int(), changed: z.number().int(), ended: z.number().int() }),
  byPolicy: z.array(z.object({ policyId: z.string(), change: z.string(), source: z.string(), n: z.number().int(), deltaFen: z.number().int() })),
  items: z.array(sweepChange),
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
  lines: z.array(z.object({ period: z.string(), amountFen: z.number().int(), status: z.string(), settledAt: z.string().nullable() })),
});
export type MyBenefit = z.infer<typeof myBenefit>;

/** GET /api/v1/benefits/mine */
export const myBenefits = z.object({
  items: z.array(myBenefit),
  totals: z.object({ grantedFen: z.number().int(), paidFen: z.number().int(), pendingFen: z.number().int() }),
});
export type MyBenefits = z.infer<typeof myBenefits>;
