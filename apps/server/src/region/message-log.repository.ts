/** Database access for the message log (append-only). */
import { and, asc, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { regionMessages } from './region.table.js';

export type MessageRow = typeof regionMessages.$inferSelect;
export type NewMessageRow = typeof regionMessages.$inferInsert;

/** Appends entries to the log. */
export async function insertMessages(tx: Db | Tx, rows: NewMessageRow[]): Promise<void> {
  if (rows.length) await tx.insert(regionMessages).values(rows);
}

/** Whether a message id from a sender was already accepted. */
export async function wasAccepted(db: Db | Tx, peer: string, jti: string): Promise<boolean> {
  const [row] = await db
    .select({ id: regionMessages.id })
    .from(regionMessages)
    .where(and(eq(regionMessages.direction, 'in'), eq(regionMessages.status, 'accepted'), eq(regionMessages.peer, peer), eq(regionMessages.jti, jti)))
    .limit(1);
  return row !== undefined;
}

/** The latest entries, newest first, optionally with one peer. */
export async function listMessages(db: Db, opts: { peer?: string; limit: number }): Promise<MessageRow[]> {
  return db
    .select()
    .from(regionMessages)
    .where(opts.peer ? eq(regionMessages.peer, opts.peer) : undefined)
    .orderBy(desc(regionMessages.id))
    .limit(opts.limit);
}

/** Entries in log order from `afterId`, a page at a time (re-verification). */
export async function messagesAfter(db: Db, afterId: number, limit: number): Promise<MessageRow[]> {
  return db.select().from(regionMessages).where(gt(regionMessages.id, afterId)).orderBy(asc(regionMessages.id)).limit(limit);
}

/** The entries recorded under the given consents, oldest first (the talent's history). */
export async function messagesOfConsents(db: Db, consentIds: string[]): Promise<MessageRow[]> {
  if (!consentIds.length) return [];
  return db.select().from(regionMessages).where(inArray(regionMessages.consentId, consentIds)).orderBy(asc(regionMessages.id));
}
