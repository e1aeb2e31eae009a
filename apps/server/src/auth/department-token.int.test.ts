import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from './testing.js';

let ctx: TestContext;
let app: FastifyInstance;
let admin: { cookie: string };
let gajAccount: string;
let officerAccount: string;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  app = await buildApp({ ctx, logger: false });
  admin = await signIn(app, await createTestAccount(ctx, 'admin'));
  gajAccount = (await createTestAccount(ctx, 'reviewer', { department: 'gaj' })).id;
  officerAccount = (await createTestAccount(ctx, 'officer')).id;
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const issue = (userId: string, payload: object) =>
  app.inject({ method: 'POST', url: `/api/v1/admin/users/${userId}/department-tokens`, headers: admin, payload });

describe('department-scoped tokens (数据共享)', () => {
  it('an admin issues one for a department account, with the department’s facts when none are named, and it is audited', async () => {
    const res = await issue(gajAccount, { name: '公安人口库对接', department: 'gaj' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: '公安人口库对接', scope: { department: 'gaj', fields: ['hukouInCity'] } });
    const auditor = await signIn(app, await createTestAccount(ctx, 'auditor'));
    const audit = await app.inject({ method: 'GET', url: `/api/v1/audit?entity=api_token&entityId=${res.json().id}`, headers: auditor });
    expect(audit.json().items).toMatchObject([{ action: 'auth.token.create', detail: { scope: { department: 'gaj', fields: ['hukouInCity'] } } }]);
  });

  it('refuses a fact the department does not deliver, a department that delivers none and an account of another department, naming each', async () => {
    const res = await issue(gajAccount, { name: 'x', department: 'gaj', fields: ['socialInsuranceMonths'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'fields.0', message: 'gaj does not deliver socialInsuranceMonths (it delivers hukouInCity)' }]);
    const other = await issue(gajAccount, { name: 'x', department: 'rsj' });
    expect(other.json().errors.map((e: { field: string }) => e.field)).toEqual(['id']);
    const none = await issue(officerAccount, { name: 'x', department: 'kjj' });
    expect(none.json().errors.map((e: { field: string }) => e.field)).toEqual(['department']);
    expect((await issue(officerAccount, { name: '不动产', department: 'bdc', fields: ['ownsHomeInCity'] })).statusCode).toBe(201);
  });

  it('a scoped token opens no other route, even one its account may call', async () => {
    const { token } = (await issue(officerAccount, { name: '人社', department: 'rsj' })).json();
    const res = await app.inject({ method: 'GET', url: '/api/v1/talents', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/scoped to delivering a department’s facts/);
    const own = await app.inject({
      method: 'GET',
      url: '/api/v1/talents',
      headers: await signIn(app, { login: (await createTestAccount(ctx, 'officer')).login, password: 'Passw0rd-test' }),
    });
    expect(own.statusCode).toBe(200);
  });

  it('only an admin issues them', async () => {
    const officer = await signIn(app, await createTestAccount(ctx, 'officer'));
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${gajAccount}/department-tokens`,
      headers: officer,
      payload: { name: 'x', department: 'gaj' },
    });
    expect(res.statusCode).toBe(403);
  });
});
