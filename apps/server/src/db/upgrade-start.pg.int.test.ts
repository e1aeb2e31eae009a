/** The server started on a database a newer release has migrated: exit code 1, the reason on stderr, nothing served. */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildServerEntry, cleanEnv, serverDir } from '../../test/server-process.js';
import { recordNewerMigration } from './migrate-testing.js';

describe('the server started on a database of a newer release', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    buildServerEntry('main');
    ctx = await createTestContext();
    await recordNewerMigration(ctx.database);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('exits with code 1 and says why, without serving', () => {
    const run = spawnSync(process.execPath, ['dist/main.js'], {
      cwd: serverDir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...cleanEnv(), NODE_ENV: 'test', DATABASE_URL: ctx.config.databaseUrl!, BOLE_DATA_DIR: ctx.config.dataDir, PORT: '0', BOLE_SEED_DEMO: 'false' },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('The database was migrated by a newer release of Bole');
    expect(run.stdout).not.toContain('is running at');
  });
});
