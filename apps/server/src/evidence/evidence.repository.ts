/** Database access for evidence records (the only file here that touches Drizzle). */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { evidenceFiles } from './evidence.table.js';
import { talents } from '../talents/talent.table.js';

type Conn = Db | Tx;

/** An evidence row. */
export type EvidenceRow = typeof evidenceFiles.$inferSelect;

/** The record of this talent, kind and content, if already on file. */
export async function findSameEvidence(conn: Conn, talentId: string, kind: string, sha256: string): Promise<EvidenceRow | null> {
  const [row] = await conn
    .select()
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.talentId, talentId), eq(evidenceFiles.kind, kind as EvidenceRow['kind']), eq(evidenceFiles.sha256, sha256)))
    .limit(1);
  return row ?? null;
}

/** Inserts a record; null when a concurrent upload of the same file won (unique index). */
export async function insertEvidence(tx: Tx, row: typeof evidenceFiles.$inferInsert): Promise<EvidenceRow | null> {
  const [created] = await tx.insert(evidenceFiles).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** One record by id. */
export async function findEvidence(conn: Conn, id: string): Promise<EvidenceRow | null> {
  const [row] = await conn.select().from(evidenceFiles).where(eq(evidenceFiles.id, id)).limit(1);
  return row ?? null;
}

/** Records by ids. */
export async function findEvidenceByIds(conn: Conn, ids: string[]): Promise<EvidenceRow[]> {
  if (ids.length === 0) return [];
  return conn.select().from(evidenceFiles).where(inArray(evidenceFiles.id, ids));
}

/** A talent's records, newest first. */
export async function listEvidenceOf(conn: Conn, talentId: string): Promise<EvidenceRow[]> {
  return conn.select().from(evidenceFiles).where(eq(evidenceFiles.talentId, talentId)).orderBy(desc(evidenceFiles.uploadedAt), desc(evidenceFiles.id));
}

/** The employer a talent works for (read-only; the talents area owns the table), or undefined for an unknown talent. */
export async function findTalentEmployer(conn: Conn, talentId: string): Promise<{ employerId: string | null } | undefined> {
  const [row] = await conn.select({ employerId: talents.employerId }).from(talents).where(eq(talents.id, talentId)).limit(1);
  return row;
}
