import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, type TestAccount } from './testing.js';
import type { LoginLimits } from './login-rules.js';

/** The attacks of the enumeration and lockout review, each reproduced against the sign-in and registration routes. */
describe('sign-in limits that neither reveal accounts nor let a stranger lock one out', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let admin: TestAccount;
  let ip = 0;
  const nextIp = () => `203.0.113.${++ip}`;
  const attempt = (a: FastifyInstance, login: string, password: string, remoteAddress: string) =>
    a.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { login, password } });
  /** What a client sees of an answer: status, code, detail, Retry-After. */
  const seen = (r: LightMyRequestResponse) => [r.statusCode, r.json().code, r.json().detail, r.headers['retry-after'] ?? null];
  const withLimits = (limits: Partial<LoginLimits>, more: Record<string, unknown> = {}) =>
    buildApp({
      ctx: { ...ctx, config: { ...ctx.config, loginLimits: { addressPerHour: 100, accountSlowAfter: 50, accountSlowMs: 2000, ...limits }, ...more } },
      logger: false,
    });

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    admin = await createTestAccount(ctx, 'admin');
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('answers wrong passwords for an unknown login exactly as for a known one, lockout included', async () => {
    const known = await createTestAccount(ctx, 'talent');
    const fromA = nextIp();
    const fromB = nextIp();
    const knownAnswers: unknown[] = [];
    const unknownAnswers: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      knownAnswers.push(seen(await attempt(app, known.login, `Wrong-${i}-pass`, fromA)));
      unknownAnswers.push(seen(await attempt(app, '13600000000', `Wrong-${i}-pass`, fromB)));
    }
    expect(unknownAnswers).toEqual(knownAnswers);
    expect(knownAnswers.map((a) => (a as unknown[])[1])).toEqual([...Array(4).fill('BOLE_INVALID_CREDENTIALS'), 'BOLE_LOGIN_LOCKED', 'BOLE_LOGIN_LOCKED']);
  });

  it('does not let a stranger lock admin out: the guessing address is locked, admin signs in from elsewhere', async () => {
    const attacker = nextIp();
    for (let i = 0; i < 8; i++) await attempt(app, 'admin', `Guess-${i}-pass`, attacker);
    await attempt(app, admin.login, 'Guess-x-pass', attacker);
    for (let i = 0; i < 6; i++) await attempt(app, admin.login, `Guess-${i}-pass`, attacker);
    const locked = await attempt(app, admin.login, admin.password, attacker);
    expect(locked.json()).toMatchObject({ code: 'BOLE_LOGIN_LOCKED' });
    expect((await attempt(app, admin.login, admin.password, nextIp())).statusCode).toBe(200);
  });

  it('slows a guess spread over many addresses but never locks the owner out', async () => {
    const owner = await createTestAccount(ctx, 'officer');
    const narrow = await withLimits({ accountSlowAfter: 3, accountSlowMs: 1 });
    try {
      for (let i = 0; i < 4; i++) expect((await attempt(narrow, owner.login, `Spread-${i}-pass`, nextIp())).statusCode).toBe(401);
      expect((await attempt(narrow, owner.login, 'Spread-x-pass', nextIp())).statusCode).toBe(401);
      const failures = (await ctx.db.query.auditLog.findMany({ orderBy: (a, { asc }) => [asc(a.id)] })).filter(
        (r) => r.action === 'auth.login.failed' && r.entityId === owner.id,
      );
      expect(failures.map((r) => r.detail.slowed)).toEqual([false, false, false, true, true]);
      expect((await attempt(narrow, owner.login, owner.password, nextIp())).statusCode).toBe(200);
    } finally {
      await narrow.close();
    }
  });

  it('holds back one address guessing across many logins, and only that address', async () => {
    const owner = await createTestAccount(ctx, 'officer');
    const narrow = await withLimits({ addressPerHour: 4 });
    try {
      const from = nextIp();
      for (let i = 0; i < 4; i++) expect((await attempt(narrow, `someone-${i}`, 'Wrong-1-pass', from)).statusCode).toBe(401);
      const held = await attempt(narrow, owner.login, owner.password, from);
      expect(held.statusCode).toBe(429);
      expect(held.json()).toMatchObject({ code: 'BOLE_RATE_LIMITED' });
      expect((await attempt(narrow, owner.login, owner.password, nextIp())).statusCode).toBe(200);
    } finally {
      await narrow.close();
    }
  });

  it('limits registrations per client address (each runs an expensive password hash)', async () => {
    const narrow = await withLimits({}, { registerRateLimit: 2 });
    try {
      const from = nextIp();
      const register = (mobile: string, remoteAddress: string) =>
        narrow.inject({ method: 'POST', url: '/api/v1/auth/register/talent', remoteAddress, payload: { mobile, password: 'Passw0rd-1', name: '李四' } });
      expect((await register('13500000001', from)).statusCode).toBe(201);
      expect((await register('13500000002', from)).statusCode).toBe(201);
      const third = await register('13500000003', from);
      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ code: 'BOLE_RATE_LIMITED' });
      expect((await register('13500000003', nextIp())).statusCode).toBe(201);
    } finally {
      await narrow.close();
    }
  });
});
