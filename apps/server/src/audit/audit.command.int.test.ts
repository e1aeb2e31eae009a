/**
 * The `bole` CLI end to end, as an operator runs it: `bole user create`, `bole user token`
 * and `bole audit verify` in a child process against the same database the server uses
 * (a PGlite data folder, or PostgreSQL by DATABASE_URL).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openContext } from '../platform/bootstrap.js';
import type { AppContext } from '../platform/context.js';
import { buildApp } from '../app.js';
import { createTestContext, testDbKind, type TestContext } from '../../test/test-context.js';
import { runBole } from '../../test/bole-cli.js';

describe('bole CLI: users, tokens and audit verify', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-cli-'));
  let pgCtx: TestContext | undefined;
  let env: NodeJS.ProcessEnv;

  /** Runs `bole …` in a child process; `input` is piped to stdin. */
  const bole = (args: string[], input?: string) => runBole(args, env, input);

  /** Opens the instance's database in this process (PGlite: only while no CLI process has it open). */
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
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    env = { ...rest, NODE_ENV: 'test', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent' };
    if (testDbKind === 'postgres') {
      // the CLI must hold the same data key (the audit chain is keyed by it)
      env.BOLE_DATA_KEY = randomBytes(32).toString('hex');
      pgCtx = await createTestContext({ env: { BOLE_DATA_KEY: env.BOLE_DATA_KEY } });
      env.DATABASE_URL = pgCtx.config.databaseUrl;
    }
    await withDb(async (ctx) => {
      for (let i = 1; i <= 4; i++) {
        await ctx.db.transaction((tx) => ctx.audit.record(tx, null, { action: 'test.entry', entity: 'thing', entityId: `t${i}`, detail: { n: i } }));
      }
    });
  });
  afterAll(async () => {
    await pgCtx?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates an admin from a password on stdin, and refuses bad input readably', async () => {
    const ok = await bole(['user', 'create', '--role', 'admin', '--username', 'ops', '--name', '运维管理员', '--password-stdin'], 'Ops-passw0rd\n');
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toMatch(/^Created admin ops \([0-9a-f-]{36}\)/);

    const bad = await bole(['user', 'create', '--role', 'reviewer', '--username', 'Bad Name', '--name', '审核员', '--password', 'short']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--username: must be 3–32 lowercase letters');
    expect(bad.stderr).toContain('--department: is required for a reviewer');
    expect(bad.stderr).toContain('--password: must be at least 8 characters');
    expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const dup = await bole(['user', 'create', '--role', 'officer', '--username', 'ops', '--name', 'x', '--password', 'Other-passw0rd']);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('--username: is already taken');
  });

  it('issues a bearer token that the API accepts', async () => {
    const run = await bole(['user', 'token', '--username', 'ops', '--name', 'cli']);
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    expect(token).toMatch(/^bole_[A-Za-z0-9_-]{43}$/);
    const me = await withDb(async (ctx) => {
      const app = await buildApp({ ctx, logger: false });
      try {
        return (await app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).json();
      } finally {
        await app.close();
      }
    });
    expect(me).toMatchObject({ role: 'admin', displayName: '运维管理员' });
    expect((await bole(['user', 'token', '--username', 'nobody', '--name', 'cli'])).stderr).toContain('"nobody" was not found');
  });

  it('reports an intact chain with its length', async () => {
    const run = await bole(['audit', 'verify']);
    expect(run.code).toBe(0);
    // 4 test entries + account creation + token creation.
    expect(run.stdout).toBe('OK: 6 audit entries, the hash chain is intact.\n');
  });

  it('reports the first edited entry by id and exits 1', async () => {
    await withDb((ctx) =>
      ctx.database.exec(`
        ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
        UPDATE audit_log SET detail = '{"n": 99}' WHERE id = 3;
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`),
    );
    const run = await bole(['audit', 'verify']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^BROKEN at audit entry #3: the row content does not match its hash/);
  });

  it('reports a configuration error key by key', async () => {
    const saved = env;
    env = { ...saved, PORT: 'not-a-port', BOLE_DATA_KEY: 'short' };
    try {
      const run = await bole(['audit', 'verify']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Invalid configuration');
      expect(run.stderr).toContain('PORT');
      expect(run.stderr).toContain('BOLE_DATA_KEY: must be 64 hex characters');
    } finally {
      env = saved;
    }
  });
});
