/**
 * Bad input never gets a 500: control characters in any string, broken multipart bodies and
 * the framework's own errors (bad URL, over-long parameter, unparsable request line) all come
 * back as 4xx problem+json with a BOLE_* code and, where there is one, the field at fault.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookieOf, signIn, type TestAccount } from '../auth/testing.js';

const expectProblem = (res: LightMyRequestResponse, status: number, field?: string) => {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json() as { code: string; errors?: { field: string }[] };
  expect(body.code).toMatch(/^BOLE_[A-Z_]+$/);
  if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
  return body;
};

describe('bad input is answered 4xx problem+json, never 500', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let officer: { cookie: string };
  let admin: { cookie: string };
  let talent: { cookie: string };
  let auditor: { cookie: string };
  let talentAccount: TestAccount;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    talentAccount = await createTestAccount(ctx, 'talent');
    officer = await signIn(app, await createTestAccount(ctx, 'officer'));
    admin = await signIn(app, await createTestAccount(ctx, 'admin'));
    auditor = await signIn(app, await createTestAccount(ctx, 'auditor'));
    const registered = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/talent',
      payload: { mobile: '13800009999', password: 'Passw0rd-1', name: '张三' },
    });
    talent = { cookie: `bole_session=${sessionCookieOf(registered)}` };
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('rejects NUL and other control characters in body fields, naming the field', async () => {
    const cases: { url: string; method?: 'POST' | 'PUT' | 'PATCH'; headers?: Record<string, string>; payload: object; field: string }[] = [
      { url: '/api/v1/auth/login', payload: { login: 'a\u0000b', password: 'x' }, field: 'login' },
      { url: '/api/v1/auth/login', payload: { login: talentAccount.login, password: 'p\u0000' }, field: 'password' },
      { url: '/api/v1/auth/register/talent', payload: { mobile: '13912345678', password: 'Passw0rd-ok', name: '张\u0000三' }, field: 'name' },
      { url: '/api/v1/auth/tokens', headers: officer, payload: { name: 'cli\u0007' }, field: 'name' },
      {
        url: '/api/v1/admin/users',
        headers: admin,
        payload: { username: 'newuser', displayName: 'x\u001b[31m', role: 'officer', password: 'Passw0rd-ok' },
        field: 'displayName',
      },
    ];
    for (const c of cases) {
      const res = await app.inject({ method: c.method ?? 'POST', url: c.url, headers: c.headers, payload: c.payload });
      expectProblem(res, 400, c.field);
    }
  });

  it('rejects control characters in query parameters, naming the parameter', async () => {
    const cases: { url: string; headers: Record<string, string>; field: string }[] = [
      { url: '/api/v1/talents?q=%00', headers: officer, field: 'q' },
      { url: '/api/v1/employers?q=a%00b', headers: officer, field: 'q' },
      { url: '/api/v1/employers/options?q=%01', headers: talent, field: 'q' },
      { url: '/api/v1/audit?entity=user%00', headers: auditor, field: 'entity' },
      { url: '/api/v1/audit?entity=user&entityId=%00', headers: auditor, field: 'entityId' },
    ];
    for (const c of cases) expectProblem(await app.inject({ url: c.url, headers: c.headers }), 400, c.field);
  });

  it('refuses a number too large for the database (found by the API fuzz test)', async () => {
    expectProblem(await app.inject({ url: '/api/v1/policies/talent-housing/versions/999999999975', headers: officer }), 400, 'v');
  });

  it('keeps tabs and line breaks in free text', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: officer, payload: { name: 'cli\tlaptop' } });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('answers multipart without a boundary, or cut short, with 400 on every upload route', async () => {
    const batch = await app.inject({ method: 'POST', url: '/api/v1/payment-batches', headers: officer, payload: { period: '2026-06' } });
    const batchId = (batch.json() as { id: string }).id;
    const routes = [
      { url: '/api/v1/evidence?kind=degree_certificate', headers: talent },
      { url: `/api/v1/payment-batches/${batchId ?? '00000000-0000-4000-8000-000000000000'}/import`, headers: officer },
      { url: '/api/v1/calendar/import', headers: admin },
    ];
    const truncated = [
      '--XyZ',
      'Content-Disposition: form-data; name="file"; filename="a.pdf"',
      'Content-Type: application/pdf',
      '',
      '%PDF-1.4 not finished',
    ].join('\r\n');
    for (const r of routes) {
      const noBoundary = await app.inject({ method: 'POST', url: r.url, headers: { ...r.headers, 'content-type': 'multipart/form-data' }, payload: 'hello' });
      expectProblem(noBoundary, 400, 'file');
      const cut = await app.inject({
        method: 'POST',
        url: r.url,
        headers: { ...r.headers, 'content-type': 'multipart/form-data; boundary=XyZ' },
        payload: truncated,
      });
      expectProblem(cut, 400, 'file');
    }
  });

  it('turns the framework’s own errors into problem+json', async () => {
    expectProblem(await app.inject({ url: '/api/v1/talents/%', headers: officer }), 400);
    const long = await app.inject({ url: `/api/v1/talents/${'a'.repeat(500)}`, headers: officer });
    expect(long.statusCode).toBeGreaterThanOrEqual(400);
    expect(long.statusCode).toBeLessThan(500);
    expectProblem(long, long.statusCode);
    expect(long.json()).not.toHaveProperty('error');
  });

  it('answers every rate-limited route with one code, BOLE_RATE_LIMITED, and Retry-After', async () => {
    const url = '/api/v1/public/recognition-notices/00000000-0000-4000-8000-000000000000/objections';
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 8; i++) last = await app.inject({ method: 'POST', url, remoteAddress: '198.51.100.7', payload: {} });
    const body = expectProblem(last!, 429);
    expect(body.code).toBe('BOLE_RATE_LIMITED');
    expect(last!.headers['retry-after']).toBeDefined();
  });

  it('answers an unparsable request line with problem+json and closes the connection cleanly', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const raw = await new Promise<{ text: string; error?: string }>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      let error: string | undefined;
      socket.on('data', (d) => chunks.push(d));
      socket.on('error', (e) => (error = (e as NodeJS.ErrnoException).code ?? e.message));
      socket.on('close', () => resolve({ text: Buffer.concat(chunks).toString('latin1'), error }));
      socket.write(
        Buffer.concat([Buffer.from('GET /api/v1/talents/'), Buffer.from([0xff]), Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n')]),
      );
    });
    expect(raw.error).toBeUndefined();
    expect(raw.text).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw.text).toMatch(/content-type: application\/problem\+json/i);
    expect(raw.text).toMatch(/connection: close/i);
    const body = JSON.parse(raw.text.slice(raw.text.indexOf('\r\n\r\n') + 4)) as { code: string; status: number };
    expect(body).toMatchObject({ status: 400, code: 'BOLE_BAD_REQUEST' });
  });
});
