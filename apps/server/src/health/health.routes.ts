/** GET /api/health — liveness and database status, for load balancers and operators. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/context.js';
import { pingDatabase } from '../db/database.js';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number() }),
  version: z.string(),
});

/** Health routes. */
export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: { operationId: 'getHealth', tags: ['system'], summary: 'Service and database health', response: { 200: healthResponse, 503: healthResponse } },
      },
      async (_req, reply) => {
        const started = performance.now();
        let ok = true;
        try {
          await pingDatabase(ctx.db);
        } catch {
          ok = false;
        }
        const body = {
          status: ok ? ('ok' as const) : ('degraded' as const),
          database: { kind: ctx.database.kind, ok, latencyMs: Math.round((performance.now() - started) * 100) / 100 },
          version: '0.1.0',
        };
        return reply.status(ok ? 200 : 503).send(body);
      },
    );
  };
}
