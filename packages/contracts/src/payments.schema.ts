import { z } from 'zod';

/** A month `YYYY-MM`. */
export const paymentPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');

/**
 * Where a payment line stands: `awaiting_account` (the talent has recorded no payout account; it
 * waits outside the budget queue and reserves nothing), `queued` (waiting for budget or quota, in
 * fair order), `approved` (committed to the batch), then `paid` or `failed` from the bureau's file.
 */
export const PAYMENT_LINE_STATUSES = ['awaiting_account', 'queued', 'approved', 'paid', 'failed'] as const;
export const paymentLineStatus = z.enum(PAYMENT_LINE_STATUSES);
export type PaymentLineStatus = z.infer<typeof paymentLineStatus>;

/** POST /api/v1/payment-batches */
export const createBatchBody = z.object({ period: paymentPeriod }).strict();
export type CreateBatchBody = z.infer<typeof createBatchBody>;

/** Line counts and sums of a batch by status. */
export const batchTotals = z.object({
  lines: z.number().int(),
  approvedFen: z.number().int(),
  approved: z.number().int(),
  queued: z.number().int(),
  queuedFen: z.number().int(),
  paid: z.number().int(),
  paidFen: z.number().int(),
  failed: z.number().int(),
  failedFen: z.number().int(),
  /** Lines waiting for their talent's payout account (not in the budget queue, not exported). */
  awaitingAccount: z.number().int(),
  awaitingAccountFen: z.number().int(),
});
export type BatchTotals = z.infer<typeof batchTotals>;

/** A payment batch (one per month). */
export const paymentBatch = z.object({
  id: z.string().uuid(),
  period: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  totals: batchTotals,
  /** Released to the finance bureau (exportable) only once `approved` by a second officer. */
  status: z.enum(['awaiting_approval', 'approved']),
  createdBy: z.string().uuid().nullable(),
  createdByName: z.string().nullable(),
  /** The viewer created this batch, so another officer must approve it. */
  madeByYou: z.boolean(),
  approvedBy: z.string().uuid().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** Lines added by this request (0 when it had run before). */
  added: z.number().int().optional(),
});
export type PaymentBatch = z.infer<typeof paymentBatch>;

/** GET /api/v1/payment-batches */
export const paymentBatchList = z.object({ items: z.array(paymentBatch) });
export type PaymentBatchList = z.infer<typeof paymentBatchList>;

/** :id params. */
export const batchParams = z.object({ id: z.string().uuid() }).strict();

/** GET /api/v1/payment-batches/:id/lines query. */
export const batchLinesQuery = z
  .object({
    status: paymentLineStatus.optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

/** One ledger line. */
export const paymentLine = z.object({
  id: z.string().uuid(),
  period: z.string(),
  talentId: z.string().uuid(),
  talentName: z.string(),
  policyId: z.string(),
  policyTitle: z.object({ zh: z.string(), en: z.string() }),
  /** The policy's department code (the city's data names it). */
  department: z.string().nullable(),
  amountFen: z.number().int(),
  status: paymentLineStatus,
  startDate: z.string(),
  failureReason: z.string().nullable(),
});

/** A page of lines. */
export const paymentLinePage = z.object({ items: z.array(paymentLine), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type PaymentLinePage = z.infer<typeof paymentLinePage>;

/** The result of importing the finance bureau's file. */
export const importResult = z.object({ rows: z.number().int(), paid: z.number().int(), failed: z.number().int(), unchanged: z.number().int() });
export type ImportResult = z.infer<typeof importResult>;

/** A policy's budget for a year: set, committed (approved + paid), paid, queued. */
export const policyBudget = z.object({
  policyId: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  department: z.string().nullable(),
  year: z.number().int(),
  annualFen: z.number().int(),
  quota: z.number().int(),
  /** True when the office set it; false when it comes from the policy YAML. */
  overridden: z.boolean(),
  committedFen: z.number().int(),
  paidFen: z.number().int(),
  queuedFen: z.number().int(),
  queuedLines: z.number().int(),
  /** Entitlements (people) with a committed line this year. */
  quotaUsed: z.number().int(),
});
export type PolicyBudget = z.infer<typeof policyBudget>;

/** GET /api/v1/budgets?year= */
export const budgetQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict();
export const budgetList = z.object({ year: z.number().int(), items: z.array(policyBudget) });
export type BudgetList = z.infer<typeof budgetList>;

/** /api/v1/budgets/:year/:policyId/… */
export const budgetParams = z.object({ year: z.coerce.number().int().min(2000).max(2100), policyId: z.string().min(1).max(100) }).strict();
