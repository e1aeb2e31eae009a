import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { RegisterEmployerBody } from '@bole/contracts';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookieOf, signIn } from '../auth/testing.js';
import { makeCreditCode } from '../identity/credit-code.js';
import { employers } from './employer.table.js';
import { insertEmployers } from './employer.repository.js';
import { registerEmployer } from './employer.service.js';
import { createAccount } from '../auth/accounts.service.js';

describe('employers: registration, own record, options, officer list', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let seq = 1000;
  const body = (over: Partial<RegisterEmployerBody> = {}) => ({
    creditCode: makeCreditCode('430200', ++seq),
    name: `株洲测试企业${seq}`,
    password: 'Passw0rd-1',
    contactMobile: '13912345678',
    district: '天元区',
    chain: 'electronics',
    kind: 'enterprise',
    flags: ['high_tech'],
    ...over,
  });
  const register = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/auth/register/employer', payload });
  const auditRows = () => ctx.db.query.auditLog.findMany({ orderBy: (a, { asc }) => [asc(a.id)] });

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  describe('registration', () => {
    it('creates the employer and a credit-code login, signs in and audits', async () => {
      const b = body({ creditCode: '91430200MA4L12345F', name: '株洲示例科技有限公司' });
      const res = await register(b);
      expect(res.statusCode, res.body).toBe(201);
      const me = res.json();
      expect(me).toMatchObject({ role: 'employer', displayName: '株洲示例科技有限公司', employerId: expect.any(String), talentId: null });
      const cookie = `bole_session=${sessionCookieOf(res)}`;
      const mine = await app.inject({ url: '/api/v1/employers/me', headers: { cookie } });
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toMatchObject({
        id: me.employerId,
        creditCode: '91430200MA4L12345F',
        contactMobile: '139****5678',
        chain: 'electronics',
        flags: ['high_tech'],
      });
      const row = (await ctx.db.select().from(employers).where(eq(employers.id, me.employerId)))[0]!;
      expect(row.contactMobileEnc).not.toContain('13912345678');
      expect(ctx.cipher.decrypt(row.contactMobileEnc!)).toBe('13912345678');
      // It can sign in by credit code.
      await signIn(app, { login: b.creditCode, password: b.password });
      expect((await auditRows()).map((r) => r.action)).toEqual(expect.arrayContaining(['account.create', 'employer.register']));
    });

    it('refuses a wrong check character with 400 naming creditCode', async () => {
      const res = await register(body({ creditCode: '91430200MA4L12345G' }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'BOLE_VALIDATION', errors: [{ field: 'creditCode', message: expect.stringMatching(/check character/) }] });
      const bad = await register(body({ creditCode: '91430200MA4L1234OF' }));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('creditCode');
    });

    it('refuses a registered credit code with 409 naming creditCode, and writes nothing', async () => {
      const b = body();
      expect((await register(b)).statusCode).toBe(201);
      const before = await ctx.db.select().from(employers);
      const again = await register({ ...b, name: '另一家公司' });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'BOLE_DUPLICATE_ACCOUNT', errors: [{ field: 'creditCode' }] });
      expect(await ctx.db.select().from(employers)).toEqual(before);
    });

    it('writes nothing when the account cannot be created after the employer insert', async () => {
      const b = body();
      const before = (await auditRows()).length;
      await expect(
        registerEmployer(ctx, b as RegisterEmployerBody, {
          createAccount: async () => {
            throw new Error('argon2 unavailable');
          },
        }),
      ).rejects.toThrow('argon2 unavailable');
      expect(await ctx.db.select().from(employers).where(eq(employers.creditCode, b.creditCode))).toEqual([]);
      expect((await auditRows()).length).toBe(before);
    });

    it('writes nothing when the credit code is already a login without an employer', async () => {
      // A valid code already taken by a bare login (no employer row): the account insert fails
      // after the employer insert, and the employer row must roll back with it.
      const code = makeCreditCode('430200', 999_999);
      await ctx.db.transaction((tx) => createAccount(ctx, tx, { role: 'employer', displayName: 'bare', password: 'Passw0rd-1', creditCode: code }, null));
      const res = await register(body({ creditCode: code }));
      expect(res.statusCode).toBe(409);
      expect(res.json().errors[0].field).toBe('creditCode');
      expect(await ctx.db.select().from(employers).where(eq(employers.creditCode, code))).toEqual([]);
    });

    it('refuses unknown fields and bad enums with 400 naming them', async () => {
      const res = await register({ ...body(), chain: 'steel', verified: true });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['chain', 'verified']));
    });
  });

  describe('own record', () => {
    it('updates the editable fields, keeps the contact mobile when left out, and audits', async () => {
      const res = await register(body());
      const { employerId, id: userId } = res.json();
      const cookie = `bole_session=${sessionCookieOf(res)}`;
      const put = await app.inject({
        method: 'PUT',
        url: '/api/v1/employers/me',
        headers: { cookie },
        payload: { name: '株洲新名称有限公司', district: '攸县', chain: 'rail', kind: 'enterprise', flags: ['above_scale', 'high_tech'] },
      });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json()).toMatchObject({ name: '株洲新名称有限公司', district: '攸县', chain: 'rail', contactMobile: '139****5678' });
      const changed = await app.inject({
        method: 'PUT',
        url: '/api/v1/employers/me',
        headers: { cookie },
        payload: { name: '株洲新名称有限公司', contactMobile: '13700001111', district: '攸县', chain: 'rail', kind: 'enterprise' },
      });
      expect(changed.json()).toMatchObject({ contactMobile: '137****1111', flags: [] });
      const entries = (await auditRows()).filter((r) => r.action === 'employer.update' && r.entityId === employerId);
      expect(entries.map((e) => e.detail.fields)).toEqual([
        ['name', 'district', 'chain', 'flags'],
        ['flags', 'contactMobile'],
      ]);
      expect(entries[0]!.actorId).toBe(userId);
    });

    it('refuses a credit code change (unknown field) and non-employers', async () => {
      const res = await register(body());
      const cookie = `bole_session=${sessionCookieOf(res)}`;
      const put = await app.inject({
        method: 'PUT',
        url: '/api/v1/employers/me',
        headers: { cookie },
        payload: { name: 'x', district: '攸县', chain: 'rail', kind: 'enterprise', creditCode: makeCreditCode('430200', 5) },
      });
      expect(put.statusCode).toBe(400);
      expect(put.json().errors).toEqual([{ field: 'creditCode', message: 'is not a known field' }]);
      const talent = await signIn(app, await createTestAccount(ctx, 'talent'));
      expect((await app.inject({ url: '/api/v1/employers/me', headers: talent })).statusCode).toBe(403);
      expect((await app.inject({ method: 'PUT', url: '/api/v1/employers/me', headers: talent, payload: {} })).statusCode).toBe(403);
    });
  });

  describe('options and officer list', () => {
    let officer: { cookie: string };
    beforeAll(async () => {
      await insertEmployers(
        ctx.db,
        Array.from({ length: 30 }, (_, i) => ({
          creditCode: makeCreditCode('430211', 500 + i),
          name: `${i % 2 ? '醴陵陶瓷' : '株洲硬质合金'}${String(i).padStart(2, '0')}厂`,
          district: i % 2 ? '醴陵市' : '荷塘区',
          chain: i % 2 ? 'traditional' : 'hard_materials',
          kind: 'enterprise',
        })),
      );
      officer = await signIn(app, await createTestAccount(ctx, 'officer'));
    });

    it('gives any signed-in account at most 20 options whose name contains q', async () => {
      const talent = await signIn(app, await createTestAccount(ctx, 'talent'));
      const all = await app.inject({ url: '/api/v1/employers/options', headers: talent });
      expect(all.statusCode).toBe(200);
      expect(all.json()).toHaveLength(20);
      const some = await app.inject({ url: `/api/v1/employers/options?q=${encodeURIComponent('陶瓷')}`, headers: talent });
      expect(some.json()).toHaveLength(15);
      expect(some.json()[0]).toEqual({ id: expect.any(String), name: '醴陵陶瓷01厂', district: '醴陵市', chain: 'traditional' });
      const wild = await app.inject({ url: `/api/v1/employers/options?q=${encodeURIComponent('%')}`, headers: talent });
      expect(wild.json()).toEqual([]);
      expect((await app.inject({ url: '/api/v1/employers/options' })).statusCode).toBe(401);
    });

    it('lists employers for officers with filters, pagination and talent counts', async () => {
      const page1 = await app.inject({ url: `/api/v1/employers?district=${encodeURIComponent('醴陵市')}&pageSize=10`, headers: officer });
      expect(page1.statusCode, page1.body).toBe(200);
      expect(page1.json()).toMatchObject({ total: 15, page: 1, pageSize: 10 });
      expect(page1.json().items).toHaveLength(10);
      expect(page1.json().items[0]).toMatchObject({ name: '醴陵陶瓷01厂', talentCount: 0, contactMobile: null });
      const page2 = await app.inject({ url: `/api/v1/employers?district=${encodeURIComponent('醴陵市')}&pageSize=10&page=2`, headers: officer });
      expect(page2.json().items).toHaveLength(5);
      const byCode = await app.inject({ url: `/api/v1/employers?q=${makeCreditCode('430211', 503).toLowerCase()}`, headers: officer });
      expect(byCode.json().items.map((e: { name: string }) => e.name)).toEqual(['醴陵陶瓷03厂']);
      const desc = await app.inject({ url: `/api/v1/employers?chain=hard_materials&sort=-name&pageSize=3`, headers: officer });
      expect(desc.json().items.map((e: { name: string }) => e.name)).toEqual(['株洲硬质合金28厂', '株洲硬质合金26厂', '株洲硬质合金24厂']);
      const talent = await signIn(app, await createTestAccount(ctx, 'talent'));
      expect((await app.inject({ url: '/api/v1/employers', headers: talent })).statusCode).toBe(403);
    });
  });
});
