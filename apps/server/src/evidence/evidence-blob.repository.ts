/** Database access for the database store's files (evidence_blobs and their chunks). */
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { evidenceBlobChunks, evidenceBlobs } from './evidence.table.js';

type Conn = Db | Tx;

/** The size of a stored file, or null when it is not stored. */
export async function findBlobSize(conn: Conn, sha256: string): Promise<number | null> {
  const [row] = await conn.select({ size: evidenceBlobs.size }).from(evidenceBlobs).where(eq(evidenceBlobs.sha256, sha256)).limit(1);
  return row?.size ?? null;
}

/**
 * Starts storing a file; false when it is already stored (or another node is storing it right
 * now: the insert waits for that transaction and finds the row).
 */
export async function insertBlob(tx: Tx, row: typeof evidenceBlobs.$inferInsert): Promise<boolean> {
  const inserted = await tx.insert(evidenceBlobs).values(row).onConflictDoNothing().returning({ sha256: evidenceBlobs.sha256 });
  return inserted.length > 0;
}

/** Appends chunk `seq` of a file being stored. */
export async function insertBlobChunk(tx: Tx, sha256: string, seq: number, bytes: Buffer): Promise<void> {
  await tx.insert(evidenceBlobChunks).values({ sha256, seq, bytes });
}

/** Chunk `seq` of a stored file, or null past its end. */
export async function findBlobChunk(conn: Conn, sha256: string, seq: number): Promise<Buffer | null> {
  const [row] = await conn
    .select({ bytes: evidenceBlobChunks.bytes })
    .from(evidenceBlobChunks)
    .where(and(eq(evidenceBlobChunks.sha256, sha256), eq(evidenceBlobChunks.seq, seq)))
    .limit(1);
  return row?.bytes ?? null;
}
