/**
 * The published OpenAPI document is one a client can be generated from: Redocly's recommended
 * rules (and those of redocly.yaml) find no error, every operation is named, secured and
 * documents its failures as problem+json, and a client generated from it type-checks and works
 * against the running server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { generatedClient, lintDocument, scratchDir } from '../../test/openapi-tools.js';
import { API_TAGS } from './openapi.js';

interface Response {
  description: string;
  content?: Record<string, unknown>;
}
interface Operation {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
}
interface Document {
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
}

const operationsOf = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, byMethod]) => Object.entries(byMethod).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })));

/** A client as an API consumer writes it, typed by the generated `paths`. */
const CLIENT = `
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.js';

type Problem = components['schemas']['Problem'];

export async function run(baseUrl: string) {
  const api = createClient<paths>({ baseUrl });
  const garbled = await api.POST('/api/v1/talent-code/verify', { body: { code: 'not a code' } });
  const problem: Problem | undefined = garbled.error;
  const city = await api.GET('/api/v1/city');
  const districts: string[] = (city.data?.districts ?? []).map((d) => d.code);
  const registered = await api.POST('/api/v1/auth/register/talent', { body: { mobile: '13700009999', password: 'Passw0rd-9', name: '李四' } });
  const login = await api.POST('/api/v1/auth/login', { body: { login: '13700009999', password: 'Passw0rd-9' } });
  const cookie = login.response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const me = await api.GET('/api/v1/talents/me', { headers: { cookie } });
  const anonymous = await api.GET('/api/v1/talents/me');
  // Type checks only (never called): the generated types refuse what the document does not offer.
  const refused = () => [
    // @ts-expect-error the document has no such operation
    api.GET('/api/v1/no-such-route'),
    // @ts-expect-error a registration without a password
    api.POST('/api/v1/auth/register/talent', { body: { mobile: '13700000000', name: 'x' } }),
  ];
  void refused;
  return {
    garbled: { status: garbled.response.status, type: garbled.response.headers.get('content-type'), code: problem?.code },
    districts: districts.length,
    registered: { status: registered.response.status, role: registered.data?.role },
    login: { status: login.response.status, displayName: login.data?.displayName },
    me: { name: me.data?.name, gender: me.data?.gender },
    anonymous: { status: anonymous.response.status, code: anonymous.error?.code },
  };
}
`;

describe('the published OpenAPI document', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let baseUrl: string;
  let doc: Document;
  const scratch = scratchDir();

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    doc = (await (await fetch(`${baseUrl}/api/docs/json`)).json()) as Document;
  });
  afterAll(async () => {
    scratch.remove();
    await app.close();
    await ctx.close();
  });

  it('passes redocly lint (recommended rules) with no error; the only warnings are public reads that cannot fail', () => {
    const report = lintDocument(doc, scratch.dir);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const warned = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}`);
    expect(warned.every((w) => w.startsWith('operation-4xx-response'))).toBe(true);
    // Only public reads without input, which cannot answer 4xx, lack one: the health probes and the public lists.
    const paths = report.problems.map((p) => decodeURIComponent((p.location[0]?.pointer ?? '').split('/')[2] ?? '').replace(/~1/g, '/'));
    expect(new Set(paths)).toEqual(
      new Set([
        '/api/health',
        '/api/health/ready',
        '/api/health/live',
        '/.well-known/jwks.json',
        '/api/v1/talent-code/revocations',
        '/api/v1/region/status-list',
        '/api/v1/region/trust-list',
        '/api/v1/public/recognition-notices',
        '/api/v1/public/program-award-notices',
        '/api/v1/city',
        '/api/v1/cockpit/indicators',
        '/api/v1/public/housing/rounds',
      ]),
    );
  });

  it('names every operation, secures it by its access rule, and answers every failure as problem+json with its codes', () => {
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map(({ op }) => op.operationId ?? '');
    expect(ids.filter((id) => !/^[a-z][A-Za-z]+$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(ops.map(({ op }) => [op.operationId, op]));
    expect(byId.get('listTalents')?.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(byId.get('verifyTalentCode')?.security).toEqual([]);
    expect(byId.get('registerTalent')?.security).toEqual([]);
    expect(Object.keys(byId.get('getTalent')?.responses ?? {}).sort()).toEqual(['200', '400', '401', '403', '404', 'default']);
    expect(byId.get('getTalent')?.responses['401']?.description).toContain('BOLE_UNAUTHENTICATED');
    expect(byId.get('verifyTalentCode')?.responses['400']?.description).toContain('BOLE_MALFORMED_CODE');
    expect(byId.get('login')?.responses['429']?.description).toContain('BOLE_LOGIN_LOCKED');
    expect(Object.keys(byId.get('downloadEvidence')?.responses['200']?.content ?? {})).toEqual(['application/pdf', 'image/jpeg', 'image/png']);

    const notProblem = ops.flatMap(({ name, op }) =>
      Object.entries(op.responses)
        .filter(([status, r]) => (status === 'default' || Number(status) >= 400) && r.content)
        .filter(([, r]) => Object.keys(r.content ?? {}).join() !== 'application/problem+json')
        .map(([status]) => `${name} ${status}`),
    );
    // The health check answers 503 with its own report, not a problem.
    expect(notProblem).toEqual(['GET /api/health 503', 'GET /api/health/ready 503']);

    const described = new Set(doc.tags.filter((t) => t.description).map((t) => t.name));
    expect(ops.flatMap(({ op }) => op.tags ?? []).filter((t) => !described.has(t))).toEqual([]);
    expect(doc.tags.map((t) => t.name)).toEqual(API_TAGS.map((t) => t.name));
  });

  it('lists null among the values of a nullable enum', () => {
    const stray: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.nullable === true && Array.isArray(o.enum) && !o.enum.includes(null)) stray.push(at);
      for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`);
    };
    walk(doc.paths, '');
    expect(stray).toEqual([]);
  });

  it('generates a typed client that type-checks and works against the server', async () => {
    type Run = (baseUrl: string) => Promise<Record<string, unknown>>;
    const { errors, module } = await generatedClient<{ run: Run }>(doc, scratch.dir, CLIENT);
    expect(errors).toEqual([]);
    const answers = await module!.run(baseUrl);
    expect(answers).toMatchObject({
      garbled: { status: 400, type: expect.stringMatching(/^application\/problem\+json/), code: 'BOLE_MALFORMED_CODE' },
      registered: { status: 201, role: 'talent' },
      login: { status: 200, displayName: '李四' },
      me: { name: '李四', gender: null },
      anonymous: { status: 401, code: 'BOLE_UNAUTHENTICATED' },
    });
    expect(answers.districts).toBeGreaterThan(0);
  });
});
