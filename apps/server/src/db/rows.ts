import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from './database.js';

/** Rows of a raw `db.execute` query, whichever driver (PGlite or node-postgres) is behind it. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Runs a raw query and returns its rows. */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}
