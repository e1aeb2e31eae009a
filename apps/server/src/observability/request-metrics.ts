/** Counts every answered request in the metrics: route template, status, latency, problem code. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problemCodeOf } from '../http/errors.js';
import type { Metrics } from './metrics.js';

/** The route template a request matched (`/api/v1/talents/:id`), never its URL; `unmatched` for none. */
export function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

/** Records each request once its answer is sent. */
export function installRequestMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest({
      method: request.method,
      route: routeOf(request),
      status: reply.statusCode,
      seconds: reply.elapsedTime / 1000,
      code: problemCodeOf(reply),
    });
  });
}
