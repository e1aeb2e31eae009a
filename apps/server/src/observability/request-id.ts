/**
 * Every request has an id: the `X-Request-Id` a reverse proxy (or a client) sent when it is
 * well-formed — at most 128 letters, digits and `-_.:` — or else a new UUID. Fastify puts it on
 * every log line of the request (`reqId`); the answer carries it back in `X-Request-Id`, and a
 * problem+json body in `requestId`, so a person reporting a failure can quote it and an operator
 * finds the request's log lines and audit entries.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** The header the id comes in and goes back in. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What an accepted incoming id looks like: short, and nothing a log line or header could be broken by. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fastify's `genReqId`: the incoming id when well-formed, else a new UUID. */
export function requestIdOf(raw: IncomingMessage): string {
  const sent = raw.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && WELL_FORMED.test(sent) ? sent : randomUUID();
}

/** Sends the request's id back in `X-Request-Id` on every answer, errors and refusals included. Install before any other hook. */
export function installRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}
