/**
 * Opening an instance: database (PGlite in the data folder or PostgreSQL by URL), migrations,
 * the personal-data key, and the context every service uses. Shared by the server and the CLI.
 */
import { mkdirSync } from 'node:fs';
import type { Config } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { createCipher, loadDataKey } from '../personal-data/personal-data.js';
import { offsetFileClock, systemClock, type Clock } from './clock.js';
import { createContext, type AppContext } from './context.js';
import { backfillBirthplaces, backfillNameKeys } from '../talents/talent.service.js';
import { hasMarker, setMarker } from '../db/markers.js';
import { confirmFactsOfEarlierGrants } from '../recognition/recognition-facts.js';
import { confirmFactsOfEarlierApprovals } from '../applications/application-facts.js';
import { checkDataKey } from './data-key-check.js';

/** The marker of the one-time filling-in of facts confirmed by decisions made before facts had provenance. */
export const EARLIER_DECISIONS_MARKER = 'facts_of_earlier_decisions';

/**
 * Once per instance: every fact starts as the talent's declaration, except those a finished
 * recognition or an approved application confirmed — recorded as reviewed, by the deciding
 * reviewer, on the case's evidence. A fresh database has nothing to fill in and is only marked.
 */
export async function confirmFactsOfEarlierDecisions(ctx: AppContext): Promise<{ recognitions: number; applications: number } | null> {
  if (await hasMarker(ctx.db, EARLIER_DECISIONS_MARKER)) return null;
  const done = { recognitions: await confirmFactsOfEarlierGrants(ctx), applications: await confirmFactsOfEarlierApprovals(ctx) };
  await ctx.db.transaction(async (tx) => {
    await setMarker(tx, EARLIER_DECISIONS_MARKER, done, ctx.clock.now());
    if (done.recognitions + done.applications > 0) {
      await ctx.audit.record(tx, null, {
        action: 'facts.backfill',
        entity: 'talent',
        detail: { ...done, source: 'review', purpose: 'facts of earlier decisions' },
      });
    }
  });
  return done;
}

/** Migrates, as the owner role when there are two (BOLE_MIGRATION_DATABASE_URL), which then grants the application role its use. */
async function migrateInstance(config: Config, database: Database): Promise<void> {
  if (!config.migrationDatabaseUrl || !config.databaseUrl) return migrate(database);
  const owner = await openDatabase({ url: config.migrationDatabaseUrl, poolSize: 2 });
  try {
    await migrate(owner, { appRole: decodeURIComponent(new URL(config.databaseUrl).username) });
  } finally {
    await owner.close();
  }
}

/**
 * Opens the database, migrates it, checks the data key, assembles the context and loads the holiday calendar (seeding it
 * on first start). Throws a `StartupError` for an instance that must not start (a newer database, another data key).
 */
export async function openContext(
  config: Config,
  clock: Clock = config.clockOffsetFile ? offsetFileClock(config.clockOffsetFile) : systemClock,
): Promise<AppContext> {
  mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  let ctx: AppContext;
  try {
    await migrateInstance(config, database);
    ctx = createContext({ config, database, clock, cipher: createCipher(loadDataKey(config.dataDir, config.dataKeyHex)) });
    await checkDataKey(ctx);
  } catch (err) {
    // Closed, so that an embedded database is not left marked open (backup and restore check).
    await database.close();
    throw err;
  }
  await ctx.calendar.load();
  await backfillBirthplaces(ctx);
  await backfillNameKeys(ctx);
  await confirmFactsOfEarlierDecisions(ctx);
  return ctx;
}
