/**
 * Stopping without dropping work: once the server begins to close (SIGTERM), requests already
 * being served finish, for at most a grace period; a request that still arrives on an open
 * connection gets 503 problem+json BOLE_SHUTTING_DOWN with Retry-After (a proxy sends it to
 * another node), and the connection is closed after the answer.
 */
import type { FastifyInstance } from 'fastify';
import { fail, sendProblem } from './errors.js';

/** Seconds a client is asked to wait before trying again while this node stops. */
const SHUTDOWN_RETRY_AFTER_SECONDS = 5;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route still answers while the server stops (the health probes, which say so themselves). */
    answersWhileClosing?: boolean;
  }
}

/**
 * Answers every request that arrives after closing began with 503 problem+json, except on
 * routes that answer while closing; returns whether closing has begun.
 */
export function installShutdownGate(app: FastifyInstance): () => boolean {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close');
    if (request.routeOptions.config?.answersWhileClosing) return;
    reply.header('retry-after', String(SHUTDOWN_RETRY_AFTER_SECONDS));
    return sendProblem(request, reply, fail('BOLE_SHUTTING_DOWN'), { instance: request.url.split('?')[0] });
  });
  return () => closing;
}

/**
 * Closes the server: stops accepting connections, lets requests in flight finish for at most
 * `graceMs`, then cuts what is left. Resolves when the server is closed.
 */
export async function closeGracefully(app: FastifyInstance, graceMs: number): Promise<{ cut: boolean }> {
  let cut = false;
  const timer = setTimeout(() => {
    cut = true;
    app.server.closeAllConnections();
  }, graceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
  return { cut };
}
