/** Database access for password recovery codes. */
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { passwordRecoveryCodes } from './account.table.js';

type Conn = Db | Tx;

/** Stores a new code (its keyed hash) for a user. */
export async function insertRecoveryCode(tx: Tx, row: typeof passwordRecoveryCodes.$inferInsert): Promise<void> {
  await tx.insert(passwordRecoveryCodes).values(row);
}

/** A user's newest code still unused and unexpired at `now`, locked for the transaction. */
export async function lockLiveRecoveryCode(tx: Tx, userId: string, now: Date) {
  const [row] = await tx
    .select()
    .from(passwordRecoveryCodes)
    .where(and(eq(passwordRecoveryCodes.userId, userId), isNull(passwordRecoveryCodes.usedAt), gt(passwordRecoveryCodes.expiresAt, now)))
    .orderBy(desc(passwordRecoveryCodes.createdAt))
    .for('update')
    .limit(1);
  return row ?? null;
}

/** Counts a wrong try of a code. */
export async function addRecoveryAttempt(conn: Conn, id: string): Promise<void> {
  await conn
    .update(passwordRecoveryCodes)
    .set({ attempts: sql`${passwordRecoveryCodes.attempts} + 1` })
    .where(eq(passwordRecoveryCodes.id, id));
}

/** Marks every unused code of a user as used (the one just redeemed and any older one). */
export async function useRecoveryCodes(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx
    .update(passwordRecoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(passwordRecoveryCodes.userId, userId), isNull(passwordRecoveryCodes.usedAt)));
}
