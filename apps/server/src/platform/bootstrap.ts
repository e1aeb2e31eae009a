/**
 * Opening an instance: database (PGlite in the data folder or PostgreSQL by URL), migrations,
 * the personal-data key, and the context every service uses. Shared by the server and the CLI.
 */
import { mkdirSync } from 'node:fs';
import type { Config } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { createCipher, loadDataKey } from '../personal-data/personal-data.js';
import { offsetFileClock, systemClock, type Clock } from './clock.js';
import { createContext, type AppContext } from './context.js';
import { backfillBirthplaces } from '../talents/talent.service.js';

/** Opens the database, migrates it, assembles the context and loads the holiday calendar (seeding it on first start). */
export async function openContext(
  config: Config,
  clock: Clock = config.clockOffsetFile ? offsetFileClock(config.clockOffsetFile) : systemClock,
): Promise<AppContext> {
  mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  if (config.migrationDatabaseUrl && config.databaseUrl) {
    // Two roles: the owner migrates, the application (DATABASE_URL's user) only uses the tables.
    const owner = await openDatabase({ url: config.migrationDatabaseUrl, poolSize: 2 });
    try {
      await migrate(owner, { appRole: decodeURIComponent(new URL(config.databaseUrl).username) });
    } finally {
      await owner.close();
    }
  } else {
    await migrate(database);
  }
  const cipher = createCipher(loadDataKey(config.dataDir, config.dataKeyHex));
  const ctx = createContext({ config, database, clock, cipher });
  await ctx.calendar.load();
  await backfillBirthplaces(ctx);
  return ctx;
}
