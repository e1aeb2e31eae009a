import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createAuthenticate } from './authenticate.js';
import { createTestAccount, signIn } from './testing.js';
import { hashSecret } from './secrets.js';
import { SessionCache, forgetSessions } from './session-cache.js';

describe('remembered session lookups', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const TTL = 300;
  const me = (cookie: string) => app.inject({ url: '/api/v1/auth/me', headers: { cookie } });

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false, authenticate: createAuthenticate(ctx, { sessionCacheMs: TTL }) });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('a session ended on this node stops at once, though its lookup was remembered', async () => {
    const { cookie } = await signIn(app, await createTestAccount(ctx, 'officer'));
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('an account disabled on this node is signed out at once, though its lookup was remembered', async () => {
    const victim = await createTestAccount(ctx, 'concierge');
    const victimSession = await signIn(app, victim);
    const admin = await signIn(app, await createTestAccount(ctx, 'admin'));
    expect((await me(victimSession.cookie)).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/users/${victim.id}/disable`, headers: admin })).statusCode).toBe(200);
    expect((await me(victimSession.cookie)).statusCode).toBe(401);
  });

  it('a session ended elsewhere (another node, the bole command) stops within the remembering time', async () => {
    const { cookie } = await signIn(app, await createTestAccount(ctx, 'reviewer'));
    expect((await me(cookie)).statusCode).toBe(200);
    const tokenHash = hashSecret(cookie.slice(cookie.indexOf('=') + 1));
    // A write this process did not make: straight to the table, as another node's would be.
    await ctx.db.execute(sql`UPDATE sessions SET revoked_at = now() WHERE token_hash = ${tokenHash}`);
    const started = performance.now();
    let status = (await me(cookie)).statusCode;
    while (status === 200 && performance.now() - started < TTL * 3) {
      await new Promise((r) => setTimeout(r, 25));
      status = (await me(cookie)).statusCode;
    }
    expect(status).toBe(401);
    expect(performance.now() - started).toBeLessThan(TTL + 1_000);
  });

  it('a lookup that was in flight during a write is not remembered', () => {
    const cache = new SessionCache<string>(60_000);
    const remember = cache.begin();
    forgetSessions();
    remember('k', 'read before the write committed');
    expect(cache.get('k')).toBeUndefined();
    cache.begin()('k', 'read after');
    expect(cache.get('k')).toBe('read after');
    forgetSessions();
    expect(cache.get('k')).toBeUndefined();
  });
});
