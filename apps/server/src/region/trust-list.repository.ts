/** Database access for the accepted trust lists and the members' cached status lists. */
import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { regionStatusLists, regionTrustLists } from './region.table.js';

export type TrustListRow = typeof regionTrustLists.$inferSelect;
export type StatusListRow = typeof regionStatusLists.$inferSelect;

/** The highest accepted version: the last good copy. */
export async function findLatestTrustList(db: Db | Tx): Promise<TrustListRow | null> {
  const [row] = await db.select().from(regionTrustLists).orderBy(desc(regionTrustLists.version)).limit(1);
  return row ?? null;
}

/** Every accepted version, newest first (re-checking old signatures). */
export async function listTrustLists(db: Db | Tx): Promise<TrustListRow[]> {
  return db.select().from(regionTrustLists).orderBy(desc(regionTrustLists.version));
}

/** Stores a newly accepted version (a concurrent node accepting the same one is no error). */
export async function insertTrustList(tx: Tx, row: TrustListRow): Promise<void> {
  await tx.insert(regionTrustLists).values(row).onConflictDoNothing();
}

/** A member's cached status list. */
export async function findStatusList(db: Db | Tx, adminCode: string): Promise<StatusListRow | null> {
  const [row] = await db.select().from(regionStatusLists).where(eq(regionStatusLists.adminCode, adminCode));
  return row ?? null;
}

/** Replaces a member's cached status list. */
export async function upsertStatusList(db: Db | Tx, row: StatusListRow): Promise<void> {
  await db
    .insert(regionStatusLists)
    .values(row)
    .onConflictDoUpdate({
      target: regionStatusLists.adminCode,
      set: { token: row.token, list: row.list, issuedAt: row.issuedAt, fetchedAt: row.fetchedAt },
    });
}
