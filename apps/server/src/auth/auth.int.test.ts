import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookieOf, signIn, type TestAccount } from './testing.js';
import { SESSION_IDLE_MS } from './login-rules.js';

describe('sign-in, sessions and tokens', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let talent: TestAccount;
  let employer: TestAccount;
  let officer: TestAccount;
  let ip = 0;
  /** A fresh client address, so one test's attempts do not count against another's rate limit. */
  const nextIp = () => `192.0.2.${++ip}`;
  const loginAs = (login: string, password: string, remoteAddress = nextIp(), headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, headers, payload: { login, password } });
  const auditActions = async (entityId?: string) => {
    const rows = await ctx.db.query.auditLog.findMany({ orderBy: (a, { asc }) => [asc(a.id)] });
    return rows.filter((r) => !entityId || r.entityId === entityId || r.detail.userId === entityId).map((r) => r.action);
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    talent = await createTestAccount(ctx, 'talent');
    employer = await createTestAccount(ctx, 'employer');
    officer = await createTestAccount(ctx, 'officer');
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('signs a talent in by mobile, an employer by credit code and staff by username', async () => {
    for (const a of [talent, employer, officer]) {
      const res = await loginAs(a.login, a.password);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: a.id, role: a.role });
      const cookie = res.cookies.find((c) => c.name === 'bole_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeFalsy();
    }
    // Credit codes are not case-sensitive.
    expect((await loginAs(employer.login.toLowerCase(), employer.password)).statusCode).toBe(200);
  });

  it('ends the previous session of a browser that signs in again', async () => {
    const first = await signIn(app, talent);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: nextIp(),
      headers: first,
      payload: { login: officer.login, password: officer.password },
    });
    expect(res.json()).toMatchObject({ role: 'officer' });
    expect((await app.inject({ url: '/api/v1/auth/me', headers: first })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie: `bole_session=${sessionCookieOf(res)}` } })).json()).toMatchObject({
      role: 'officer',
    });
  });

  it('marks the cookie Secure behind an https proxy, and trusts the proxy only when told to', async () => {
    const spoofed = await loginAs(officer.login, officer.password, nextIp(), { 'x-forwarded-proto': 'https' });
    expect(spoofed.cookies.find((c) => c.name === 'bole_session')?.secure).toBeFalsy();
    const behindProxy = await buildApp({ ctx: { ...ctx, config: { ...ctx.config, trustProxy: true } }, logger: false });
    try {
      const res = await behindProxy.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: nextIp(),
        headers: { 'x-forwarded-proto': 'https' },
        payload: { login: officer.login, password: officer.password },
      });
      expect(res.cookies.find((c) => c.name === 'bole_session')?.secure).toBe(true);
    } finally {
      await behindProxy.close();
    }
  });

  it('shows who is signed in, and ends the session on logout for good', async () => {
    const { cookie } = await signIn(app, talent);
    const me = await app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      id: talent.id,
      role: 'talent',
      displayName: expect.any(String),
      department: null,
      talentId: null,
      employerId: null,
      mustChangePassword: false,
    });

    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'bole_session')?.value).toBe('');
    // The old cookie, replayed, no longer works.
    const after = await app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'BOLE_UNAUTHENTICATED' });
  });

  it('answers an unknown login and a wrong password the same way', async () => {
    const wrong = await loginAs(officer.login, 'Wrong-passw0rd');
    const unknown = await loginAs('nobody-here', 'Wrong-passw0rd');
    const unknownMobile = await loginAs('13700000000', 'Wrong-passw0rd');
    for (const res of [wrong, unknown, unknownMobile]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'BOLE_INVALID_CREDENTIALS', detail: 'The login or password is wrong.' });
      expect(sessionCookieOf(res)).toBeUndefined();
    }
  });

  it('locks an address out of an account after five wrong passwords from it, for longer each time', async () => {
    const victim = await createTestAccount(ctx, 'talent');
    const from = nextIp();
    for (let i = 1; i <= 4; i++) expect((await loginAs(victim.login, `Wrong-${i}-pass`, from)).statusCode).toBe(401);
    const fifth = await loginAs(victim.login, 'Wrong-5-pass', from);
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({ code: 'BOLE_LOGIN_LOCKED' });
    expect(fifth.headers['retry-after']).toBe('60');

    // Locked: even the right password is refused until the time is up.
    ctx.clock.advance(30_000);
    const during = await loginAs(victim.login, victim.password, from);
    expect(during.statusCode).toBe(429);
    expect(during.headers['retry-after']).toBe('30');
    expect(sessionCookieOf(during)).toBeUndefined();
    // The owner, from anywhere else, is not locked out.
    expect((await loginAs(victim.login, victim.password)).statusCode).toBe(200);

    // After a minute, one more wrong password locks it for two minutes.
    ctx.clock.advance(31_000);
    const sixth = await loginAs(victim.login, 'Wrong-6-pass', from);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['retry-after']).toBe('120');
    ctx.clock.advance(121_000);
    expect((await loginAs(victim.login, 'Wrong-7-pass', from)).headers['retry-after']).toBe('240');

    // Once the lock ends the right password works and the count starts again.
    ctx.clock.advance(241_000);
    expect((await loginAs(victim.login, victim.password, from)).statusCode).toBe(200);
    expect((await loginAs(victim.login, 'Wrong-8-pass', from)).statusCode).toBe(401);
    expect(await auditActions(victim.id)).toEqual(expect.arrayContaining(['auth.login.failed', 'auth.login']));
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const from = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await loginAs(`user-${i}`, 'Wrong-passw0rd', from)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    const limited = await loginAs(officer.login, officer.password, from);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'BOLE_RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await loginAs(officer.login, officer.password)).statusCode).toBe(200);
  });

  it('ends a session after 12 idle hours, but keeps an active one alive', async () => {
    const { cookie } = await signIn(app, officer);
    ctx.clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    ctx.clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    ctx.clock.advance(SESSION_IDLE_MS + 1000);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('ends even an active session seven days after sign-in', async () => {
    const { cookie } = await signIn(app, officer);
    for (let day = 1; day <= 6; day++) {
      ctx.clock.advance(11 * 3600_000);
      expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
      ctx.clock.advance(13 * 3600_000 - 11 * 3600_000);
      expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    }
    ctx.clock.advance(24 * 3600_000);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('issues bearer tokens that work until revoked, and shows them only once', async () => {
    const { cookie } = await signIn(app, officer);
    const created = await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie }, payload: { name: 'nightly import' } });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json() as { id: string; token: string };
    expect(token).toMatch(/^bole_[A-Za-z0-9_-]{43}$/);

    const bearer = { authorization: `Bearer ${token}` };
    const me = await app.inject({ url: '/api/v1/auth/me', headers: bearer });
    expect(me.json()).toMatchObject({ id: officer.id, role: 'officer' });

    const list = await app.inject({ url: '/api/v1/auth/tokens', headers: bearer });
    expect(list.json().items).toEqual([expect.objectContaining({ id, name: 'nightly import', revokedAt: null, lastUsedAt: expect.any(String) })]);
    expect(list.body).not.toContain(token);

    // Bearer requests need no Origin: they cannot be forged by another website.
    const del = await app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, headers: { ...bearer, origin: 'https://evil.example' } });
    expect(del.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { authorization: 'Bearer bole_not-a-token' } })).statusCode).toBe(401);
    expect(await auditActions(id)).toEqual(['auth.token.create', 'auth.token.revoke']);
  });

  it("cannot revoke someone else's token", async () => {
    const other = await createTestAccount(ctx, 'officer');
    const a = await signIn(app, officer);
    const b = await signIn(app, other);
    const created = await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: a, payload: { name: 'mine' } });
    const res = await app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${created.json().id}`, headers: b });
    expect(res.statusCode).toBe(404);
  });

  it('refuses state-changing cookie requests from another origin', async () => {
    const { cookie } = await signIn(app, officer);
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie, ...headers }, payload: { name: 'x' } });
    const evil = await post({ origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    expect(evil.json()).toMatchObject({ code: 'BOLE_ORIGIN_MISMATCH' });
    expect((await post({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await post({ origin: 'http://localhost:80', host: 'localhost:80' })).statusCode).toBe(201);
    expect((await post({ 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    // Reads are not affected, and a cross-site logout does not end the session.
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie, origin: 'https://evil.example' } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, origin: 'https://evil.example' } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    // Login itself cannot be forged from another site either.
    expect((await loginAs(officer.login, officer.password, nextIp(), { origin: 'https://evil.example' })).statusCode).toBe(403);
  });

  it('accepts the configured public origin behind a proxy', async () => {
    const c2 = await createTestContext({ env: { BOLE_PUBLIC_ORIGIN: 'https://rc.zhuzhou.gov.cn' } });
    const app2 = await buildApp({ ctx: c2, logger: false });
    try {
      const a = await createTestAccount(c2, 'officer');
      const res = await app2.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { origin: 'https://rc.zhuzhou.gov.cn', host: '10.0.0.7:3000' },
        payload: { login: a.login, password: a.password },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      await app2.close();
      await c2.close();
    }
  });

  it('treats a disabled account as signed out, and refuses its sign-in', async () => {
    const admin = await createTestAccount(ctx, 'admin');
    const victim = await createTestAccount(ctx, 'concierge');
    const victimSession = await signIn(app, victim);
    const adminSession = await signIn(app, admin);
    const disabled = await app.inject({ method: 'POST', url: `/api/v1/admin/users/${victim.id}/disable`, headers: adminSession });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ id: victim.id, disabled: true });
    expect((await app.inject({ url: '/api/v1/auth/me', headers: victimSession })).statusCode).toBe(401);
    const again = await loginAs(victim.login, victim.password);
    expect(again.statusCode).toBe(403);
    expect(again.json()).toMatchObject({ code: 'BOLE_ACCOUNT_DISABLED' });
    // A wrong password still gets the plain 401: being disabled is only revealed to the owner.
    expect((await loginAs(victim.login, 'Wrong-passw0rd')).statusCode).toBe(401);
  });

  it('records logins, logouts and failures in the audit log', async () => {
    const a = await createTestAccount(ctx, 'auditor');
    const s = await signIn(app, a);
    await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s });
    await loginAs(a.login, 'Wrong-passw0rd');
    const entries = await ctx.db.query.auditLog.findMany();
    const mine = entries.filter((e) => e.actorId === a.id);
    expect(mine.map((e) => e.action)).toEqual(['auth.login', 'auth.logout', 'auth.login.failed']);
    expect(mine[0]!.ip).toMatch(/^10\./);
    expect(entries.find((e) => e.action === 'account.create' && e.entityId === a.id)).toMatchObject({ actorRole: 'system', detail: { role: 'auditor' } });
    // Passwords and mobile numbers never reach the log.
    const text = JSON.stringify(entries);
    expect(text).not.toContain(a.password);
    expect(text).not.toContain(talent.login);
    expect(await ctx.audit.verify()).toMatchObject({ ok: true });
  });
});
