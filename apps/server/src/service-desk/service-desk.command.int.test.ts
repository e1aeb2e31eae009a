/**
 * `bole service-desk escalate` as an operator runs it (from a timer, with the server's own
 * schedule off), in a child process against the instance's database: an overdue request reaches
 * the head and the office once, and a second run escalates nothing.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { businessDate } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { buildApp } from '../app.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { createTestContext, testDbKind, type TestContext } from '../../test/test-context.js';
import { runBole, withInstanceDb } from '../../test/bole-cli.js';
import { SCHOOLING } from './service-desk-testing.js';

describe('bole service-desk escalate', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-desk-'));
  let pgCtx: TestContext | undefined;
  let env: NodeJS.ProcessEnv;
  let requestId = '';

  const withDb = <T>(fn: (ctx: AppContext) => Promise<T>) => withInstanceDb(dataDir, pgCtx, fn);

  beforeAll(async () => {
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    env = { ...rest, NODE_ENV: 'test', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', BOLE_SEED_DEMO: 'false' };
    if (testDbKind === 'postgres') {
      env.BOLE_DATA_KEY = randomBytes(32).toString('hex');
      pgCtx = await createTestContext({ env: { BOLE_DATA_KEY: env.BOLE_DATA_KEY } });
      env.DATABASE_URL = pgCtx.config.databaseUrl;
    }
    requestId = await withDb(async (ctx) => {
      const app = await buildApp({ ctx, logger: false });
      try {
        const t = await registerTalentWithProfile(app, null);
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/service-requests',
          headers: { cookie: t.cookie },
          payload: { category: 'children_schooling', form: SCHOOLING, consent: true },
        });
        expect(res.statusCode, res.body).toBe(201);
        return res.json().requests[0].id as string;
      } finally {
        await app.close();
      }
    });
  });
  afterAll(async () => {
    await pgCtx?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('escalates an overdue request to the head and the office once; run again, nothing more', async () => {
    const bad = await runBole(['service-desk', 'escalate', '--at', '2026-13-01'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--at must be a date YYYY-MM-DD');

    // Three weeks after filing, every clock of the request has run out long ago.
    const at = businessDate(new Date(Date.now() + 21 * 86_400_000));
    const first = await runBole(['service-desk', 'escalate', '--at', at], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Service requests overdue as of ${at}: 1 escalated to the department head, 1 to the talent office.`);
    expect(first.stdout).toContain(`office  ${requestId}`);

    const again = await runBole(['service-desk', 'escalate', '--at', at], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('0 escalated to the department head, 0 to the talent office.');

    const steps = await withDb(async (ctx) => {
      const r = (await ctx.db.execute(
        sql`select action, count(*)::int n from service_steps where request_id = ${requestId} and action like 'escalate_%' group by action order by action`,
      )) as unknown as { rows: { action: string; n: number }[] };
      return r.rows;
    });
    expect(steps).toEqual([
      { action: 'escalate_head', n: 1 },
      { action: 'escalate_office', n: 1 },
    ]);
  });
});
