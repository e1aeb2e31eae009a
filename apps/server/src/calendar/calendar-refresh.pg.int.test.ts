/**
 * Two server processes on one PostgreSQL: an import made through one reaches the other's
 * calendar on its next refresh. (PGlite has one process: `*.pg.int.test.ts` files run only in
 * the PostgreSQL project.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { openDatabase } from '../db/database.js';
import { createCalendarStore } from './calendar-store.js';
import { importCalendarFile } from './calendar.command.js';

describe('holiday calendar on two processes', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-11-25T02:00:00Z' });
    app = await buildApp({ ctx, logger: false });
    dir = mkdtempSync(join(tmpdir(), 'bole-cal-'));
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a second process on the same database sees an import on its next refresh', async () => {
    const other = await openDatabase({ url: ctx.config.databaseUrl, poolSize: 2 });
    try {
      const store = createCalendarStore(other.db, ctx.clock);
      expect((await store.load()).provisionalYear).toBe(2027);
      expect(await store.refresh()).toBe(false);

      const path = join(dir, '2027.json');
      writeFileSync(path, JSON.stringify({ source: '测试用通知 2027', '2027': { holidays: ['2027-01-01'], workdays: [] } }));
      await importCalendarFile(ctx, path);

      expect(await store.refresh()).toBe(true);
      expect(store.current().kindOf(2027)).toBe('official');
      expect(store.current().provisionalYear).toBe(2028);
    } finally {
      await other.close();
    }
  });
});
