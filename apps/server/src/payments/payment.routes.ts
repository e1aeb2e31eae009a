/**
 * HTTP routes of the payment ledger (batches, the bureau's Excel file, budgets) and of the
 * talent's 我的待遇.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  batchLinesQuery,
  batchParams,
  budgetList,
  budgetParams,
  budgetQuery,
  createBatchBody,
  importResult,
  myBenefits as myBenefitsSchema,
  paymentBatch,
  paymentBatchList,
  paymentLinePage,
  problem,
  proposeBudgetBody,
  secondApproval,
  budgetHistory as budgetHistorySchema,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { multipartUploads } from '../http/multipart.js';
import { approveBatch, createBatch, getPaymentBatch, listBudgets, listPaymentBatches, paymentLinesOf } from './payment.service.js';
import { budgetHistory, proposeBudgetChange } from './budget-change.service.js';
import { exportBatch, importBatch } from './payment-file.service.js';
import { myBenefits } from './my-benefits.service.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';

const tags = ['payments'];
const MAX_FILE = 50 * 1024 * 1024;

/** Routes under /api/v1/payment-batches, /api/v1/budgets and /api/v1/benefits/mine. */
export function paymentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const uploads = multipartUploads({ maxFileBytes: MAX_FILE });
    await uploads.register(app);

    app.post(
      '/api/v1/payment-batches',
      {
        schema: {
          operationId: 'createPaymentBatch',
          tags,
          summary: 'Create (or top up) the payment batch of a month; never pays a line twice',
          body: createBatchBody,
          response: { 200: paymentBatch, 400: problem },
        },
      },
      async (req) => createBatch(ctx, principalOf(req), req.body.period),
    );

    app.get(
      '/api/v1/payment-batches',
      {
        schema: { operationId: 'listPaymentBatches', tags, summary: 'Payment batches with totals', response: { 200: paymentBatchList } },
      },
      async (req) => ({ items: await listPaymentBatches(ctx, principalOf(req)) }),
    );

    app.get(
      '/api/v1/payment-batches/:id',
      {
        schema: { operationId: 'getPaymentBatch', tags, summary: 'A payment batch', params: batchParams, response: { 200: paymentBatch, 404: problem } },
      },
      async (req) => getPaymentBatch(ctx, req.params.id, principalOf(req)),
    );

    app.post(
      '/api/v1/payment-batches/:id/approve',
      {
        config: { errorCodes: ['BOLE_SAME_OFFICER'] },
        schema: {
          operationId: 'approvePaymentBatch',
          tags,
          summary: 'A second officer approves the batch, releasing it to the finance bureau; its creator cannot (403)',
          params: batchParams,
          response: { 200: paymentBatch, 403: problem, 404: problem },
        },
      },
      async (req) => approveBatch(ctx, principalOf(req), req.params.id),
    );

    app.get(
      '/api/v1/payment-batches/:id/lines',
      {
        schema: {
          operationId: 'listPaymentLines',
          tags,
          summary: 'Lines of a batch',
          params: batchParams,
          querystring: batchLinesQuery,
          response: { 200: paymentLinePage, 404: problem },
        },
      },
      async (req) => paymentLinesOf(ctx, req.params.id, req.query),
    );

    app.get(
      '/api/v1/payment-batches/:id/export.xlsx',
      {
        config: { errorCodes: ['BOLE_BATCH_NOT_APPROVED'] },
        schema: {
          operationId: 'exportPaymentBatch',
          tags,
          summary:
            'The approved batch as an Excel file for the finance bureau (ID numbers masked, payout account numbers in full: audited as a read of personal data); 409 before approval',
          params: batchParams,
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (req, reply) => {
        const { fileName, data } = await exportBatch(ctx, principalOf(req), req.params.id, req.ip ?? null);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );

    app.post(
      '/api/v1/payment-batches/:id/import',
      {
        schema: {
          operationId: 'importPaymentResults',
          tags,
          summary: 'Re-import the bureau’s file (multipart field "file"): lines marked paid or failed; all rows or none',
          params: batchParams,
          response: { 200: importResult, 400: problem, 404: problem },
        },
      },
      async (req) => {
        const { file } = await uploads.readBuffered(req, 'the .xlsx');
        return importBatch(ctx, principalOf(req), req.params.id, file.data);
      },
    );

    app.get(
      '/api/v1/budgets',
      {
        schema: {
          operationId: 'listBudgets',
          tags,
          summary: 'Budgets per policy for a year: budget, committed, paid, queued',
          querystring: budgetQuery,
          response: { 200: budgetList },
        },
      },
      async (req) => listBudgets(ctx, req.query.year),
    );

    app.post(
      '/api/v1/budgets/:year/:policyId/changes',
      {
        config: { errorCodes: ['BOLE_BUDGET_BELOW_COMMITTED', 'BOLE_APPROVAL_PENDING'] },
        schema: {
          operationId: 'proposeBudgetChange',
          tags,
          summary:
            'Propose a policy’s budget and quota for a year, with a reason; set only when a second officer approves it (POST /api/v1/approvals/:id/approve)',
          params: budgetParams,
          body: proposeBudgetBody,
          response: { 201: secondApproval, 400: problem, 404: problem, 409: problem },
        },
      },
      async (req, reply) => reply.code(201).send(await proposeBudgetChange(ctx, principalOf(req), req.params.year, req.params.policyId, req.body)),
    );

    app.get(
      '/api/v1/budgets/:year/:policyId/history',
      {
        schema: {
          operationId: 'getBudgetHistory',
          tags,
          summary: 'Every proposed change of a policy’s budget for a year: old and new figures, reason, maker, second officer, times; newest first',
          params: budgetParams,
          response: { 200: budgetHistorySchema, 404: problem },
        },
      },
      async (req) => ({
        policyId: req.params.policyId,
        year: req.params.year,
        items: await budgetHistory(ctx, principalOf(req), req.params.year, req.params.policyId),
      }),
    );

    app.get(
      '/api/v1/benefits/mine',
      {
        schema: {
          operationId: 'getMyBenefits',
          tags: ['benefits'],
          summary: '我的待遇: my entitlements, paid and pending',
          response: { 200: myBenefitsSchema, 403: problem },
        },
      },
      async (req) => myBenefits(ctx, principalOf(req)),
    );
  };
}
