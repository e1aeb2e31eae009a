import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createAccount } from '../auth/accounts.service.js';
import { createTestAccount, signIn, type TestAccount } from '../auth/testing.js';

describe('admin user console', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let admin: TestAccount;
  let session: { cookie: string };
  const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, headers: session, payload: payload as object });

  beforeAll(async () => {
    ctx = await createTestContext({ env: { BOLE_BODY_LIMIT: '4096' } });
    app = await buildApp({ ctx, logger: false });
    admin = await createTestAccount(ctx, 'admin');
    session = await signIn(app, admin);
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('creates a reviewer who can then sign in with their department', async () => {
    const res = await post('/api/v1/admin/users', { username: 'li.si', displayName: '李四', role: 'reviewer', department: 'kjj', password: 'Kjj-review-1' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ login: 'li.si', displayName: '李四', role: 'reviewer', department: 'kjj', disabled: false });
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'li.si', password: 'Kjj-review-1' } });
    expect(login.json()).toMatchObject({ role: 'reviewer', department: 'kjj', displayName: '李四' });
    const entry = (await ctx.db.query.auditLog.findMany()).find((e) => e.action === 'account.create' && e.entityId === res.json().id);
    expect(entry).toMatchObject({ actorId: admin.id, actorRole: 'admin', detail: { role: 'reviewer', username: 'li.si', department: 'kjj' } });
  });

  it('refuses a reviewer without a department, naming the field', async () => {
    const res = await post('/api/v1/admin/users', { username: 'wang.wu', displayName: '王五', role: 'reviewer', password: 'Review-pass1' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BOLE_VALIDATION', errors: [{ field: 'department', message: 'is required for a reviewer' }] });
  });

  it('refuses a username that is taken (in any letter case)', async () => {
    const body = { username: 'zhao.liu', displayName: '赵六', role: 'officer', password: 'Officer-pass1' };
    expect((await post('/api/v1/admin/users', body)).statusCode).toBe(201);
    const again = await post('/api/v1/admin/users', { ...body, displayName: '另一个赵六' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'BOLE_DUPLICATE_ACCOUNT', errors: [{ field: 'username' }] });
    expect(again.json().detailZh).toContain('用户名');
  });

  it('names an unknown body field', async () => {
    const res = await post('/api/v1/admin/users', { username: 'qian.qi', displayName: '钱七', role: 'officer', password: 'Officer-pass1', isSuperuser: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'isSuperuser', message: 'is not a known field' }]);
  });

  it('answers malformed JSON with BOLE_MALFORMED_JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: { ...session, 'content-type': 'application/json' },
      payload: '{"username": "x",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BOLE_MALFORMED_JSON' });
  });

  it('answers an oversized body with 413', async () => {
    const res = await post('/api/v1/admin/users', { username: 'big.one', displayName: 'x'.repeat(10_000), role: 'officer', password: 'Officer-pass1' });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'BOLE_BODY_TOO_LARGE' });
  });

  it('lists staff accounts page by page, never talents or employers', async () => {
    const talent = await createTestAccount(ctx, 'talent');
    const employer = await createTestAccount(ctx, 'employer');
    const page1 = await app.inject({ url: '/api/v1/admin/users?page=1&pageSize=2', headers: session });
    expect(page1.statusCode).toBe(200);
    const body = page1.json();
    expect(body).toMatchObject({ page: 1, pageSize: 2 });
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(2);
    const all = await app.inject({ url: '/api/v1/admin/users?pageSize=200', headers: session });
    const ids = all.json().items.map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(all.json().total);
    expect(ids).not.toContain(talent.id);
    expect(ids).not.toContain(employer.id);
    expect(all.json().items.every((u: { role: string }) => ['reviewer', 'officer', 'concierge', 'auditor', 'admin'].includes(u.role))).toBe(true);
    const byTalent = await app.inject({ url: '/api/v1/admin/users?role=talent', headers: session });
    expect(byTalent.statusCode).toBe(400);
    expect(byTalent.body).toContain('role');
    expect((await app.inject({ url: '/api/v1/admin/users?pageSize=1000', headers: session })).statusCode).toBe(400);
  });

  it("edits a staff member's name and department, recorded with the fields changed; a reviewer keeps a department", async () => {
    const reviewer = await createTestAccount(ctx, 'reviewer', { department: 'rsj' });
    const patch = (id: string, payload: object) => app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${id}`, headers: session, payload });
    const res = await patch(reviewer.id, { displayName: '赵审核', department: 'czj' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: '赵审核', department: 'czj', role: 'reviewer' });
    const me = await app.inject({ url: '/api/v1/auth/me', headers: await signIn(app, reviewer) });
    expect(me.json()).toMatchObject({ displayName: '赵审核', department: 'czj' });
    const entry = (await ctx.db.query.auditLog.findMany()).find((e) => e.action === 'account.update' && e.entityId === reviewer.id);
    expect(entry).toMatchObject({ actorId: admin.id, detail: { changed: ['displayName', 'department'] } });

    const noDept = await patch(reviewer.id, { department: null });
    expect(noDept.statusCode).toBe(400);
    expect(noDept.json()).toMatchObject({ errors: [{ field: 'department' }] });
    expect((await patch(reviewer.id, { department: 'nosuch' })).statusCode).toBe(400);
    expect((await patch(reviewer.id, {})).statusCode).toBe(400);
    expect((await patch(reviewer.id, { role: 'admin' })).statusCode).toBe(400);
    const talent = await createTestAccount(ctx, 'talent');
    expect((await patch(talent.id, { displayName: 'x' })).statusCode).toBe(404);
  });

  it('unlocks a staff member locked out by wrong passwords', async () => {
    const concierge = await createTestAccount(ctx, 'concierge');
    for (let i = 0; i < 6; i++) {
      await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: concierge.login, password: 'wrong-Passw0rd' } });
    }
    const locked = (await app.inject({ url: '/api/v1/admin/users?role=concierge&pageSize=100', headers: session })).json();
    expect(locked.items.find((u: { id: string }) => u.id === concierge.id).lockedUntil).not.toBeNull();
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: concierge.login, password: concierge.password } })).statusCode,
    ).toBe(429);

    const res = await post(`/api/v1/admin/users/${concierge.id}/unlock`, undefined);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: concierge.id, lockedUntil: null });
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: concierge.login, password: concierge.password } })).statusCode,
    ).toBe(200);
    expect((await ctx.db.query.auditLog.findMany()).some((e) => e.action === 'account.unlock' && e.entityId === concierge.id)).toBe(true);
  });

  it('refuses editing and unlocking to every role but the administrator', async () => {
    const target = await createTestAccount(ctx, 'officer');
    for (const role of ['officer', 'auditor', 'reviewer', 'concierge'] as const) {
      const other = await signIn(app, await createTestAccount(ctx, role));
      const edit = await app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${target.id}`, headers: other, payload: { displayName: 'x' } });
      expect(edit.statusCode, role).toBe(403);
      expect((await app.inject({ method: 'POST', url: `/api/v1/admin/users/${target.id}/unlock`, headers: other })).statusCode, role).toBe(403);
    }
  });

  it('disables an account, ending its bearer tokens too, and re-enables it', async () => {
    const officer = await createTestAccount(ctx, 'officer');
    const s = await signIn(app, officer);
    const token = (await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: s, payload: { name: 'cli' } })).json().token;
    const res = await post(`/api/v1/admin/users/${officer.id}/disable`, undefined);
    expect(res.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    expect((await post(`/api/v1/admin/users/${officer.id}/enable`, undefined)).json()).toMatchObject({ disabled: false });
    // Sessions and tokens ended by the disable stay ended; signing in again works.
    expect((await app.inject({ url: '/api/v1/auth/me', headers: s })).statusCode).toBe(401);
    expect((await signIn(app, officer)).cookie).toBeTruthy();
    const actions = (await ctx.db.query.auditLog.findMany()).filter((e) => e.entityId === officer.id).map((e) => e.action);
    expect(actions).toEqual(['account.create', 'account.disable', 'account.enable']);
  });

  it('does not let an admin disable themselves, and 404s an unknown account', async () => {
    const self = await post(`/api/v1/admin/users/${admin.id}/disable`, undefined);
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ code: 'BOLE_CANNOT_DISABLE_SELF' });
    expect((await post('/api/v1/admin/users/00000000-0000-4000-8000-000000000000/disable', undefined)).statusCode).toBe(404);
    expect((await post('/api/v1/admin/users/not-a-uuid/disable', undefined)).json()).toMatchObject({ errors: [{ field: 'id' }] });
  });
});

describe('createAccount (used by registration)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  const create = (input: Parameters<typeof createAccount>[2]) => ctx.db.transaction((tx) => createAccount(ctx, tx, input, null));
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: { status: number; code: string; errors?: unknown }) => ({ status: e.status, code: e.code, errors: e.errors }),
    );

  it('refuses a second talent with the same mobile, and keeps the mobile encrypted', async () => {
    const { id } = await create({ role: 'talent', displayName: '张三', password: 'Talent-pass1', mobile: '13812345678' });
    expect(await failure(create({ role: 'talent', displayName: '张三丰', password: 'Talent-pass2', mobile: '13812345678' }))).toEqual({
      status: 409,
      code: 'BOLE_DUPLICATE_ACCOUNT',
      errors: [{ field: 'mobile', message: 'is already registered' }],
    });
    const row = await ctx.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, id) });
    expect(JSON.stringify(row)).not.toContain('13812345678');
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a second employer with the same credit code', async () => {
    await create({ role: 'employer', displayName: '株洲中车', password: 'Employer-pass1', creditCode: '91430200MA4L1X2Y3K' });
    const dup = await failure(create({ role: 'employer', displayName: 'x', password: 'Employer-pass1', creditCode: '91430200ma4l1x2y3k' }));
    expect(dup).toMatchObject({ status: 409, errors: [{ field: 'creditCode' }] });
  });

  it("rolls the caller's transaction back with the duplicate, leaving nothing half-written", async () => {
    await create({ role: 'talent', displayName: 'A', password: 'Talent-pass1', mobile: '13900000001' });
    const before = (await ctx.db.query.auditLog.findMany()).length;
    await failure(
      ctx.db.transaction(async (tx) => {
        await createAccount(ctx, tx, { role: 'officer', displayName: 'B', password: 'Officer-pass1', username: 'half.written' }, null);
        await createAccount(ctx, tx, { role: 'talent', displayName: 'C', password: 'Talent-pass1', mobile: '13900000001' }, null);
      }),
    );
    expect(await ctx.db.query.users.findFirst({ where: (u, { eq }) => eq(u.username, 'half.written') })).toBeUndefined();
    expect((await ctx.db.query.auditLog.findMany()).length).toBe(before);
  });

  it('insists on the login its role signs in with', async () => {
    expect(await failure(create({ role: 'talent', displayName: 'x', password: 'Talent-pass1', username: 'talent.x' }))).toMatchObject({
      status: 400,
      errors: [{ field: 'mobile' }, { field: 'username' }],
    });
  });
});
