/**
 * The request limits of @fastify/rate-limit counted in the database: a window per route and
 * address that ends on the application clock, and counters idle for a day deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { findThrottles } from './throttle.repository.js';
import { IDLE_COUNTER_MS, databaseRateLimitStore } from './rate-limit-store.js';

describe('database rate-limit counters', () => {
  let ctx: TestContext;
  let app: FastifyInstance;

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.config.loginRateLimit = 2;
    app = await buildApp({ ctx, logger: false });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  const login = (remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { login: 'nobody-here', password: 'Wrong-pass-1' } });

  it('keeps one counter per route and address, and starts a new window when the last has passed', async () => {
    const codes = [await login('192.0.2.1'), await login('192.0.2.1'), await login('192.0.2.1')].map((r) => r.statusCode);
    expect(codes).toEqual([401, 401, 429]);
    const [row] = await findThrottles(ctx.db, ['rate:POST /api/v1/auth/login|192.0.2.1']);
    expect(row?.count).toBe(3);
    ctx.clock.advance(60_000);
    expect((await login('192.0.2.1')).statusCode).toBe(401);
  });

  it('deletes counters idle for a day', async () => {
    await login('192.0.2.2');
    ctx.clock.advance(IDLE_COUNTER_MS + 3600_000);
    await login('192.0.2.3');
    expect(await findThrottles(ctx.db, ['rate:POST /api/v1/auth/login|192.0.2.2'])).toEqual([]);
    expect(await findThrottles(ctx.db, ['rate:POST /api/v1/auth/login|192.0.2.3'])).toHaveLength(1);
  });

  it('refuses at start a limit whose window is longer than counters are kept', () => {
    const Store = databaseRateLimitStore(ctx);
    const route = (timeWindow: number) => ({ routeInfo: { method: 'POST', url: '/x' }, timeWindow }) as never;
    expect(() => new Store({}).child(route(IDLE_COUNTER_MS))).not.toThrow();
    expect(() => new Store({}).child(route(IDLE_COUNTER_MS + 1))).toThrow(/POST \/x.*longer than a day/);
  });
});
