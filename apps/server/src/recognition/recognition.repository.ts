/**
 * Database access for recognition cases, their steps, attached evidence, objections and the
 * granted tiers — the only file of this area that touches Drizzle. `talentFacts` reads the
 * talents and employers tables (owned by those areas) without writing them.
 */
import { and, asc, desc, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import type { RecognitionStatus } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { settings } from '../db/settings.table.js';
import { talents } from '../talents/talent.table.js';
import { employers } from '../employers/employer.table.js';
import { recognitionEvidence, recognitionObjections, recognitions, recognitionSteps, talentGrants } from './recognition.table.js';

type Conn = Db | Tx;

export type RecognitionRow = typeof recognitions.$inferSelect;
export type StepRow = typeof recognitionSteps.$inferSelect;
export type ObjectionRow = typeof recognitionObjections.$inferSelect;

/** What recognition reads of a talent's stored profile. */
export async function talentFacts(conn: Conn, talentId: string) {
  const [row] = await conn
    .select({
      id: talents.id,
      name: talents.name,
      employerId: talents.employerId,
      employerName: employers.name,
      socialInsuranceMonths: talents.socialInsuranceMonths,
      honors: talents.honors,
      highestDegree: talents.highestDegree,
      title: talents.title,
      skillLevel: talents.skillLevel,
    })
    .from(talents)
    .leftJoin(employers, eq(employers.id, talents.employerId))
    .where(eq(talents.id, talentId))
    .limit(1);
  return row ?? null;
}
export type TalentFacts = NonNullable<Awaited<ReturnType<typeof talentFacts>>>;

/** Inserts a case; null when the talent already has an open one (partial unique index). */
export async function insertRecognition(tx: Tx, row: typeof recognitions.$inferInsert): Promise<RecognitionRow | null> {
  const [created] = await tx.insert(recognitions).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** The talent's open case, if any. */
export async function findOpenRecognition(conn: Conn, talentId: string): Promise<RecognitionRow | null> {
  const [row] = await conn
    .select()
    .from(recognitions)
    .where(and(eq(recognitions.talentId, talentId), notInArray(recognitions.status, ['granted', 'rejected', 'withdrawn', 'revoked'])))
    .limit(1);
  return row ?? null;
}

/** One case. */
export async function findRecognition(conn: Conn, id: string): Promise<RecognitionRow | null> {
  const [row] = await conn.select().from(recognitions).where(eq(recognitions.id, id)).limit(1);
  return row ?? null;
}

/** One case, locked for the rest of the transaction (decisions on it serialise). */
export async function lockRecognition(tx: Tx, id: string): Promise<RecognitionRow | null> {
  const [row] = await tx.select().from(recognitions).where(eq(recognitions.id, id)).for('update').limit(1);
  return row ?? null;
}

/** Updates a case. */
export async function updateRecognition(tx: Tx, id: string, set: Partial<typeof recognitions.$inferInsert>): Promise<RecognitionRow> {
  const [row] = await tx.update(recognitions).set(set).where(eq(recognitions.id, id)).returning();
  return row!;
}

/** A talent's cases, newest first. */
export async function listRecognitionsOf(conn: Conn, talentId: string): Promise<RecognitionRow[]> {
  return conn.select().from(recognitions).where(eq(recognitions.talentId, talentId)).orderBy(desc(recognitions.createdAt));
}

/** Cases an account asked for (an employer's requests), newest first. */
export async function listRequestedBy(conn: Conn, userId: string): Promise<RecognitionRow[]> {
  return conn.select().from(recognitions).where(eq(recognitions.requestedBy, userId)).orderBy(desc(recognitions.createdAt)).limit(200);
}

/** Cases in some statuses, oldest stage first. */
export async function listByStatus(conn: Conn, statuses: RecognitionStatus[], limit = 200): Promise<RecognitionRow[]> {
  return conn
    .select()
    .from(recognitions)
    .where(inArray(recognitions.status, statuses))
    .orderBy(asc(recognitions.stageSince), asc(recognitions.createdAt))
    .limit(limit);
}

/** Cases whose public notice ended before `today`. */
export async function listNoticeEndedBefore(conn: Conn, today: string): Promise<RecognitionRow[]> {
  return conn
    .select()
    .from(recognitions)
    .where(and(eq(recognitions.status, 'public_notice'), lt(recognitions.noticeEndsOn, today)))
    .orderBy(asc(recognitions.noticeEndsOn), asc(recognitions.id));
}

/** Appends a timeline step. */
export async function insertStep(tx: Tx, row: typeof recognitionSteps.$inferInsert): Promise<void> {
  await tx.insert(recognitionSteps).values(row);
}

/** Steps of several cases in order. */
export async function listSteps(conn: Conn, ids: string[]): Promise<StepRow[]> {
  if (ids.length === 0) return [];
  return conn.select().from(recognitionSteps).where(inArray(recognitionSteps.recognitionId, ids)).orderBy(asc(recognitionSteps.id));
}

/** Attaches evidence (no-op when already attached). */
export async function attachEvidence(tx: Tx, recognitionId: string, evidenceIds: string[], at: Date): Promise<void> {
  if (evidenceIds.length === 0) return;
  await tx
    .insert(recognitionEvidence)
    .values(evidenceIds.map((evidenceId) => ({ recognitionId, evidenceId, attachedAt: at })))
    .onConflictDoNothing();
}

/** Detaches one evidence record; false when it was not attached. */
export async function detachEvidence(tx: Tx, recognitionId: string, evidenceId: string): Promise<boolean> {
  const res = await tx
    .delete(recognitionEvidence)
    .where(and(eq(recognitionEvidence.recognitionId, recognitionId), eq(recognitionEvidence.evidenceId, evidenceId)))
    .returning({ id: recognitionEvidence.evidenceId });
  return res.length > 0;
}

/** Evidence ids attached to several cases. */
export async function listAttached(conn: Conn, ids: string[]): Promise<{ recognitionId: string; evidenceId: string }[]> {
  if (ids.length === 0) return [];
  return conn
    .select({ recognitionId: recognitionEvidence.recognitionId, evidenceId: recognitionEvidence.evidenceId })
    .from(recognitionEvidence)
    .where(inArray(recognitionEvidence.recognitionId, ids))
    .orderBy(asc(recognitionEvidence.attachedAt));
}

/** Whether a submitted (non-draft) case references the evidence. */
export async function evidenceInSubmittedCase(conn: Conn, evidenceId: string): Promise<boolean> {
  const [row] = await conn
    .select({ id: recognitions.id })
    .from(recognitionEvidence)
    .innerJoin(recognitions, eq(recognitions.id, recognitionEvidence.recognitionId))
    .where(and(eq(recognitionEvidence.evidenceId, evidenceId), sql`${recognitions.status} <> 'draft'`))
    .limit(1);
  return row !== undefined;
}

/** Inserts an objection. */
export async function insertObjection(tx: Tx, row: typeof recognitionObjections.$inferInsert): Promise<ObjectionRow> {
  const [created] = await tx.insert(recognitionObjections).values(row).returning();
  return created!;
}

/** An objection of a case, locked. */
export async function lockObjection(tx: Tx, recognitionId: string, id: string): Promise<ObjectionRow | null> {
  const [row] = await tx
    .select()
    .from(recognitionObjections)
    .where(and(eq(recognitionObjections.id, id), eq(recognitionObjections.recognitionId, recognitionId)))
    .for('update')
    .limit(1);
  return row ?? null;
}

/** Records the outcome of an objection. */
export async function resolveObjectionRow(tx: Tx, id: string, set: Pick<ObjectionRow, 'status' | 'resolution' | 'resolvedBy' | 'resolvedAt'>): Promise<void> {
  await tx.update(recognitionObjections).set(set).where(eq(recognitionObjections.id, id));
}

/** Objections of several cases, oldest first. */
export async function listObjections(conn: Conn, ids: string[]): Promise<ObjectionRow[]> {
  if (ids.length === 0) return [];
  return conn.select().from(recognitionObjections).where(inArray(recognitionObjections.recognitionId, ids)).orderBy(asc(recognitionObjections.filedAt));
}

/** Records (or replaces) the talent's granted tier. */
export async function upsertGrant(tx: Tx, row: typeof talentGrants.$inferInsert): Promise<void> {
  await tx
    .insert(talentGrants)
    .values(row)
    .onConflictDoUpdate({
      target: talentGrants.talentId,
      set: { tier: row.tier, recognitionId: row.recognitionId, grantedAt: row.grantedAt, validUntil: row.validUntil },
    });
}

/** Removes the talent's granted tier when it is the one `recognitionId` granted (a mutual recognition ended); whether it did. */
export async function deleteGrantOf(tx: Tx, talentId: string, recognitionId: string): Promise<boolean> {
  const gone = await tx
    .delete(talentGrants)
    .where(and(eq(talentGrants.talentId, talentId), eq(talentGrants.recognitionId, recognitionId)))
    .returning({ talentId: talentGrants.talentId });
  return gone.length > 0;
}

/** The talent's granted tier, if any. */
export async function findGrant(conn: Conn, talentId: string) {
  const [row] = await conn.select().from(talentGrants).where(eq(talentGrants.talentId, talentId)).limit(1);
  return row ?? null;
}

const SETTINGS_KEY = 'recognition';

/** The stored settings of the flow (null when never saved). */
export async function readSettings(conn: Conn): Promise<Record<string, unknown> | null> {
  const [row] = await conn.select({ value: settings.value }).from(settings).where(eq(settings.key, SETTINGS_KEY)).limit(1);
  return (row?.value as Record<string, unknown> | undefined) ?? null;
}

/** Saves the settings of the flow. */
export async function writeSettings(tx: Tx, value: Record<string, unknown>, at: Date): Promise<void> {
  await tx
    .insert(settings)
    .values({ key: SETTINGS_KEY, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
}

/** Locks the cases in public notice whose notice ends on or after `from` (a holiday-calendar change from that date on). */
export async function lockNoticesEndingFrom(tx: Tx, from: string): Promise<RecognitionRow[]> {
  return tx
    .select()
    .from(recognitions)
    .where(and(eq(recognitions.status, 'public_notice'), sql`${recognitions.noticeEndsOn} >= ${from}`))
    .orderBy(asc(recognitions.noticeEndsOn), asc(recognitions.id))
    .for('update');
}

/** Moves the last day of a public notice. */
export async function setNoticeEnd(tx: Tx, id: string, noticeEndsOn: string, at: Date): Promise<void> {
  await tx.update(recognitions).set({ noticeEndsOn, updatedAt: at }).where(eq(recognitions.id, id));
}

/** Up to `limit` granted cases with an id after `after` (all when null), in id order. */
export async function grantedAfter(conn: Conn, after: string | null, limit: number): Promise<RecognitionRow[]> {
  return conn
    .select()
    .from(recognitions)
    .where(and(eq(recognitions.status, 'granted'), after === null ? undefined : sql`${recognitions.id} > ${after}`))
    .orderBy(asc(recognitions.id))
    .limit(limit);
}
