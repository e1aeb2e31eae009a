/**
 * The probes a load balancer uses: live answers while the process runs, whatever the database
 * does; ready (and /api/health, its alias) only while the database answers and has every
 * migration of this code. Stopping is in http/shutdown.int.test.ts, a PostgreSQL outage in
 * db/database-outage.pg.int.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestContext, testDbKind, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';

describe('health probes', () => {
  let ctx: TestContext | undefined;
  let app: FastifyInstance | undefined;
  const start = async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    return { ctx, app };
  };
  afterEach(async () => {
    await app?.close();
    await ctx?.close().catch(() => undefined);
  });

  it('says live and ready on a migrated database that answers', async () => {
    const { app } = await start();
    const live = await app.inject('/api/health/live');
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ status: 'ok' });
    for (const url of ['/api/health/ready', '/api/health']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok', database: { kind: testDbKind, ok: true }, migrations: { ok: true } });
    }
  });

  it('stays live but not ready when the database is gone', async () => {
    const { ctx, app } = await start();
    await ctx.database.close();
    expect((await app.inject('/api/health/live')).statusCode).toBe(200);
    for (const url of ['/api/health/ready', '/api/health']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(503);
      expect(res.json()).toMatchObject({ status: 'degraded', database: { ok: false }, migrations: { ok: false } });
    }
  });

  it('is not ready on a database that lacks this code’s newest migration', async () => {
    const { ctx, app } = await start();
    await ctx.database.exec('delete from drizzle.__drizzle_migrations');
    const res = await app.inject('/api/health/ready');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'degraded', database: { ok: true }, migrations: { ok: false } });
    expect((await app.inject('/api/health/live')).statusCode).toBe(200);
  });
});
