/** /api/v1/audit — the tamper-evident audit log, for auditors and administrators (read-only). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditCheckpointList, auditFilter, auditPage as auditPageSchema, auditQuery, auditVerifyResult } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';
import { auditPage, auditWorkbook } from './audit-view.service.js';

/** Audit routes. */
export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/audit',
      {
        schema: {
          operationId: 'listAuditEntries',
          tags: ['audit'],
          summary: 'Audit entries, newest first, filtered by actor (name or login), entity, action (or its prefix) and business dates',
          querystring: auditQuery,
          response: { 200: auditPageSchema },
        },
      },
      async (request) => auditPage(ctx, request.query),
    );

    app.get(
      '/api/v1/audit/export',
      {
        schema: {
          operationId: 'exportAuditEntries',
          tags: ['audit'],
          summary: 'The entries matching the filters as an Excel workbook (newest first, at most 50,000 rows); the export itself is audited',
          querystring: auditFilter,
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]) },
        },
      },
      async (request, reply) => {
        const { fileName, data } = await auditWorkbook(ctx, principalOf(request), request.query);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );

    app.get(
      '/api/v1/audit/verify',
      {
        schema: {
          operationId: 'verifyAuditChain',
          tags: ['audit'],
          summary: 'Walk the hash chain and report the first broken link',
          response: { 200: auditVerifyResult },
        },
      },
      async () => ctx.audit.verify(),
    );

    app.get(
      '/api/v1/audit/checkpoints',
      {
        schema: {
          operationId: 'listAuditCheckpoints',
          tags: ['audit'],
          summary: 'Signed checkpoints of the chain kept in the data folder (entry count and head hash), newest first',
          response: { 200: auditCheckpointList },
        },
      },
      async () => ({ items: ctx.audit.checkpoints(20).map(({ mac: _m, ...c }) => c) }),
    );
  };
}
