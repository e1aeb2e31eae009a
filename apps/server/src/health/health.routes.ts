/**
 * Health probes for load balancers and orchestrators:
 * - `GET /api/health/live`: the process answers (no database call); 200 unless it is wedged.
 * - `GET /api/health/ready`: this node should get traffic — the database answers, has every
 *   migration this code knows, and the server is not stopping; 200, else 503 with what is wrong.
 * - `GET /api/health`: the same as ready (kept for existing checks).
 * Both answer while the server stops, so a load balancer sees `stopping` rather than a refusal.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/context.js';
import { migrationsApplied } from '../db/migrate.js';

const VERSION = '0.1.0';

const readyResponse = z.object({
  status: z.enum(['ok', 'degraded', 'stopping']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number() }),
  migrations: z.object({ ok: z.boolean() }),
  version: z.string(),
});

const liveResponse = z.object({
  status: z.literal('ok'),
  uptimeSeconds: z.number(),
  version: z.string(),
});

/** What the ready probe needs beyond the context: whether the server began to stop. */
export interface HealthOptions {
  isClosing: () => boolean;
}

/** Health routes. */
export function healthRoutes(ctx: AppContext, opts: HealthOptions): FastifyPluginAsyncZod {
  const routeConfig = { access: 'public' as const, answersWhileClosing: true };

  const ready = async () => {
    const started = performance.now();
    let reachable = true;
    let migrated = false;
    try {
      migrated = await migrationsApplied(ctx.db);
    } catch {
      reachable = false;
    }
    const stopping = opts.isClosing();
    const ok = reachable && migrated && !stopping;
    return {
      ok,
      body: {
        status: stopping ? ('stopping' as const) : ok ? ('ok' as const) : ('degraded' as const),
        database: { kind: ctx.database.kind, ok: reachable, latencyMs: Math.round((performance.now() - started) * 100) / 100 },
        migrations: { ok: migrated },
        version: VERSION,
      },
    };
  };

  return async (app) => {
    const readySchema = { tags: ['system'], response: { 200: readyResponse, 503: readyResponse } };
    for (const url of ['/api/health', '/api/health/ready']) {
      app.get(
        url,
        {
          config: routeConfig,
          schema: {
            ...readySchema,
            operationId: url === '/api/health' ? 'getHealth' : 'getReadiness',
            summary: url === '/api/health' ? 'Readiness (the same as /api/health/ready)' : 'Readiness: database reachable, migrated, not stopping',
          },
        },
        async (_req, reply) => {
          const r = await ready();
          return reply.status(r.ok ? 200 : 503).send(r.body);
        },
      );
    }
    app.get(
      '/api/health/live',
      {
        config: routeConfig,
        schema: { operationId: 'getLiveness', tags: ['system'], summary: 'Liveness: the process answers (no database call)', response: { 200: liveResponse } },
      },
      async () => ({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()), version: VERSION }),
    );
  };
}
