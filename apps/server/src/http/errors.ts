/**
 * RFC 9457 problem+json errors with stable `BOLE_*` codes from the catalogue in
 * `@bole/contracts`, a bilingual message a person can act on, and the fields at fault. Services
 * throw `fail(code, …)`; the error handler turns every error (ours, Fastify's, validation) into
 * a problem response and never leaks a stack.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  errorDefinition,
  renderError,
  type ErrorCode,
  type ErrorCodeWithoutParams,
  type ErrorParamArgs,
  type ErrorParams,
  type ErrorText,
} from '@bole/contracts';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/database-errors.js';
import { REQUEST_ID_HEADER } from '../observability/request-id.js';

/** One field at fault: a dotted path (`birthDate`, `employer.chain`) and what is wrong. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failure a caller can act on; becomes a problem+json response. Its status, title and
 * bilingual detail come from the error catalogue of `@bole/contracts`: raise it by code,
 * `fail('BOLE_…', params, errors)`, never with text of its own.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly status: number;
  /** What the code means (problem+json `title`). */
  readonly title: string;
  readonly messageZh: string;
  readonly errors?: FieldError[];

  constructor(
    readonly code: C,
    ...args: ErrorParamArgs<C, [errors?: FieldError[]]>
  ) {
    const [params, errors] = args as [ErrorParams<C> | undefined, FieldError[] | undefined];
    const r = (renderError as (code: ErrorCode, params?: object) => ReturnType<typeof renderError>)(code, params);
    super(r.detail.en);
    this.status = r.status;
    this.title = r.title.en;
    this.messageZh = r.detail.zh;
    if (errors) this.errors = errors;
  }
}

/** The error of a catalogue code with its message parameters and the fields at fault. */
export function fail<C extends ErrorCode>(code: C, ...args: ErrorParamArgs<C, [errors?: FieldError[]]>): AppError<C> {
  return new AppError(code, ...args);
}

/** 400 with field errors; `summary` opens the English detail. */
export const invalid = (errors: FieldError[], summary?: string) =>
  fail('BOLE_VALIDATION', { fields: describe(errors), ...(summary ? { summary } : {}) }, errors);
/** 401: not signed in or bad credentials. */
export const unauthenticated = (reason?: ErrorText) => fail('BOLE_UNAUTHENTICATED', reason ? { reason } : {});
/** 403: signed in but not allowed. */
export const forbidden = (reason?: ErrorText) => fail('BOLE_FORBIDDEN', reason ? { reason } : {});
/** 404 naming what was not found (`{ en: 'The talent', zh: '该人才' }`). */
export const notFound = (what: ErrorText) => fail('BOLE_NOT_FOUND', { what });

function describe(errors: FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}

/** Where a problem happened: the path asked for and the request's id (`X-Request-Id`). */
export interface ProblemOrigin {
  instance?: string | undefined;
  requestId?: string | undefined;
}

/** The problem+json body for an error; `status` only differs for a client error of no code of ours. */
export function toProblem(e: AppError, { instance, requestId }: ProblemOrigin = {}, status = e.status) {
  return {
    type: `https://bole.dev/problems/${e.code
      .toLowerCase()
      .replace(/^bole_/, '')
      .replace(/_/g, '-')}`,
    title: e.title,
    status,
    code: e.code,
    detail: e.message,
    detailZh: e.messageZh,
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
    ...(e.errors && e.errors.length ? { errors: e.errors } : {}),
  };
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  /** fastify-type-provider-zod puts the zod issue code here and the rest of the issue in `params`. */
  keyword?: string;
  params?: { keys?: string[]; issue?: { path?: PropertyKey[]; message?: string; code?: string; keys?: string[] } };
}

function issueToFieldErrors(issue: ValidationIssue, context: string | undefined): FieldError[] {
  const zodIssue = issue.params?.issue;
  const base = (zodIssue?.path ?? (issue.instancePath ?? '').split('/').filter(Boolean)).map(String);
  const unknownKeys = zodIssue?.code === 'unrecognized_keys' ? zodIssue.keys : issue.keyword === 'unrecognized_keys' ? issue.params?.keys : undefined;
  if (unknownKeys?.length) {
    return unknownKeys.map((k) => ({ field: [...base, k].join('.'), message: 'is not a known field' }));
  }
  const field = base.join('.') || context || 'body';
  return [{ field, message: zodIssue?.message ?? issue.message ?? 'is invalid' }];
}

/** Maps Fastify's own client errors to codes of the catalogue. */
const FASTIFY_CODES: Record<string, ErrorCodeWithoutParams> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BOLE_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'BOLE_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BOLE_MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BOLE_MALFORMED_JSON',
  FST_ERR_BAD_URL: 'BOLE_BAD_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'BOLE_URI_TOO_LONG',
  FST_ERR_RATE_LIMITED: 'BOLE_RATE_LIMITED',
};

/** The code of a client error Fastify, a plugin or Node's parser raised without one of ours: the catalogue's code of that status. */
const BY_STATUS = new Map<number, ErrorCodeWithoutParams>(
  (
    [
      'BOLE_BAD_REQUEST',
      'BOLE_NOT_FOUND',
      'BOLE_METHOD_NOT_ALLOWED',
      'BOLE_NOT_ACCEPTABLE',
      'BOLE_REQUEST_TIMEOUT',
      'BOLE_BODY_TOO_LARGE',
      'BOLE_URI_TOO_LONG',
      'BOLE_UNSUPPORTED_MEDIA_TYPE',
      'BOLE_RATE_LIMITED',
      'BOLE_HEADERS_TOO_LARGE',
    ] satisfies ErrorCodeWithoutParams[]
  ).map((code) => [errorDefinition(code).status, code]),
);

/** The error of a code whose message needs no parameter (the type checker cannot see that for a union of codes). */
const withoutParams = (code: ErrorCodeWithoutParams): AppError => new (AppError as unknown as new (code: ErrorCodeWithoutParams) => AppError)(code);

/** The error of a 4xx Fastify, a plugin or Node's HTTP parser raised. */
function clientError(status: number, fastifyCode: string | undefined): AppError {
  const code = (fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined) ?? BY_STATUS.get(status);
  return code ? withoutParams(code) : fail('BOLE_CLIENT_ERROR', { status });
}

/** The code each problem answer was sent with, for the request metrics. */
const problemCodes = new WeakMap<object, ErrorCode>();

/** The `BOLE_*` code of the problem this reply answered with, if it answered one. */
export function problemCodeOf(reply: object): ErrorCode | undefined {
  return problemCodes.get(reply);
}

/**
 * Answers with the problem+json of `error`: at `instance` (the request's URL unless given),
 * carrying the request's id. Every problem answer of the server goes through here.
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError, opts: { status?: number; instance?: string } = {}): FastifyReply {
  const status = opts.status ?? error.status;
  problemCodes.set(reply, error.code);
  return reply
    .status(status)
    .type('application/problem+json')
    .send(toProblem(error, { instance: opts.instance ?? request.url, requestId: request.id }, status));
}

/**
 * Fastify's `frameworkErrors`: errors raised before a route is found (a path that is not
 * valid percent-encoding, a path parameter over the length limit) as problem+json.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  const path = (request.raw.url ?? '').split('?')[0];
  // Raised before any hook ran: the request id header is set here.
  reply.header(REQUEST_ID_HEADER, request.id);
  void sendProblem(request, reply, clientError(status, error.code), { status, ...(path ? { instance: path } : {}) });
}

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser cannot read (a raw 0xFF byte in
 * the path, a bad header) gets a problem+json answer and the connection is closed cleanly
 * (`Connection: close`, then FIN — no reset).
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const requestId = randomUUID();
  const body = JSON.stringify(toProblem(clientError(status, undefined), { requestId }, status));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Installs the problem+json error and not-found handlers. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const errors = (error.validation as ValidationIssue[]).flatMap((i) => issueToFieldErrors(i, context));
      return sendProblem(request, reply, invalid(errors));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const fastifyCode = error instanceof SyntaxError && !FASTIFY_CODES[error.code] ? 'FST_ERR_CTP_INVALID_JSON_BODY' : error.code;
      return sendProblem(request, reply, clientError(status, fastifyCode), { status });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return sendProblem(request, reply, fail('BOLE_DATABASE_UNAVAILABLE'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, fail('BOLE_INTERNAL'));
  });
}

/** The error of an unknown API route (`path` without its query string). */
export function routeNotFound(path: string): AppError {
  return notFound({ en: `An API route for ${path}`, zh: '该接口' });
}
