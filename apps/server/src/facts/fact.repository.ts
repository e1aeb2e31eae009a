/**
 * The verified facts' tables: the wide row of verified values per talent and the append-only
 * provenance. Reads the talent's declarations (read-join; the talents area owns them).
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { VERIFIED_FACT_FIELDS, type Role, type VerifiedFactField, type VerifiedFacts } from '@bole/contracts';
import { users } from '../auth/account.table.js';
import type { Db, Tx } from '../db/database.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { factRecords, verifiedFacts } from './fact.table.js';

type Conn = Db | Tx;

/** One provenance record as stored. */
export type FactRecordRow = typeof factRecords.$inferSelect;
/** A provenance record to append. */
export type NewFactRecord = Omit<typeof factRecords.$inferInsert, 'id'>;

const factColumns = Object.fromEntries(VERIFIED_FACT_FIELDS.map((k) => [k, verifiedFacts[k]])) as { [K in VerifiedFactField]: (typeof verifiedFacts)[K] };
const declaredColumns = Object.fromEntries(VERIFIED_FACT_FIELDS.map((k) => [k, talents[k]])) as { [K in VerifiedFactField]: (typeof talents)[K] };

/** A talent's verified values, or null when nothing was ever confirmed. */
export async function findVerifiedRow(conn: Conn, talentId: string): Promise<VerifiedFacts | null> {
  const [row] = await conn.select(factColumns).from(verifiedFacts).where(eq(verifiedFacts.talentId, talentId));
  return (row as VerifiedFacts | undefined) ?? null;
}

/** A talent's declarations (the profile's verifiable fields), or null when unknown; `lock` queues concurrent confirmations of one talent. */
export async function findDeclarations(conn: Conn, talentId: string, lock = false): Promise<Record<VerifiedFactField, unknown> | null> {
  const q = conn.select(declaredColumns).from(talents).where(eq(talents.id, talentId));
  const [row] = lock ? await q.for('update') : await q;
  return (row as Record<VerifiedFactField, unknown> | undefined) ?? null;
}

/** Whether an employer exists. */
export async function employerExists(conn: Conn, id: string): Promise<boolean> {
  const [row] = await conn.select({ id: employers.id }).from(employers).where(eq(employers.id, id));
  return row !== undefined;
}

/** Sets some verified values of a talent (creating the row when absent). */
export async function upsertVerified(tx: Tx, talentId: string, values: Partial<VerifiedFacts>, now: Date): Promise<void> {
  const set = { ...values, updatedAt: now } as Partial<typeof verifiedFacts.$inferInsert>;
  await tx
    .insert(verifiedFacts)
    .values({ talentId, ...set } as typeof verifiedFacts.$inferInsert)
    .onConflictDoUpdate({ target: verifiedFacts.talentId, set });
}

/** Appends provenance records. */
export async function insertFactRecords(tx: Tx, rows: NewFactRecord[]): Promise<void> {
  if (rows.length) await tx.insert(factRecords).values(rows);
}

/** The latest provenance record of each field of a talent (of the given fields, or all). */
export async function latestRecords(conn: Conn, talentId: string, fields?: readonly string[]): Promise<Map<string, FactRecordRow>> {
  const rows = await conn
    .selectDistinctOn([factRecords.field])
    .from(factRecords)
    .where(and(eq(factRecords.talentId, talentId), fields ? inArray(factRecords.field, [...fields]) : sql`true`))
    .orderBy(factRecords.field, desc(factRecords.id));
  return new Map(rows.map((r) => [r.field, r]));
}

/** `talentId|field` of each field whose latest record is a withdrawal (value null), among some talents. */
export async function withdrawnFields(conn: Conn, talentIds: readonly string[]): Promise<Set<string>> {
  if (talentIds.length === 0) return new Set();
  const rows = await conn
    .selectDistinctOn([factRecords.talentId, factRecords.field], { talentId: factRecords.talentId, field: factRecords.field, value: factRecords.value })
    .from(factRecords)
    .where(inArray(factRecords.talentId, [...talentIds]))
    .orderBy(factRecords.talentId, factRecords.field, desc(factRecords.id));
  return new Set(rows.filter((r) => r.value === null).map((r) => `${r.talentId}|${r.field}`));
}

/** The role and department of each of some users (who confirmed facts), by id. */
export async function actorsOf(conn: Conn, userIds: readonly string[]): Promise<Map<string, { role: Role; department: string | null }>> {
  if (userIds.length === 0) return new Map();
  const rows = await conn
    .select({ id: users.id, role: users.role, department: users.department })
    .from(users)
    .where(inArray(users.id, [...userIds]));
  return new Map(rows.map((r) => [r.id, { role: r.role, department: r.department }]));
}

/** The role of a user (for the audit entry of a confirmation), or null when unknown. */
export async function roleOfUser(conn: Conn, userId: string): Promise<Role | null> {
  const [row] = await conn.select({ role: users.role }).from(users).where(eq(users.id, userId));
  return row?.role ?? null;
}

/** The fields of a talent with any provenance record (confirmed or withdrawn, ever). */
export async function recordedFields(conn: Conn, talentId: string): Promise<Set<string>> {
  const rows = await conn.selectDistinct({ field: factRecords.field }).from(factRecords).where(eq(factRecords.talentId, talentId));
  return new Set(rows.map((r) => r.field));
}
