/** Test helper: a database as a newer release of Bole would have left it. Not used by production code. */
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database } from './database.js';
import { migrationsFolder } from './migrate.js';

/** Records a migration one day newer than the newest this code has, as a newer release's start would. */
export async function recordNewerMigration(database: Database): Promise<void> {
  const newestKnown = Math.max(...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
  await database.exec(`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('from-a-newer-release', ${newestKnown + 86_400_000})`);
}
