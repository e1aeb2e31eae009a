/**
 * Database access of mutual recognition — the only file of this area that touches Drizzle. It
 * reads the local recognition case (status, notice, validity) and, for the uses of this city's
 * credentials elsewhere, the talent a code was issued to, without writing either.
 */
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { settings } from '../../db/settings.table.js';
import { markerValue } from '../../db/markers.js';
import { recognitions } from '../../recognition/recognition.table.js';
import { talentCodes } from '../../talent-code/talent-code.table.js';
import { talents } from '../../talents/talent.table.js';
import { mutualRecognitions, recognitionUses } from './mutual.table.js';

type Conn = Db | Tx;

export type MutualRow = typeof mutualRecognitions.$inferSelect;

/** Inserts a mutual recognition; null when the source credential was already presented (unique index). */
export async function insertMutual(tx: Tx, row: typeof mutualRecognitions.$inferInsert): Promise<MutualRow | null> {
  const [created] = await tx.insert(mutualRecognitions).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** The mutual recognition of a source credential, if it was presented before. */
export async function findBySource(conn: Conn, sourceAdminCode: string, credentialId: string): Promise<MutualRow | null> {
  const [row] = await conn
    .select()
    .from(mutualRecognitions)
    .where(and(eq(mutualRecognitions.sourceAdminCode, sourceAdminCode), eq(mutualRecognitions.sourceCredentialId, credentialId)))
    .limit(1);
  return row ?? null;
}

const withCase = {
  row: mutualRecognitions,
  caseStatus: recognitions.status,
  noticeEndsOn: recognitions.noticeEndsOn,
  validUntil: recognitions.validUntil,
  talentName: recognitions.talentName,
};

/** A mutual recognition with its local case. */
export type MutualWithCase = { row: MutualRow } & Pick<typeof recognitions.$inferSelect, 'noticeEndsOn' | 'validUntil' | 'talentName'> & {
    caseStatus: (typeof recognitions.$inferSelect)['status'];
  };

/** Mutual recognitions with their cases, newest first: one talent's, or every one (the office). */
export async function listMutual(conn: Conn, filter: { talentId?: string; ids?: string[] }, limit = 500): Promise<MutualWithCase[]> {
  const where = [
    ...(filter.talentId ? [eq(mutualRecognitions.talentId, filter.talentId)] : []),
    ...(filter.ids ? [inArray(mutualRecognitions.id, filter.ids)] : []),
  ];
  return conn
    .select(withCase)
    .from(mutualRecognitions)
    .innerJoin(recognitions, eq(recognitions.id, mutualRecognitions.recognitionId))
    .where(and(...where))
    .orderBy(desc(mutualRecognitions.createdAt))
    .limit(limit);
}

/** Mutual recognitions not ended whose case is in notice or granted: what a re-check looks at. */
export async function listLive(conn: Conn): Promise<MutualRow[]> {
  const rows = await conn
    .select({ row: mutualRecognitions })
    .from(mutualRecognitions)
    .innerJoin(recognitions, eq(recognitions.id, mutualRecognitions.recognitionId))
    .where(and(isNull(mutualRecognitions.endedAt), inArray(recognitions.status, ['public_notice', 'granted'])));
  return rows.map((r) => r.row);
}

/** Records the end of a mutual recognition. */
export async function markEnded(tx: Tx, id: string, at: Date, reason: string): Promise<void> {
  await tx.update(mutualRecognitions).set({ endedAt: at, endReason: reason }).where(eq(mutualRecognitions.id, id));
}

/** Records that the source city was told `status`. */
export async function markNotified(conn: Conn, id: string, at: Date, status: 'public_notice' | 'granted'): Promise<void> {
  await conn.update(mutualRecognitions).set({ sourceNotifiedAt: at, sourceToldStatus: status }).where(eq(mutualRecognitions.id, id));
}

/**
 * Consented mutual recognitions whose source city has not been told where they stand: never
 * told (a send failed), or told of the notice and granted since.
 */
export async function listUntold(conn: Conn): Promise<MutualWithCase[]> {
  return conn
    .select(withCase)
    .from(mutualRecognitions)
    .innerJoin(recognitions, eq(recognitions.id, mutualRecognitions.recognitionId))
    .where(
      and(
        eq(mutualRecognitions.consentToNotifySource, true),
        isNull(mutualRecognitions.endedAt),
        inArray(recognitions.status, ['public_notice', 'granted']),
        or(isNull(mutualRecognitions.sourceToldStatus), and(eq(mutualRecognitions.sourceToldStatus, 'public_notice'), eq(recognitions.status, 'granted'))),
      ),
    );
}

const SETTINGS_KEY = 'mutual_recognition';

/** The stored settings (null when never saved). */
export function readMutualSettings(conn: Conn): Promise<Record<string, unknown> | null> {
  return markerValue(conn, SETTINGS_KEY);
}

/** Saves the settings. */
export async function writeMutualSettings(tx: Tx, value: Record<string, unknown>, at: Date): Promise<void> {
  await tx
    .insert(settings)
    .values({ key: SETTINGS_KEY, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
}

/** Records (or updates) another city's use of one of this city's credentials. */
export async function upsertUse(tx: Tx, row: typeof recognitionUses.$inferInsert): Promise<void> {
  await tx
    .insert(recognitionUses)
    .values(row)
    .onConflictDoUpdate({
      target: [recognitionUses.usedByAdminCode, recognitionUses.credentialId],
      set: { status: row.status, localTier: row.localTier, equivalenceVersion: row.equivalenceVersion, receivedAt: row.receivedAt },
    });
}

/** This city's credentials used elsewhere, newest first, with the name of the talent its code (by status-list index) was issued to. */
export async function listUses(conn: Conn, limit = 500) {
  return conn
    .select({ use: recognitionUses, talentName: talents.name })
    .from(recognitionUses)
    .leftJoin(talentCodes, eq(talentCodes.sl, recognitionUses.statusIndex))
    .leftJoin(talents, eq(talents.id, talentCodes.talentId))
    .orderBy(desc(recognitionUses.receivedAt))
    .limit(limit);
}
