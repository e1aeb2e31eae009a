/**
 * RFC 9457 problem+json errors with stable `BOLE_*` codes, a bilingual message a person can
 * act on, and the fields at fault. Services throw `AppError`; the error handler turns every
 * error (ours, Fastify's, validation) into a problem response and never leaks a stack.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** One field at fault: a dotted path (`birthDate`, `employer.chain`) and what is wrong. */
export interface FieldError {
  field: string;
  message: string;
}

/** A failure a caller can act on; becomes a problem+json response. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh?: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }
}

/** 400 with field errors. */
export const invalid = (errors: FieldError[], message = 'The request has invalid fields.') =>
  new AppError(400, 'BOLE_VALIDATION', `${message} ${describe(errors)}`.trim(), `请求中有字段不合法：${describe(errors)}`, errors);
/** 401: not signed in or bad credentials. */
export const unauthenticated = (message = 'Sign in first.', zh = '请先登录。') => new AppError(401, 'BOLE_UNAUTHENTICATED', message, zh);
/** 403: signed in but not allowed. */
export const forbidden = (message = 'You are not allowed to do this.', zh = '您无权执行此操作。') =>
  new AppError(403, 'BOLE_FORBIDDEN', message, zh);
/** 404. */
export const notFound = (what: string, zh: string) => new AppError(404, 'BOLE_NOT_FOUND', `${what} was not found.`, `未找到${zh}。`);
/** 409: conflicts with existing state (duplicates, decided twice…). */
export const conflict = (code: string, message: string, zh: string, errors?: FieldError[]) =>
  new AppError(409, code, message, zh, errors);

function describe(errors: FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The problem+json body for an error. */
export function toProblem(status: number, code: string, detail: string, detailZh?: string, errors?: FieldError[], instance?: string) {
  return {
    type: `https://bole.dev/problems/${code.toLowerCase().replace(/^bole_/, '').replace(/_/g, '-')}`,
    title: STATUS_TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    ...(detailZh ? { detailZh } : {}),
    ...(instance ? { instance } : {}),
    ...(errors && errors.length ? { errors } : {}),
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

/** Maps Fastify's own client errors to stable codes. */
const FASTIFY_CODES: Record<string, { code: string; en: string; zh: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'BOLE_BODY_TOO_LARGE', en: 'The request body is too large.', zh: '请求体过大。' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'BOLE_UNSUPPORTED_MEDIA_TYPE', en: 'The content type is not supported; send application/json.', zh: '不支持该内容类型，请使用 application/json。' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BOLE_MALFORMED_JSON', en: 'The JSON body is empty.', zh: 'JSON 请求体为空。' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BOLE_MALFORMED_JSON', en: 'The body is not valid JSON.', zh: '请求体不是合法的 JSON。' },
  FST_ERR_BAD_URL: { code: 'BOLE_BAD_URL', en: 'The address is not valid: check its percent-encoding.', zh: '请求地址不合法，请检查其中的百分号编码。' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'BOLE_URI_TOO_LONG', en: 'A parameter in the address is too long.', zh: '请求地址中的参数过长。' },
  FST_ERR_RATE_LIMITED: { code: 'BOLE_RATE_LIMITED', en: 'Too many requests; wait and try again.', zh: '请求过于频繁，请稍后再试。' },
};

/** The code of a client error Fastify or a plugin raised without one of ours, by status. */
const STATUS_CODES_BOLE: Record<number, { code: string; en: string; zh: string }> = {
  400: { code: 'BOLE_BAD_REQUEST', en: 'The request could not be understood.', zh: '请求格式不正确。' },
  404: { code: 'BOLE_NOT_FOUND', en: 'Nothing was found at this address.', zh: '未找到请求的资源。' },
  405: { code: 'BOLE_METHOD_NOT_ALLOWED', en: 'This method is not allowed here.', zh: '不支持该请求方法。' },
  406: { code: 'BOLE_NOT_ACCEPTABLE', en: 'The request cannot be answered in an acceptable format.', zh: '无法以可接受的格式应答。' },
  408: { code: 'BOLE_REQUEST_TIMEOUT', en: 'The request took too long to arrive.', zh: '请求超时。' },
  413: { code: 'BOLE_BODY_TOO_LARGE', en: 'The request body is too large.', zh: '请求体过大。' },
  414: { code: 'BOLE_URI_TOO_LONG', en: 'The address or one of its parameters is too long.', zh: '请求地址或其参数过长。' },
  415: { code: 'BOLE_UNSUPPORTED_MEDIA_TYPE', en: 'The content type is not supported.', zh: '不支持该内容类型。' },
  429: FASTIFY_CODES.FST_ERR_RATE_LIMITED!,
  431: { code: 'BOLE_HEADERS_TOO_LARGE', en: 'The request headers are too large.', zh: '请求头过大。' },
};

/** The problem for a 4xx Fastify, a plugin or Node's HTTP parser raised. */
export function clientErrorProblem(status: number, fastifyCode: string | undefined, message: string, instance?: string) {
  const exact = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
  const byStatus = STATUS_CODES_BOLE[status];
  const known = exact ?? byStatus;
  return toProblem(status, known?.code ?? `BOLE_HTTP_${status}`, exact?.en ?? (message || byStatus?.en || 'Client error'), known?.zh, undefined, instance);
}

/**
 * Fastify's `frameworkErrors`: errors raised before a route is found (a path that is not
 * valid percent-encoding, a path parameter over the length limit) as problem+json.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  const path = (request.raw.url ?? '').split('?')[0];
  void reply.status(status).type('application/problem+json').send(clientErrorProblem(status, error.code, error.message, path));
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
  const body = JSON.stringify(clientErrorProblem(status, undefined, 'Client error'));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Installs the problem+json error and not-found handlers. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .type('application/problem+json')
        .send(toProblem(error.status, error.code, error.message, error.messageZh, error.errors, request.url));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const errors = (error.validation as ValidationIssue[]).flatMap((i) => issueToFieldErrors(i, context));
      const e = invalid(errors);
      return reply.status(400).type('application/problem+json').send(toProblem(400, e.code, e.message, e.messageZh, errors, request.url));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const fastifyCode = error instanceof SyntaxError && !FASTIFY_CODES[error.code] ? 'FST_ERR_CTP_INVALID_JSON_BODY' : error.code;
      return reply.status(status).type('application/problem+json').send(clientErrorProblem(status, fastifyCode, error.message, request.url));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .type('application/problem+json')
      .send(toProblem(500, 'BOLE_INTERNAL', 'Something went wrong on our side; the error was logged.', '服务器内部错误，已记录。', undefined, request.url));
  });
}

/** Problem response for an unknown API route. */
export function notFoundProblem(url: string) {
  return toProblem(404, 'BOLE_NOT_FOUND', `No API route matches ${url}.`, '接口不存在。', undefined, url);
}
