/** HTTP routes of second approvals: what awaits a second person, and their decisions. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { approveRequestBody, problem, rejectRequestBody, secondApproval, secondApprovalList, secondApprovalParams, secondApprovalQuery } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { approve, findFor, listFor, reject, withdraw } from './approval.service.js';
import { presentApproval } from './approval.present.js';

const tags = ['approvals'];

/** Routes under /api/v1/approvals. */
export function approvalRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const present = async (reader: ReturnType<typeof principalOf>, id: string) => presentApproval(ctx, await findFor(ctx, reader, id), reader);

    app.get(
      '/api/v1/approvals',
      {
        schema: {
          operationId: 'listSecondApprovals',
          tags,
          summary: 'Requests awaiting a second approver (or all, by status and kind) within the caller’s remit, newest first',
          querystring: secondApprovalQuery,
          response: { 200: secondApprovalList },
        },
      },
      async (req) => {
        const reader = principalOf(req);
        const status = req.query.status === 'all' ? undefined : req.query.status;
        const rows = await listFor(ctx, reader, { status, kind: req.query.kind });
        return { items: rows.map((r) => presentApproval(ctx, r, reader)) };
      },
    );

    app.get(
      '/api/v1/approvals/:id',
      {
        schema: {
          operationId: 'getSecondApproval',
          tags,
          summary: 'A second-approval request',
          params: secondApprovalParams,
          response: { 200: secondApproval, 404: problem },
        },
      },
      async (req) => present(principalOf(req), req.params.id),
    );

    app.post(
      '/api/v1/approvals/:id/approve',
      {
        config: { errorCodes: ['BOLE_APPROVAL_NOT_PENDING', 'BOLE_SAME_OFFICER', 'BOLE_APPROVAL_NOT_IN_REMIT'] },
        schema: {
          operationId: 'approveSecondApproval',
          tags,
          summary: 'A second person approves the request: its change is applied now; its maker cannot (403)',
          params: secondApprovalParams,
          body: approveRequestBody,
          response: { 200: secondApproval, 403: problem, 404: problem, 409: problem, 422: problem },
        },
      },
      async (req) => {
        const who = principalOf(req);
        await approve(ctx, who, req.params.id, req.body.note || null);
        return present(who, req.params.id);
      },
    );

    app.post(
      '/api/v1/approvals/:id/reject',
      {
        config: { errorCodes: ['BOLE_APPROVAL_NOT_PENDING', 'BOLE_SAME_OFFICER', 'BOLE_APPROVAL_NOT_IN_REMIT'] },
        schema: {
          operationId: 'rejectSecondApproval',
          tags,
          summary: 'A second person rejects the request, saying why; nothing is applied',
          params: secondApprovalParams,
          body: rejectRequestBody,
          response: { 200: secondApproval, 403: problem, 404: problem, 409: problem },
        },
      },
      async (req) => {
        const who = principalOf(req);
        await reject(ctx, who, req.params.id, req.body.note);
        return present(who, req.params.id);
      },
    );

    app.post(
      '/api/v1/approvals/:id/withdraw',
      {
        config: { errorCodes: ['BOLE_APPROVAL_NOT_PENDING', 'BOLE_APPROVAL_NOT_MAKER'] },
        schema: {
          operationId: 'withdrawSecondApproval',
          tags,
          summary: 'Its maker withdraws a request awaiting approval; nothing is applied',
          params: secondApprovalParams,
          response: { 200: secondApproval, 403: problem, 404: problem, 409: problem },
        },
      },
      async (req) => {
        const who = principalOf(req);
        await withdraw(ctx, who, req.params.id);
        return present(who, req.params.id);
      },
    );
  };
}
