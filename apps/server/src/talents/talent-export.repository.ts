/** Database access for exports of the talent list. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { talentExports } from './talent-export.table.js';

/** An export without its file. */
const jobColumns = {
  id: talentExports.id,
  status: talentExports.status,
  processed: talentExports.processed,
  total: talentExports.total,
  fileName: talentExports.fileName,
  createdAt: talentExports.createdAt,
  finishedAt: talentExports.finishedAt,
};

/** An export's state as stored. */
export type TalentExportRow = { [K in keyof typeof jobColumns]: (typeof talentExports.$inferSelect)[K] };

/** Starts an export (running, nothing processed). */
export async function insertExport(db: Db, row: { params: Record<string, unknown>; total: number; createdBy: string; now: string }): Promise<TalentExportRow> {
  const [r] = await db
    .insert(talentExports)
    .values({ params: row.params, total: row.total, createdBy: row.createdBy, createdAt: row.now })
    .returning(jobColumns);
  return r!;
}

/** Moves the progress on. */
export async function setExportProgress(db: Db, id: string, processed: number): Promise<void> {
  await db.update(talentExports).set({ processed }).where(eq(talentExports.id, id));
}

/** Ends an export: with its file, or failed (no file). */
export async function finishExport(db: Db, id: string, end: { processed: number; now: string; file?: { name: string; data: Buffer } }): Promise<void> {
  await db
    .update(talentExports)
    .set({
      status: end.file ? 'done' : 'failed',
      processed: end.processed,
      total: end.processed,
      fileName: end.file?.name ?? null,
      file: end.file?.data ?? null,
      finishedAt: end.now,
    })
    .where(eq(talentExports.id, id));
}

/** An export of `createdBy`, without its file. */
export async function findExport(db: Db, id: string, createdBy: string): Promise<TalentExportRow | undefined> {
  const [r] = await db
    .select(jobColumns)
    .from(talentExports)
    .where(and(eq(talentExports.id, id), eq(talentExports.createdBy, createdBy)))
    .limit(1);
  return r;
}

/** An export's status and the filters it was started with. */
export async function findExportJob(db: Db, id: string): Promise<{ status: string; params: Record<string, unknown> } | undefined> {
  const [r] = await db.select({ status: talentExports.status, params: talentExports.params }).from(talentExports).where(eq(talentExports.id, id)).limit(1);
  return r;
}

/** The finished file of an export of `createdBy`. */
export async function findExportFile(db: Db, id: string, createdBy: string): Promise<{ name: string; data: Buffer } | undefined> {
  const [r] = await db
    .select({ name: talentExports.fileName, data: talentExports.file })
    .from(talentExports)
    .where(and(eq(talentExports.id, id), eq(talentExports.createdBy, createdBy), eq(talentExports.status, 'done')))
    .limit(1);
  return r?.name && r.data ? { name: r.name, data: r.data } : undefined;
}
