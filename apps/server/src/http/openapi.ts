/**
 * The published OpenAPI document (`/api/docs/json`), complete enough to generate a client from
 * (ADR 0016). Routes state what only they know — `schema.operationId`, `schema.tags`, their
 * answers and `config.errorCodes` (catalogue codes their own rules raise); everything that
 * follows from a rule is derived here, once, for every operation:
 * - `security` from `config.access` (public routes: explicitly none), unless the route narrows it;
 * - the problem+json answers (`application/problem+json`, schema `Problem`) the access level,
 *   the request's shape and the rate limit can give, with the catalogue codes each may carry;
 *   every answer a route declares with the `problem` schema is relabelled the same way;
 * - a nullable enum lists `null` among its values (OpenAPI 3.0 reads `enum` before `nullable`).
 */
import { STATUS_CODES } from 'node:http';
import type { Readable } from 'node:stream';
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_CATALOGUE, errorDefinition, problem, type ErrorCode } from '@bole/contracts';
import type { Access } from './access.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Catalogue codes the route's own rules answer with (a 409 state rule, a 422 eligibility
     * rule…), published with the operation beside those its access level and input imply.
     */
    errorCodes?: readonly ErrorCode[];
  }
}

/** Every tag an operation may carry, with what it groups (an undescribed tag fails the lint). */
export const API_TAGS = [
  { name: 'system', description: 'Health of the service and the city it serves (districts, industry chains, departments).' },
  { name: 'auth', description: 'Sign-in, sessions, password change and recovery, bearer tokens.' },
  { name: 'admin', description: 'Staff accounts: creation, disabling, password resets, department-scoped tokens.' },
  { name: 'audit', description: 'The append-only, hash-chained audit log and its signed checkpoints.' },
  { name: 'talent-code', description: 'The signed talent code (人才码): keys, revocations, verification.' },
  { name: 'policies', description: 'Policy documents and versions, publication, the calculator and what-if simulation.' },
  { name: 'talents', description: 'Talent registration and profiles, verified facts, the payout account.' },
  { name: 'employers', description: 'Employer registration, profile and lists.' },
  { name: 'employment', description: 'Employment a talent names and its employer confirms, declines or ends.' },
  { name: 'engagements', description: 'Flexible engagement of experts and their check-ins on site.' },
  { name: 'demand-surveys', description: 'Demand surveys of employers by chain, their answers and completion.' },
  { name: 'evidence', description: 'Evidence files (PDF, JPEG, PNG) attached to recognitions and applications.' },
  { name: 'notifications', description: 'The signed-in account’s notifications.' },
  { name: 'recognition', description: 'Tier recognition: request, 人社局 and 人才办 review, public notice, objections, grant.' },
  { name: 'benefits', description: 'Entitlements and the 免申即享 sweep (preview, confirmation, per-person changes).' },
  { name: 'payments', description: 'Payment batches, their Excel export and re-import, budgets and quotas.' },
  { name: 'applications', description: 'Benefit applications by talents: applicable policies, applying, resubmitting, appealing.' },
  { name: 'review', description: 'Department review of applications with working-day deadlines and escalation.' },
  { name: 'calendar', description: 'The working-day calendar: years, official notices, Excel import and export.' },
  { name: 'data-exchange', description: '数据共享: departments deliver verified facts by file or from their systems.' },
  { name: 'approvals', description: 'Second approvals (four eyes): requests awaiting a second person, approve, reject, withdraw.' },
  { name: 'workbench', description: '工作台: what waits for each staff role and the employer — queue counts and the most urgent deadlines.' },
  { name: 'matching', description: 'Skills taxonomy, talents’ skills, postings, two-way matching, invitations and applications.' },
  {
    name: 'cockpit',
    description: '数据驾驶舱: the four indices per district or chain with their rank intervals, the indicators behind them and the published method.',
  },
  { name: 'housing', description: 'Talent apartments and expert housing: stock, rounds, applications, offers, waitlists.' },
  { name: 'events', description: 'Events: sessions, registration, waitlist offers, signed tickets and check-in at the door.' },
  { name: 'youth-stations', description: '青年驿站: stations, bed calendars, bookings, check-in by talent code, check-out, no-shows, occupancy.' },
  { name: 'service-desk', description: '关键小事: service requests and bundles, the closed loop with working-day clocks, escalation, concierge figures.' },
  { name: 'region', description: '长株潭 region: the signed trust list, signed messages between cities and their log, consents, facts requests.' },
  { name: 'programs', description: 'Programs and expert review: calls, applications and nominations, the expert pool, reviewer assignment, scoring.' },
] as const;

/** The media type of the Excel workbooks the API hands out and takes in. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A route's answer that is a file (a workbook, an evidence scan), for `schema.response`: the
 * document shows its media types with a binary body. The handler sends a Buffer or a stream,
 * which Fastify passes through without serializing.
 */
export function fileResponse(description: string, mediaTypes: readonly string[]) {
  const binary = z.custom<Buffer | Readable>(() => true).meta({ type: 'string', format: 'binary' });
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: binary }])) };
}

/** How a signed-in caller proves who they are: the web session cookie or a bearer token. */
const SIGNED_IN = [{ session: [] }, { bearer: [] }];
const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The codes an operation's traits bring (and, `server`, what any operation may answer). */
const TRAIT_CODES = {
  input: ['BOLE_VALIDATION'],
  jsonBody: ['BOLE_MALFORMED_JSON'],
  signedIn: ['BOLE_UNAUTHENTICATED', 'BOLE_FORBIDDEN'],
  passwordChange: ['BOLE_PASSWORD_CHANGE_REQUIRED'],
  unsafeMethod: ['BOLE_ORIGIN_MISMATCH'],
  pathId: ['BOLE_NOT_FOUND'],
  rateLimited: ['BOLE_RATE_LIMITED'],
  server: ['BOLE_INTERNAL', 'BOLE_DATABASE_UNAVAILABLE', 'BOLE_SHUTTING_DOWN'],
} satisfies Record<string, ErrorCode[]>;

interface RouteFacts {
  method: string;
  url: string;
  access: Access | undefined;
  duringPasswordChange: boolean;
  rateLimited: boolean;
  hasInput: boolean;
  hasJsonBody: boolean;
  errorCodes: readonly ErrorCode[];
}

/** The catalogue codes an operation can answer with, derived from its access level, input and limits. */
function errorCodesOf(route: RouteFacts): ErrorCode[] {
  const signedIn = route.access !== undefined && route.access !== 'public';
  const codes: ErrorCode[] = [
    ...(route.hasInput ? TRAIT_CODES.input : []),
    ...(route.hasJsonBody ? TRAIT_CODES.jsonBody : []),
    ...(signedIn ? TRAIT_CODES.signedIn : []),
    ...(signedIn && !route.duringPasswordChange ? TRAIT_CODES.passwordChange : []),
    ...(UNSAFE_METHODS.has(route.method) ? TRAIT_CODES.unsafeMethod : []),
    ...(route.url.includes(':') ? TRAIT_CODES.pathId : []),
    ...(route.rateLimited ? TRAIT_CODES.rateLimited : []),
    ...route.errorCodes,
  ];
  return [...new Set(codes)];
}

/** A problem+json answer listing the codes it may carry (`codes` empty: the route did not say). */
function problemResponse(status: number | 'default', codes: readonly ErrorCode[]) {
  const listed = codes.map((c) => `\`${c}\` (${errorDefinition(c).title.en})`).join(', ');
  const description =
    status === 'default'
      ? `Any other failure, such as ${listed}.`
      : `${STATUS_CODES[status] ?? `HTTP ${status}`}. ${codes.length ? `Codes it may carry: ${listed}.` : 'The `code` names the rule (docs/errors.md).'}`;
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: PROBLEM_REF } } };
}

/** The route's answers with every failure as problem+json, the codes of each status listed. */
function withProblemResponses(declared: Record<string, unknown>, original: Record<string, unknown>, codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = errorDefinition(code).status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(declared)) {
    // An answer declared with another schema (the health check's 503) keeps it.
    responses[status] = original[status] === problem ? problemResponse(Number(status), byStatus.get(Number(status)) ?? []) : schema;
  }
  for (const [status, list] of byStatus) {
    if (!(String(status) in responses)) responses[String(status)] = problemResponse(status, list);
  }
  responses.default = problemResponse('default', TRAIT_CODES.server);
  return responses;
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/** `transform` of @fastify/swagger: the zod schemas as JSON schema, then security and error answers. */
function transformRoute(input: TransformInput) {
  const converted = jsonSchemaTransform(input);
  const schema = converted.schema as Record<string, unknown>;
  if (schema.hide) return converted;
  const original = (input.schema ?? {}) as Record<string, unknown>;
  const config = (input.route.config ?? {}) as { access?: Access; duringPasswordChange?: boolean; rateLimit?: unknown; errorCodes?: readonly ErrorCode[] };
  const method = String(input.route.method).toUpperCase();
  const codes = errorCodesOf({
    method,
    url: input.url,
    access: config.access,
    duringPasswordChange: config.duringPasswordChange === true,
    rateLimited: config.rateLimit !== undefined,
    hasInput: Boolean(original.body ?? original.querystring ?? original.params),
    hasJsonBody: original.body !== undefined,
    errorCodes: config.errorCodes ?? [],
  });
  return {
    url: converted.url,
    schema: {
      ...schema,
      // A route may narrow how callers prove who they are (a partner system: its bearer token only).
      security: schema.security ?? (config.access === 'public' ? [] : SIGNED_IN),
      response: withProblemResponses((schema.response ?? {}) as Record<string, unknown>, (original.response ?? {}) as Record<string, unknown>, codes),
    },
  };
}

/** Adds `null` to the values of a nullable enum, everywhere in a schema tree. */
function nullableEnumsListNull(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) nullableEnumsListNull(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.nullable === true && Array.isArray(o.enum) && !o.enum.includes(null)) o.enum.push(null);
  for (const value of Object.values(o)) nullableEnumsListNull(value);
}

/** The problem+json body (RFC 9457) every failure answers with. */
function problemSchema() {
  const json = z.toJSONSchema(problem, { target: 'openapi-3.0' }) as { properties: Record<string, object> };
  const codes = Object.keys(ERROR_CATALOGUE).length;
  json.properties.code = {
    ...json.properties.code,
    pattern: '^BOLE_[A-Z0-9_]+$',
    description: `A code of the error catalogue (${codes} codes, docs/errors.md); a client may meet a code newer than itself.`,
  };
  return json;
}

/** The options of @fastify/swagger: document head, tags, schemes, and the derivations above. */
export function openapiOptions({ publicOrigin, sessionCookie }: { publicOrigin?: string | undefined; sessionCookie: string }): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Bole (伯乐) API',
        description: 'One-stop talent service platform. Every failure answers application/problem+json with a stable `BOLE_*` code.',
        version: '0.1.0',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      },
      servers: [{ url: publicOrigin ?? '/', description: publicOrigin ? 'This instance' : 'The server that serves this document' }],
      tags: API_TAGS.map((t) => ({ ...t })),
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: sessionCookie, description: 'The web session, set by sign-in.' },
          bearer: { type: 'http', scheme: 'bearer', description: 'A bearer token created under /api/v1/auth/tokens (or by an administrator).' },
        },
        schemas: { Problem: problemSchema() as never },
      },
    },
    transform: transformRoute as FastifyDynamicSwaggerOptions['transform'],
    transformObject: (document) => {
      const doc = 'openapiObject' in document ? document.openapiObject : document.swaggerObject;
      nullableEnumsListNull(doc.paths);
      return doc;
    },
  };
}
