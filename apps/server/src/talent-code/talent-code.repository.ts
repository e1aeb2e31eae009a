/** Database access for signing keys and talent codes. */
import { and, asc, desc, eq, gt, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { talents } from '../talents/talent.table.js';
import { employers } from '../employers/employer.table.js';
import { signingKeys, talentCodes, talentCodeStatusIndex } from './talent-code.table.js';

/** A signing key row. */
export type SigningKeyRow = typeof signingKeys.$inferSelect;
/** A talent code row. */
export type TalentCodeRow = typeof talentCodes.$inferSelect;

const SIGNING_KEY_LOCK = 4_242_101;

/** Serialises key creation and rotation (transaction-scoped advisory lock). */
export async function lockSigningKeys(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SIGNING_KEY_LOCK})`);
}

/** The current key (no lock: issuing never waits for a rotation, see `listPublishedKeys`). */
export async function findCurrentSigningKey(tx: Tx): Promise<SigningKeyRow | null> {
  const [row] = await tx.select().from(signingKeys).where(isNull(signingKeys.retiredAt));
  return row ?? null;
}

/**
 * The current key locked for retirement. `NO KEY UPDATE` does not conflict with the key-share
 * locks that inserting codes (foreign key checks) take, so issuing carries on meanwhile.
 */
export async function findCurrentSigningKeyForUpdate(tx: Tx): Promise<SigningKeyRow | null> {
  const [row] = await tx.select().from(signingKeys).where(isNull(signingKeys.retiredAt)).for('no key update');
  return row ?? null;
}

/** Stores a new current key. */
export async function insertSigningKey(tx: Tx, row: typeof signingKeys.$inferInsert): Promise<SigningKeyRow> {
  const [created] = await tx.insert(signingKeys).values(row).returning();
  return created!;
}

/** Retires a key: destroys its private half and sets when it leaves the JWKS. */
export async function retireSigningKey(tx: Tx, kid: string, retiredAt: Date, expiresAfter: Date): Promise<void> {
  await tx.update(signingKeys).set({ retiredAt, expiresAfter, privateKeyEnc: null }).where(eq(signingKeys.kid, kid));
}

/** The latest expiry among the codes a key signed (null when it signed none). */
export async function latestCodeExpiry(tx: Tx, kid: string): Promise<Date | null> {
  const [row] = await tx
    .select({ expiresAt: talentCodes.expiresAt })
    .from(talentCodes)
    .where(eq(talentCodes.kid, kid))
    .orderBy(desc(talentCodes.expiresAt))
    .limit(1);
  return row?.expiresAt ?? null;
}

/**
 * Keys to publish at `now`: the current one, retired ones before their `expires_after`, and
 * any key that signed a code still within `retentionMs` of its expiry. The last clause covers a
 * code signed by a transaction that read the key just before a rotation committed.
 */
export async function listPublishedKeys(db: Db | Tx, now: Date, retentionMs: number): Promise<SigningKeyRow[]> {
  const cutoff = new Date(now.getTime() - retentionMs);
  return db
    .select()
    .from(signingKeys)
    .where(
      or(
        isNull(signingKeys.retiredAt),
        gt(signingKeys.expiresAfter, now),
        sql`exists (select 1 from ${talentCodes} where ${talentCodes.kid} = ${signingKeys.kid} and ${talentCodes.expiresAt} > ${cutoff})`,
      ),
    )
    .orderBy(desc(signingKeys.createdAt));
}

/** Every key, newest first (for operators). */
export async function listAllKeys(db: Db): Promise<SigningKeyRow[]> {
  return db.select().from(signingKeys).orderBy(desc(signingKeys.createdAt));
}

/**
 * The holder's name for the credential. Read here until the talents area exposes a service
 * function for it; talent-code never writes the talents table.
 */
export async function findTalentName(tx: Tx | Db, talentId: string): Promise<string | null> {
  const [row] = await tx.select({ name: talents.name }).from(talents).where(eq(talents.id, talentId));
  return row?.name ?? null;
}

/** What the holder may disclose in an SD-JWT: full name and employer (read, never written, like the name above). */
export async function findTalentDisclosables(db: Db | Tx, talentId: string): Promise<{ name: string; employer: string | null }> {
  const [row] = await db
    .select({ name: talents.name, employer: employers.name })
    .from(talents)
    .leftJoin(employers, eq(employers.id, talents.employerId))
    .where(eq(talents.id, talentId));
  return { name: row?.name ?? '', employer: row?.employer ?? null };
}

/** Stores an issued code. */
export async function insertTalentCode(tx: Tx, row: typeof talentCodes.$inferInsert): Promise<void> {
  await tx.insert(talentCodes).values(row);
}

/** Revokes a talent's codes that are still live (superseded or withdrawn); returns their ids. */
export async function supersedeLiveCodes(tx: Tx, talentId: string, now: Date, reason: string, by: string | null): Promise<string[]> {
  const rows = await tx
    .update(talentCodes)
    .set({ revokedAt: now, revokeReason: reason, revokedBy: by })
    .where(and(eq(talentCodes.talentId, talentId), isNull(talentCodes.revokedAt), gt(talentCodes.expiresAt, now)))
    .returning({ id: talentCodes.id });
  return rows.map((r) => r.id);
}

/** One code, row-locked for a state change. */
export async function findTalentCodeForUpdate(tx: Tx, jti: string): Promise<TalentCodeRow | null> {
  const [row] = await tx.select().from(talentCodes).where(eq(talentCodes.id, jti)).for('update');
  return row ?? null;
}

/** Records a revocation. */
export async function markRevoked(tx: Tx, jti: string, at: Date, reason: string, by: string | null): Promise<void> {
  await tx.update(talentCodes).set({ revokedAt: at, revokeReason: reason, revokedBy: by }).where(eq(talentCodes.id, jti));
}

/** The talent's live code (not revoked, not expired), newest first. */
export async function findLiveCode(db: Db, talentId: string, now: Date): Promise<TalentCodeRow | null> {
  const [row] = await db
    .select()
    .from(talentCodes)
    .where(and(eq(talentCodes.talentId, talentId), isNull(talentCodes.revokedAt), gt(talentCodes.expiresAt, now)))
    .orderBy(desc(talentCodes.issuedAt))
    .limit(1);
  return row ?? null;
}

/** Revoked codes that have not expired yet (an expired code verifies as expired anyway). */
export async function listRevokedLiveCodes(db: Db, now: Date): Promise<{ jti: string; revokedAt: Date; sl: number | null }[]> {
  const rows = await db
    .select({ jti: talentCodes.id, revokedAt: talentCodes.revokedAt, sl: talentCodes.sl })
    .from(talentCodes)
    .where(and(isNotNull(talentCodes.revokedAt), gt(talentCodes.expiresAt, now)))
    .orderBy(asc(talentCodes.revokedAt), asc(talentCodes.id));
  return rows.map((r) => ({ jti: r.jti, revokedAt: r.revokedAt!, sl: r.sl }));
}

/** Draws the next status-list index; a drawn index is never drawn again (even if the transaction rolls back). */
export async function nextStatusIndex(tx: Tx): Promise<number> {
  const result = await tx.execute(sql`select nextval(${sql.raw(`'${talentCodeStatusIndex.seqName}'`)}) as sl`);
  return Number((result as unknown as { rows: { sl: string | number }[] }).rows[0]!.sl);
}

/** The status-list indexes of revoked codes, and the highest index issued (-1 when none). */
export async function statusIndexes(db: Db): Promise<{ revoked: number[]; highest: number }> {
  const revoked = await db
    .select({ sl: talentCodes.sl })
    .from(talentCodes)
    .where(and(isNotNull(talentCodes.revokedAt), isNotNull(talentCodes.sl)));
  const [top] = await db.select({ highest: sql<number | null>`max(${talentCodes.sl})` }).from(talentCodes);
  return { revoked: revoked.map((r) => r.sl!), highest: top?.highest === null || top?.highest === undefined ? -1 : Number(top.highest) };
}

/** The talent a code with status-list index `sl` was issued to (null when none). */
export async function findTalentOfStatusIndex(db: Db | Tx, sl: number): Promise<string | null> {
  const [row] = await db.select({ talentId: talentCodes.talentId }).from(talentCodes).where(eq(talentCodes.sl, sl)).limit(1);
  return row?.talentId ?? null;
}

/** The stored id of the code with status-list index `sl` (null when none). */
export async function findCodeIdOfStatusIndex(db: Db | Tx, sl: number): Promise<string | null> {
  const [row] = await db.select({ id: talentCodes.id }).from(talentCodes).where(eq(talentCodes.sl, sl)).limit(1);
  return row?.id ?? null;
}

/** The talent a code was issued to (null for an unknown id). */
export async function findTalentOfCode(db: Db | Tx, jti: string): Promise<string | null> {
  const [row] = await db.select({ talentId: talentCodes.talentId }).from(talentCodes).where(eq(talentCodes.id, jti)).limit(1);
  return row?.talentId ?? null;
}
