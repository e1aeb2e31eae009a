/** /api/v1/audit — the tamper-evident audit log, for auditors and administrators (read-only). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf, pageQuery } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { listAuditEntries } from './audit.repository.js';

/** GET /api/v1/audit query: a page, optionally of one entity (`entity=user&entityId=…`). */
const auditQuery = pageQuery.extend({ entity: z.string().trim().min(1).max(64).optional(), entityId: z.string().trim().min(1).max(128).optional() }).strict();

const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  hash: z.string(),
});

const verifyResult = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  brokenAtId: z.number().int().optional(),
  reason: z.string().optional(),
});

const checkpoint = z.object({
  at: z.string(),
  count: z.number().int(),
  headId: z.number().int(),
  headHash: z.string(),
  valid: z.boolean(),
});

/** Audit routes. */
export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/audit',
      {
        schema: {
          operationId: 'listAuditEntries',
          tags: ['audit'],
          summary: 'Audit entries, newest first',
          querystring: auditQuery,
          response: { 200: pageOf(auditEntry) },
        },
      },
      async (request) => {
        const q = request.query;
        const { rows, total } = await listAuditEntries(ctx.db, {
          limit: q.pageSize,
          offset: (q.page - 1) * q.pageSize,
          entity: q.entity,
          entityId: q.entityId,
        });
        const items = rows.map(({ prevHash: _p, ...r }) => ({ ...r, at: new Date(r.at).toISOString() }));
        return { items, total, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/api/v1/audit/verify',
      {
        schema: {
          operationId: 'verifyAuditChain',
          tags: ['audit'],
          summary: 'Walk the hash chain and report the first broken link',
          response: { 200: verifyResult },
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
          response: { 200: z.object({ items: z.array(checkpoint) }) },
        },
      },
      async () => ({ items: ctx.audit.checkpoints(20).map(({ mac: _m, ...c }) => c) }),
    );
  };
}
