/** Database access for talents' consents to share facts with another city. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { talents } from '../talents/talent.table.js';
import { verifiedFacts } from '../facts/fact.table.js';
import { regionConsents } from './region.table.js';

export type ConsentRow = typeof regionConsents.$inferSelect;

/** The talent's sealed ID number (null when none). */
export async function findSealedIdNumber(db: Db | Tx, talentId: string): Promise<string | null> {
  const [row] = await db.select({ enc: talents.idNumberEnc }).from(talents).where(eq(talents.id, talentId));
  return row?.enc ?? null;
}

/** Records a consent. */
export async function insertConsent(tx: Tx, row: typeof regionConsents.$inferInsert): Promise<ConsentRow> {
  const [created] = await tx.insert(regionConsents).values(row).returning();
  return created!;
}

/** A talent's consents, newest first. */
export async function listConsentsOf(db: Db, talentId: string): Promise<ConsentRow[]> {
  return db.select().from(regionConsents).where(eq(regionConsents.talentId, talentId)).orderBy(desc(regionConsents.givenAt));
}

/** One consent of a talent, locked for a change. */
export async function findConsentForUpdate(tx: Tx, talentId: string, id: string): Promise<ConsentRow | null> {
  const [row] = await tx
    .select()
    .from(regionConsents)
    .where(and(eq(regionConsents.id, id), eq(regionConsents.talentId, talentId)))
    .for('update');
  return row ?? null;
}

/** Marks a consent revoked. */
export async function setConsentRevoked(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.update(regionConsents).set({ revokedAt: at }).where(eq(regionConsents.id, id));
}

/** Every consent of the holder of `subjectHash` towards `recipient`, newest first. */
export async function consentsFor(db: Db | Tx, subjectHash: string, recipient: string): Promise<ConsentRow[]> {
  return db
    .select()
    .from(regionConsents)
    .where(and(eq(regionConsents.subjectHash, subjectHash), eq(regionConsents.recipient, recipient)))
    .orderBy(desc(regionConsents.givenAt));
}

/** A talent's verified facts row (null: nothing verified), read inside the answering transaction. */
export async function findVerifiedFactsRow(tx: Tx, talentId: string): Promise<typeof verifiedFacts.$inferSelect | null> {
  const [row] = await tx.select().from(verifiedFacts).where(eq(verifiedFacts.talentId, talentId));
  return row ?? null;
}
