import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, signIn, type TestAccount } from './testing.js';
import type { SmsSender } from './sms-sender.js';

describe('passwords: change, reset by an administrator, recovery by text message', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let admin: TestAccount;
  const texts: { to: string; text: string }[] = [];
  const capture: SmsSender = { name: 'test', send: async (to, text) => void texts.push({ to, text }) };
  let ip = 0;
  const nextIp = () => `198.51.100.${++ip}`;
  const post = (url: string, payload: object, cookie?: string, remoteAddress = nextIp()) =>
    app.inject({ method: 'POST', url, payload, remoteAddress, headers: cookie ? { cookie } : {} });
  const me = (cookie: string) => app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
  const login = (login: string, password: string) => post('/api/v1/auth/login', { login, password });
  const actions = async () => (await ctx.db.query.auditLog.findMany({ orderBy: (a, { asc }) => [asc(a.id)] })).map((r) => r.action);
  const lastCode = () => /(\d{6})/.exec(texts.at(-1)!.text)![1]!;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx: { ...ctx, sms: capture }, logger: false });
    admin = await createTestAccount(ctx, 'admin');
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('changes a password with the current one, ends every other session, and refuses a wrong or weak one', async () => {
    const officer = await createTestAccount(ctx, 'officer');
    const here = (await signIn(app, officer)).cookie;
    const elsewhere = (await signIn(app, officer)).cookie;

    const wrong = await post('/api/v1/auth/password', { currentPassword: 'Not-the-0ne', newPassword: 'Brand-new-pass1' }, here);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'BOLE_WRONG_CURRENT_PASSWORD', errors: [{ field: 'currentPassword' }] });
    for (const [newPassword, message] of [
      ['onlyletters', 'must contain a digit'],
      ['Bole@2026', 'is published in the documentation; choose your own'],
      [officer.password, 'must differ from the current password'],
      [`${officer.login}-9`, 'must not contain the login'],
    ] as const) {
      const res = await post('/api/v1/auth/password', { currentPassword: officer.password, newPassword }, here);
      expect(res.statusCode, newPassword).toBe(400);
      expect(res.json().errors).toEqual([{ field: 'newPassword', message }]);
    }

    const ok = await post('/api/v1/auth/password', { currentPassword: officer.password, newPassword: 'Brand-new-pass1' }, here);
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await login(officer.login, officer.password)).statusCode).toBe(401);
    expect((await login(officer.login, 'Brand-new-pass1')).statusCode).toBe(200);
    expect(await actions()).toEqual(expect.arrayContaining(['account.password.change_failed', 'account.password.change']));
  });

  it('resets a password to a one-time password shown once; the person can do nothing but change it at the next sign-in', async () => {
    const talent = await createTestAccount(ctx, 'talent');
    const before = (await signIn(app, talent)).cookie;
    const adminCookie = (await signIn(app, admin)).cookie;

    const reset = await post(`/api/v1/admin/users/${talent.id}/reset-password`, {}, adminCookie);
    expect(reset.statusCode, reset.body).toBe(200);
    const { oneTimePassword } = reset.json() as { oneTimePassword: string };
    expect(oneTimePassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d]{12}$/);
    expect((await me(before)).statusCode).toBe(401);
    expect((await login(talent.login, talent.password)).statusCode).toBe(401);
    const rows = await ctx.db.query.auditLog.findMany();
    expect(JSON.stringify(rows)).not.toContain(oneTimePassword);

    const signedIn = await login(talent.login, oneTimePassword);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ id: talent.id, mustChangePassword: true });
    const cookie = `bole_session=${signedIn.cookies.find((c) => c.name === 'bole_session')!.value}`;
    expect((await me(cookie)).json()).toMatchObject({ mustChangePassword: true });
    for (const url of ['/api/v1/talents/me', '/api/v1/notifications', '/api/v1/benefits/mine']) {
      const blocked = await app.inject({ url, headers: { cookie } });
      expect(blocked.statusCode, url).toBe(403);
      expect(blocked.json()).toMatchObject({ code: 'BOLE_PASSWORD_CHANGE_REQUIRED' });
    }

    const changed = await post('/api/v1/auth/password', { currentPassword: oneTimePassword, newPassword: 'Own-choice-77' }, cookie);
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await me(cookie)).json()).toMatchObject({ mustChangePassword: false });
    expect((await app.inject({ url: '/api/v1/notifications', headers: { cookie } })).statusCode).toBe(200);
    expect(await actions()).toEqual(expect.arrayContaining(['account.password.reset']));
  });

  it('lets only an admin reset, and not their own password', async () => {
    const officer = await createTestAccount(ctx, 'officer');
    const adminCookie = (await signIn(app, admin)).cookie;
    const self = await post(`/api/v1/admin/users/${admin.id}/reset-password`, {}, adminCookie);
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ code: 'BOLE_CANNOT_RESET_SELF' });
    const byOfficer = await post(`/api/v1/admin/users/${admin.id}/reset-password`, {}, (await signIn(app, officer)).cookie);
    expect(byOfficer.statusCode).toBe(403);
  });

  it('sends a recovery code only to a registered talent, with the same answer for any number', async () => {
    const talent = await createTestAccount(ctx, 'talent');
    const session = (await signIn(app, talent)).cookie;
    texts.length = 0;

    const known = await post('/api/v1/auth/recovery', { mobile: talent.login });
    const unknown = await post('/api/v1/auth/recovery', { mobile: '13712345678' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    expect(texts.map((t) => t.to)).toEqual([talent.login]);

    // Too soon for another code: the same 429 for both numbers.
    const again = [await post('/api/v1/auth/recovery', { mobile: talent.login }), await post('/api/v1/auth/recovery', { mobile: '13712345678' })];
    expect(again.map((r) => [r.statusCode, r.json().code])).toEqual([
      [429, 'BOLE_RATE_LIMITED'],
      [429, 'BOLE_RATE_LIMITED'],
    ]);

    const code = lastCode();
    const wrongCode = code === '000000' ? '000001' : '000000';
    const wrong = await post('/api/v1/auth/recovery/reset', { mobile: talent.login, code: wrongCode, newPassword: 'Recovered-pass1' });
    const stranger = await post('/api/v1/auth/recovery/reset', { mobile: '13712345678', code, newPassword: 'Recovered-pass1' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'BOLE_RECOVERY_CODE_INVALID', errors: [{ field: 'code' }] });
    // Every answer carries its own request id; the rest must be the same.
    const strip = (r: typeof wrong) => ({ ...r.json(), instance: undefined, requestId: undefined });
    expect(strip(stranger)).toEqual(strip(wrong));

    const ok = await post('/api/v1/auth/recovery/reset', { mobile: talent.login, code, newPassword: 'Recovered-pass1' });
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await me(session)).statusCode).toBe(401);
    expect((await login(talent.login, 'Recovered-pass1')).statusCode).toBe(200);
    // Single use.
    const reused = await post('/api/v1/auth/recovery/reset', { mobile: talent.login, code, newPassword: 'Another-pass2' });
    expect(reused.json()).toMatchObject({ code: 'BOLE_RECOVERY_CODE_INVALID' });
    expect(await actions()).toEqual(expect.arrayContaining(['auth.recovery.request', 'auth.recovery.failed', 'account.password.recover']));
  });

  it('lets a recovery code expire, and dies after five wrong tries', async () => {
    const talent = await createTestAccount(ctx, 'talent');
    ctx.clock.advance(61_000);
    await post('/api/v1/auth/recovery', { mobile: talent.login });
    const expiring = lastCode();
    ctx.clock.advance(10 * 60_000 + 1000);
    const late = await post('/api/v1/auth/recovery/reset', { mobile: talent.login, code: expiring, newPassword: 'Recovered-pass1' });
    expect(late.json()).toMatchObject({ code: 'BOLE_RECOVERY_CODE_INVALID' });

    await post('/api/v1/auth/recovery', { mobile: talent.login });
    const code = lastCode();
    const other = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) await post('/api/v1/auth/recovery/reset', { mobile: talent.login, code: other, newPassword: 'Recovered-pass1' });
    const afterGuesses = await post('/api/v1/auth/recovery/reset', { mobile: talent.login, code, newPassword: 'Recovered-pass1' });
    expect(afterGuesses.json()).toMatchObject({ code: 'BOLE_RECOVERY_CODE_INVALID' });
  });

  it('refuses recovery with 503 when the instance has no SMS sender (production without a gateway)', async () => {
    const noSms = await buildApp({ ctx: { ...ctx, sms: null }, logger: false });
    try {
      const res = await noSms.inject({ method: 'POST', url: '/api/v1/auth/recovery', payload: { mobile: '13712345678' }, remoteAddress: nextIp() });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'BOLE_SMS_UNAVAILABLE' });
    } finally {
      await noSms.close();
    }
  });
});
