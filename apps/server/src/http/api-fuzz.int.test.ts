/**
 * The API fuzz test: schema-driven requests over every operation of the published OpenAPI
 * document, valid and mutated, sent as every role and anonymously, for a bounded time
 * (BOLE_FUZZ_MS, 20 s by default). No answer may be a 5xx, and every 4xx is problem+json with a
 * BOLE_* code. The run is reproducible from the seed printed with a failure (BOLE_FUZZ_SEED).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { EMPLOYER_KINDS, ROLES, type Role } from '@bole/contracts';
import { configuredCity } from '../city/city-file.js';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { requestsFor, type FuzzRequest, type Operation } from '../../test/openapi-arbitrary.js';
import { createTestAccount, sessionCookieOf, signIn } from '../auth/testing.js';
import { creditCheckChar } from '../identity/credit-code.js';

const BUDGET_MS = Number(process.env.BOLE_FUZZ_MS ?? 20_000);
const SEED = Number(process.env.BOLE_FUZZ_SEED ?? Date.now() % 2 ** 31);
const SAMPLES_PER_OPERATION = 60;
/** Operations that would end the caller's own session (the run would go on signed out). */
const SKIPPED = new Set(['POST /api/v1/auth/logout']);

type Caller = Role | 'anonymous';

interface Failure {
  caller: Caller;
  request: string;
  mutation: string;
  status: number;
  body: string;
}

/** Percent-encodes a path segment byte by byte (a lone surrogate becomes U+FFFD); a bare `%` is sent raw, as a broken client would. */
function segment(v: string): string {
  if (v === '%') return v;
  return [...Buffer.from(v, 'utf8')]
    .map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

function urlOf(op: Operation, r: FuzzRequest): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => segment(r.params[name] ?? 'x'));
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(r.query)) {
    for (const one of Array.isArray(v) ? v : [v]) qs.append(k, typeof one === 'object' && one !== null ? JSON.stringify(one) : String(one));
  }
  const q = qs.toString();
  return q ? `${path}?${q}` : path;
}

describe('API fuzz: every operation, every role', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const cookies = {} as Record<Caller, string | undefined>;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    const talent = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/talent',
      payload: { mobile: '13700001111', password: 'Passw0rd-1', name: '张三' },
    });
    cookies.talent = `bole_session=${sessionCookieOf(talent)}`;
    const first17 = '91430200MA4L00001';
    const employer = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/employer',
      payload: {
        creditCode: first17 + creditCheckChar(first17),
        name: '株洲测试有限公司',
        password: 'Passw0rd-1',
        contactMobile: '13700002222',
        district: configuredCity({}).vocabulary.district[0],
        chain: configuredCity({}).vocabulary.chain[0],
        kind: EMPLOYER_KINDS[0],
      },
    });
    cookies.employer = `bole_session=${sessionCookieOf(employer)}`;
    for (const role of ROLES) if (!cookies[role]) cookies[role] = (await signIn(app, await createTestAccount(ctx, role))).cookie;
    cookies.anonymous = undefined;
  }, 180_000);
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it(
    'never answers 5xx, and answers every 4xx with problem+json and a BOLE_* code',
    async () => {
      const doc = (await app.inject({ url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>> };
      const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
        Object.entries(byMethod)
          .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map(([method, op]) => ({ ...op, method: method.toUpperCase(), path }))
          .filter((op) => !SKIPPED.has(`${op.method} ${op.path}`)),
      );
      expect(operations.length).toBeGreaterThan(50);
      const samples = operations.map((op, i) => fc.sample(requestsFor(op), { seed: SEED + i, numRuns: SAMPLES_PER_OPERATION }));
      const callers: Caller[] = ['anonymous', ...ROLES];
      const failures: Failure[] = [];
      const deadline = Date.now() + BUDGET_MS;
      let sent = 0;
      for (let round = 0; round < SAMPLES_PER_OPERATION && Date.now() < deadline; round++) {
        for (const [i, op] of operations.entries()) {
          if (Date.now() >= deadline) break;
          const r = samples[i]![round]!;
          const caller = callers[(round + i) % callers.length]!;
          const url = urlOf(op, r);
          const cookie = cookies[caller];
          const res = await app.inject({
            method: op.method as 'GET',
            url,
            remoteAddress: `10.9.${round % 250}.${(i % 250) + 1}`,
            headers: { ...(cookie ? { cookie } : {}), ...(r.body === undefined ? {} : { 'content-type': 'application/json' }) },
            ...(r.body === undefined ? {} : { payload: JSON.stringify(r.body) }),
          });
          sent++;
          const isProblem =
            /^application\/problem\+json/.test(String(res.headers['content-type'])) &&
            /^BOLE_[A-Z0-9_]+$/.test(String((res.json() as { code?: unknown }).code ?? ''));
          if (res.statusCode >= 500 || (res.statusCode >= 400 && !isProblem)) {
            failures.push({ caller, request: `${op.method} ${url}`.slice(0, 300), mutation: r.mutation, status: res.statusCode, body: res.body.slice(0, 300) });
          }
        }
      }
      expect(sent).toBeGreaterThan(operations.length);
      expect(failures.slice(0, 10), `seed ${SEED}: ${failures.length} bad answers of ${sent} requests`).toEqual([]);
    },
    BUDGET_MS + 120_000,
  );
});
