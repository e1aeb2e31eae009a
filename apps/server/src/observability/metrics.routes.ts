/**
 * `GET /metrics`: the Prometheus exposition, for the monitoring system only. It answers a
 * request bearing `Authorization: Bearer <BOLE_METRICS_TOKEN>`; any other gets 401 problem+json,
 * and without a configured token the endpoint is off (404). Not in the OpenAPI document.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { notFound, unauthenticated } from '../http/errors.js';
import type { Metrics } from './metrics.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether an Authorization header carries the token (compared in constant time). */
export function bearsToken(authorization: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return m !== null && timingSafeEqual(digest(m[1]!), digest(token));
}

/** Registers `/metrics` on the root of the application. */
export function metricsRoutes(metrics: Metrics, token: string | undefined) {
  return async (app: FastifyInstance) => {
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      if (token === undefined)
        throw notFound({ en: 'The metrics endpoint (set BOLE_METRICS_TOKEN to turn it on)', zh: '监控指标接口（需配置 BOLE_METRICS_TOKEN）' });
      if (!bearsToken(request.headers.authorization, token)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        throw unauthenticated({ en: 'The metrics need the monitoring token (Authorization: Bearer …).', zh: '查看监控指标需提供监控令牌。' });
      }
      return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  };
}
