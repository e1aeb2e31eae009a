/**
 * `bole pay` as an operator runs it, in a child process against the instance's database: the
 * batch is made as the officer a bearer token names and released to the finance bureau only by
 * a second officer's token — an operator alone cannot pay.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openContext } from '../platform/bootstrap.js';
import type { AppContext } from '../platform/context.js';
import { createTestAccount } from '../auth/testing.js';
import { issueTokenForUsername } from '../auth/tokens.service.js';
import { createTestContext, testDbKind, type TestContext } from '../../test/test-context.js';
import { runBole } from '../../test/bole-cli.js';
import { listPaymentBatches } from './payment.service.js';

describe('bole pay: made by one officer, released by another', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-pay-'));
  let pgCtx: TestContext | undefined;
  let env: NodeJS.ProcessEnv;
  const tokens: { maker: string; checker: string; reviewer: string } = { maker: '', checker: '', reviewer: '' };

  const bole = (args: string[], extra: NodeJS.ProcessEnv = {}) => runBole(args, { ...env, ...extra });

  /** The instance's database in this process (PGlite: only while no CLI process has it open). */
  async function withDb<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
    if (pgCtx) return fn(pgCtx);
    const ctx = await openContext(loadConfig({ NODE_ENV: 'test', BOLE_DATA_DIR: dataDir }));
    try {
      return await fn(ctx);
    } finally {
      await ctx.database.close();
    }
  }

  beforeAll(async () => {
    const { DATABASE_URL: _ignored, BOLE_TOKEN: _none, ...rest } = process.env;
    env = { ...rest, NODE_ENV: 'test', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', BOLE_SEED_DEMO: 'false' };
    if (testDbKind === 'postgres') {
      env.BOLE_DATA_KEY = randomBytes(32).toString('hex');
      pgCtx = await createTestContext({ env: { BOLE_DATA_KEY: env.BOLE_DATA_KEY } });
      env.DATABASE_URL = pgCtx.config.databaseUrl;
    }
    await withDb(async (ctx) => {
      for (const [key, role] of [
        ['maker', 'officer'],
        ['checker', 'officer'],
        ['reviewer', 'reviewer'],
      ] as const) {
        const account = await createTestAccount(ctx, role);
        tokens[key] = (await issueTokenForUsername(ctx, account.login, 'cli')).token;
      }
    });
  });
  afterAll(async () => {
    await pgCtx?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('needs an officer’s token to make a batch, and a different officer’s to release it', async () => {
    const anonymous = await bole(['pay', '--period', '2026-07']);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain('Name the officer with a bearer token');
    const reviewer = await bole(['pay', '--period', '2026-07', '--token', tokens.reviewer]);
    expect(reviewer.code).toBe(1);
    expect(reviewer.stderr).toContain('belongs to a reviewer account');

    const made = await bole(['pay', '--period', '2026-07', '--token', tokens.maker]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('bole pay approve --period 2026-07');
    const self = await bole(['pay', 'approve', '--period', '2026-07'], { BOLE_TOKEN: tokens.maker });
    expect(self.code).toBe(1);
    expect(self.stderr).toMatch(/second officer|another officer|same officer/i);
    expect((await withDb((ctx) => listPaymentBatches(ctx, null)))[0]).toMatchObject({ period: '2026-07', status: 'awaiting_approval' });

    const released = await bole(['pay', 'approve', '--period', '2026-07', '--token', tokens.checker]);
    expect(released.code, released.stderr).toBe(0);
    expect(released.stdout).toMatch(/^Batch 2026-07 \(.+\) approved by /);
    const [batch] = await withDb((ctx) => listPaymentBatches(ctx, null));
    expect(batch).toMatchObject({ status: 'approved' });
    expect(batch!.createdBy).not.toBeNull();
    expect(batch!.approvedBy).not.toBe(batch!.createdBy);
  });
});
