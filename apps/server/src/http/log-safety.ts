/**
 * What the logs may hold: a failed query's shape (its SQL text and how many parameters it
 * had), never the parameter values — those are password hashes, token hashes, sealed personal
 * data; a database error's code, table and constraint, never its `detail` ("Key (x)=(value)").
 * Request lines are logged without their query string (a search may be a person's name); every
 * line of a request carries its id (`reqId`, the X-Request-Id), and the answer's line names the
 * route template and the problem's code, so lines are found and counted without reading values.
 */
import type { FastifyRequest } from 'fastify';
import { problemCodeOf } from './errors.js';

/** A logged error: type, message and stack without values, and its cause the same way. */
export interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
  code?: string;
  statusCode?: number;
  severity?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  query?: string;
  paramCount?: number;
  cause?: SafeError;
}

/** Quoted values in a message (`invalid input syntax for type uuid: "…"`) become `"…"`. */
function redactQuoted(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\(([^()]*)\)=\(([^()]*)\)/g, '($1)=(…)');
}

/** A PostgreSQL server error (pg's DatabaseError or PGlite's equivalent). */
function isDatabaseError(
  err: object,
): err is Error & { code: string; severity?: string; table?: string; column?: string; constraint?: string; routine?: string } {
  return typeof (err as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test((err as { code: string }).code) && 'severity' in err;
}

/** Serializes an error for the log without the values it carries. */
export function safeError(err: unknown, depth = 0): SafeError {
  if (!(err instanceof Error)) return { type: typeof err, message: '(not an Error)', stack: '' };
  const type = err.constructor?.name ?? 'Error';
  const out: SafeError = { type, message: '', stack: '' };
  const withQuery = err as Error & { query?: unknown; params?: unknown };
  if (typeof withQuery.query === 'string' && Array.isArray(withQuery.params)) {
    out.message = `Failed query: ${withQuery.query}`;
    out.query = withQuery.query;
    out.paramCount = withQuery.params.length;
  } else {
    out.message = redactQuoted(err.message);
  }
  if (isDatabaseError(err)) {
    out.code = err.code;
    for (const k of ['severity', 'table', 'column', 'constraint', 'routine'] as const) if (typeof err[k] === 'string') out[k] = err[k];
  } else if (typeof (err as { code?: unknown }).code === 'string') {
    out.code = (err as unknown as { code: string }).code;
  }
  const statusCode = (err as { statusCode?: unknown }).statusCode;
  if (typeof statusCode === 'number') out.statusCode = statusCode;
  const frames = (err.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  out.stack = [`${type}: ${out.message}`, ...frames].join('\n');
  if (err.cause !== undefined && depth < 4) out.cause = safeError(err.cause, depth + 1);
  return out;
}

/**
 * The request as logged: method and path without query string. Not the client's address: it is
 * personal data, kept where a reason and a retention rule go with it — the audit log (who did what)
 * and the proxy's access log — not in the application's lines.
 */
export function safeRequest(req: FastifyRequest) {
  return {
    method: req.method,
    url: (req.url ?? '').split('?')[0],
    host: req.host,
  };
}

/** The answer as logged: its status, the route template it came from, and its problem code if any. */
export function safeReply(reply: { statusCode: number; request?: { routeOptions?: { url?: string | undefined } } }) {
  const code = problemCodeOf(reply);
  return {
    statusCode: reply.statusCode,
    ...(reply.request?.routeOptions?.url ? { route: reply.request.routeOptions.url } : {}),
    ...(code ? { code } : {}),
  };
}

/** pino serializers for the server's logger. */
export const logSerializers = { err: (err: unknown) => safeError(err), req: safeRequest, res: safeReply };
