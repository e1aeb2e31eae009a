/**
 * Upgrades: migrations run on start; a database a newer release has migrated is refused before
 * anything is changed (the server's start: upgrade-start.pg.int.test.ts).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import type { Database } from './database.js';
import { DatabaseNewerError, migrate } from './migrate.js';
import { recordNewerMigration } from './migrate-testing.js';

async function triggerCount(database: Database, name: string): Promise<number> {
  const r = (await database.db.execute(sql`select count(*)::int as n from pg_trigger where tgname = ${name}`)) as unknown as { rows: { n: number }[] };
  return r.rows[0]!.n;
}

describe('a database migrated by a newer release', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('is refused by migrate, which changes nothing, and migrates again once the code knows every migration', async () => {
    // Something the migration run would put back, to see that it did not run.
    await ctx.database.exec('DROP TRIGGER audit_log_no_truncate ON audit_log');
    await recordNewerMigration(ctx.database);

    const refused = migrate(ctx.database);
    await expect(refused).rejects.toBeInstanceOf(DatabaseNewerError);
    await expect(refused).rejects.toThrow(/newer release of Bole \(1 migration\(s\) this version does not have\); nothing was changed/);
    expect(await triggerCount(ctx.database, 'audit_log_no_truncate')).toBe(0);

    await ctx.database.exec("DELETE FROM drizzle.__drizzle_migrations WHERE hash = 'from-a-newer-release'");
    await migrate(ctx.database);
    expect(await triggerCount(ctx.database, 'audit_log_no_truncate')).toBe(1);
  });
});
