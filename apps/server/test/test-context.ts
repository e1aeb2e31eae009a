/**
 * A fresh, migrated database and context for one test file. The database kind follows the
 * vitest project: PGlite in memory, or a new database on the run's PostgreSQL server.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { createCipher } from '../src/personal-data/personal-data.js';
import { createContext, type AppContext } from '../src/platform/context.js';
import { fixedClock } from '../src/platform/clock.js';
import { createDatabase } from './databases.js';

/** Which database the current test project runs against. */
export const testDbKind: 'pglite' | 'postgres' = process.env.BOLE_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** A test context; `clock` can be moved; `close` drops everything. */
export type TestContext = AppContext & { clock: ReturnType<typeof fixedClock>; close(): Promise<void> };

/** Creates a fresh database (PGlite or PostgreSQL), migrates it and returns a context. */
export async function createTestContext(opts: { now?: string; env?: Record<string, string> } = {}): Promise<TestContext> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-test-'));
  let url: string | undefined;
  let dropDb: (() => Promise<void>) | undefined;
  if (testDbKind === 'postgres') {
    const created = await createDatabase();
    url = created.url;
    dropDb = created.drop;
  }
  // Test files register many accounts from one injected address; the per-address registration
  // limit has its own test (login-throttle.int.test.ts). With PostgreSQL the defaults that follow
  // from DATABASE_URL apply (evidence in the database).
  const config = loadConfig({
    NODE_ENV: 'test',
    BOLE_DATA_DIR: dataDir,
    BOLE_LOG_LEVEL: 'silent',
    BOLE_REGISTER_RATE_LIMIT: '100000',
    ...(url ? { DATABASE_URL: url } : {}),
    ...opts.env,
  });
  const database = await openDatabase({ url, dataDir: 'memory://', poolSize: 5 });
  await migrate(database);
  const clock = fixedClock(opts.now ?? '2026-07-15T02:00:00Z');
  const ctx = createContext({
    config,
    database,
    clock,
    cipher: createCipher(config.dataKeyHex ? Buffer.from(config.dataKeyHex, 'hex') : randomBytes(32)),
  });
  return {
    ...ctx,
    clock,
    async close() {
      await database.close();
      await dropDb?.();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
