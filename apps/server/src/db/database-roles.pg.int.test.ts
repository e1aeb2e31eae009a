/**
 * Two database roles on PostgreSQL: migrations run as the owner (BOLE_MIGRATION_DATABASE_URL),
 * the server as an application role (DATABASE_URL) that works normally but cannot alter, drop
 * or truncate the audit table, nor change or delete its rows — so holding the application's
 * password is not enough to rewrite the audit chain.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { buildApp } from '../app.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { loadConfig } from '../config.js';
import { openContext } from '../platform/bootstrap.js';
import type { AppContext } from '../platform/context.js';
import { createRoleDatabase, type RoleDatabase } from '../../test/databases.js';

describe('the application role cannot touch the audit table', () => {
  let roles: RoleDatabase;
  let ctx: AppContext;
  let dataDir: string;
  let asApp: pg.Client;

  beforeAll(async () => {
    roles = await createRoleDatabase('bole_roles');
    dataDir = mkdtempSync(join(tmpdir(), 'bole-roles-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      BOLE_DATA_DIR: dataDir,
      BOLE_LOG_LEVEL: 'silent',
      DATABASE_URL: roles.urlAs(roles.appRole),
      BOLE_MIGRATION_DATABASE_URL: roles.urlAs(roles.owner),
    });
    // The server's own start: migrate as the owner, then run as the application role.
    ctx = await openContext(config);
    asApp = new pg.Client({ connectionString: roles.urlAs(roles.appRole) });
    await asApp.connect();
  }, 120_000);

  afterAll(async () => {
    await asApp?.end();
    await ctx?.database.close();
    await roles?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves requests and writes the audit log as the application role', async () => {
    const app = await buildApp({ ctx, logger: false });
    const officer = await signIn(app, await createTestAccount(ctx, 'officer'));
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'roles' }, headers: officer });
    expect(res.statusCode, res.body).toBe(201);
    // It may read which migrations are applied (the readiness probe), nothing more of their schema.
    const ready = await app.inject('/api/health/ready');
    expect(ready.statusCode, ready.body).toBe(200);
    expect(ready.json()).toMatchObject({ migrations: { ok: true } });
    await app.close();
    const who = await asApp.query<{ current_user: string }>('select current_user');
    expect(who.rows[0]!.current_user).toBe(roles.appRole);
    const audited = await asApp.query<{ n: string }>("select count(*) as n from audit_log where action = 'auth.token.create'");
    expect(Number(audited.rows[0]!.n)).toBe(1);
  });

  it.each([
    ['truncate', 'TRUNCATE audit_log'],
    ['delete rows', 'DELETE FROM audit_log'],
    ['rewrite rows', "UPDATE audit_log SET action = 'forged'"],
    ['disable its triggers', 'ALTER TABLE audit_log DISABLE TRIGGER ALL'],
    ['drop it', 'DROP TABLE audit_log'],
    ['alter another table', 'ALTER TABLE talents ADD COLUMN forged text'],
    ['forget a migration', 'DELETE FROM drizzle.__drizzle_migrations'],
    ['record a migration', "INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('forged', 0)"],
  ])('refuses to %s', async (_what, statement) => {
    await expect(asApp.query(statement)).rejects.toMatchObject({ code: expect.stringMatching(/^(42501)$/) });
  });
});
