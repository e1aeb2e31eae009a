/**
 * Behind a reverse proxy: only the hops (or proxy addresses) the operator configured are
 * believed, so a client cannot choose its own address by writing X-Forwarded-For — not to
 * get around the login limit, not to put a forged address into the audit log. The session
 * cookie is Secure whenever the public origin is https.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { ConfigError, loadConfig } from '../config.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, type TestAccount } from './testing.js';

describe('behind a proxy', () => {
  let ctx: TestContext;
  let officer: TestAccount;
  const apps: FastifyInstance[] = [];
  const appWith = async (env: Record<string, string>, loginRateLimit = 1000) => {
    const parsed = loadConfig({ NODE_ENV: 'test', ...env });
    const app = await buildApp({
      ctx: { ...ctx, config: { ...ctx.config, trustProxy: parsed.trustProxy, publicOrigin: parsed.publicOrigin, loginRateLimit } },
      logger: false,
    });
    apps.push(app);
    return app;
  };
  const login = (app: FastifyInstance, xff: string, remoteAddress = '10.0.0.2', password = officer.password) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, headers: { 'x-forwarded-for': xff }, payload: { login: officer.login, password } });
  const lastLoginIp = async () => (await ctx.db.query.auditLog.findMany({ orderBy: (a, { desc }) => [desc(a.id)] })).find((r) => r.action === 'auth.login')?.ip;

  beforeAll(async () => {
    ctx = await createTestContext();
    officer = await createTestAccount(ctx, 'officer');
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await ctx.close();
  });

  it('reads BOLE_TRUST_PROXY as hops or proxy addresses, never "everyone"', () => {
    expect(loadConfig({ BOLE_TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ BOLE_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ BOLE_TRUST_PROXY: '10.0.0.2, 172.16.0.0/12' }).trustProxy).toEqual(['10.0.0.2', '172.16.0.0/12']);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ BOLE_TRUST_PROXY: 'yes please' })).toThrow(ConfigError);
  });

  it('with BOLE_TRUST_PROXY=true the address the proxy saw is the client, not the left-most one the client wrote', async () => {
    const app = await appWith({ BOLE_TRUST_PROXY: 'true' });
    expect((await login(app, '6.6.6.6, 203.0.113.9')).statusCode).toBe(200);
    expect(await lastLoginIp()).toBe('203.0.113.9');
  });

  it('a forged left-most X-Forwarded-For does not get around the login limit', async () => {
    const app = await appWith({ BOLE_TRUST_PROXY: 'true' }, 3);
    const codes: number[] = [];
    for (let i = 1; i <= 4; i++) codes.push((await login(app, `198.51.100.${i}, 203.0.113.77`, '10.0.0.2', 'wrong-password')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
  });

  it('believes only the configured proxy addresses', async () => {
    const app = await appWith({ BOLE_TRUST_PROXY: '10.0.0.2' });
    expect((await login(app, '6.6.6.6, 203.0.113.10', '10.0.0.2')).statusCode).toBe(200);
    expect(await lastLoginIp()).toBe('203.0.113.10');
    // not from the proxy: the header is ignored
    expect((await login(app, '203.0.113.11', '192.0.2.200')).statusCode).toBe(200);
    expect(await lastLoginIp()).toBe('192.0.2.200');
  });

  it('marks the session cookie Secure when the public origin is https, even over plain http from the proxy', async () => {
    const app = await appWith({ BOLE_PUBLIC_ORIGIN: 'https://rc.example.gov.cn' });
    const res = await login(app, '', '192.0.2.201');
    expect(res.cookies.find((c) => c.name === 'bole_session')?.secure).toBe(true);
  });
});
