/** Database access for employers. The only file of the employers area that touches Drizzle. */
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { likeEscape } from '../db/like-pattern.js';
import type { EmployerStatus } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { employers } from './employer.table.js';
import { talents } from '../talents/talent.table.js';

type Conn = Db | Tx;

/** An employer row. */
export type EmployerRow = typeof employers.$inferSelect;
/** Values of a new employer row. */
export type NewEmployerRow = typeof employers.$inferInsert;

/** Inserts an employer; null (without failing the transaction) when the credit code exists. */
export async function insertEmployer(tx: Tx, row: NewEmployerRow): Promise<{ id: string } | null> {
  const [created] = await tx.insert(employers).values(row).onConflictDoNothing({ target: employers.creditCode }).returning({ id: employers.id });
  return created ?? null;
}

/** Inserts many employers in one statement (seed, imports, tests); returns their ids in order. */
export async function insertEmployers(conn: Conn, rows: NewEmployerRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const created = await conn.insert(employers).values(rows).returning({ id: employers.id });
  return created.map((r) => r.id);
}

/** Finds an employer by id. */
export async function findEmployerById(conn: Conn, id: string): Promise<EmployerRow | null> {
  const [row] = await conn.select().from(employers).where(eq(employers.id, id)).limit(1);
  return row ?? null;
}

/** Locks an employer row for the rest of the transaction (so concurrent edits serialise). */
export async function lockEmployer(tx: Tx, id: string): Promise<EmployerRow | null> {
  const [row] = await tx.select().from(employers).where(eq(employers.id, id)).for('update').limit(1);
  return row ?? null;
}

/** Whether a credit code is registered. */
export async function creditCodeTaken(conn: Conn, creditCode: string): Promise<boolean> {
  const [row] = await conn.select({ id: employers.id }).from(employers).where(eq(employers.creditCode, creditCode)).limit(1);
  return row !== undefined;
}

/** Updates the editable columns of an employer; returns the new row. */
export async function updateEmployer(
  tx: Tx,
  id: string,
  values: Pick<NewEmployerRow, 'name' | 'contactMobileEnc' | 'contactMobileHash' | 'district' | 'chain' | 'kind' | 'flags' | 'updatedAt'>,
): Promise<EmployerRow> {
  const [row] = await tx.update(employers).set(values).where(eq(employers.id, id)).returning();
  return row!;
}

/** Up to `limit` employers whose name contains `q` (all when `q` is empty), by name. */
export async function findEmployerOptions(conn: Conn, q: string | undefined, limit: number) {
  return conn
    .select({ id: employers.id, name: employers.name, district: employers.district, chain: employers.chain })
    .from(employers)
    .where(q ? ilike(employers.name, `%${likeEscape(q)}%`) : undefined)
    .orderBy(asc(employers.name), asc(employers.id))
    .limit(limit);
}

/** Filters of the officer's employer list. */
export interface EmployerListCriteria {
  q?: string | undefined;
  district?: string | undefined;
  chain?: string | undefined;
  kind?: string | undefined;
  sort: 'name' | '-name' | 'updatedAt' | '-updatedAt';
  limit: number;
  offset: number;
}

/** One page of employers with the number of talents on file for each, and the exact total. */
export async function listEmployerRows(conn: Conn, c: EmployerListCriteria) {
  const conds: SQL[] = [];
  if (c.q) conds.push(or(ilike(employers.name, `%${likeEscape(c.q)}%`), eq(employers.creditCode, c.q.toUpperCase()))!);
  if (c.district) conds.push(eq(employers.district, c.district));
  if (c.chain) conds.push(eq(employers.chain, c.chain));
  if (c.kind) conds.push(eq(employers.kind, c.kind));
  const where = conds.length ? and(...conds) : undefined;
  const col = c.sort.endsWith('name') ? employers.name : employers.updatedAt;
  const dir = c.sort.startsWith('-') ? desc : asc;
  const rows = await conn
    .select({
      employer: employers,
      talentCount: sql<number>`(select count(*)::int from ${talents} where ${talents.employerId} = ${employers.id})`,
    })
    .from(employers)
    .where(where)
    .orderBy(dir(col), dir(employers.id))
    .limit(c.limit)
    .offset(c.offset);
  const [{ total } = { total: 0 }] = await conn.select({ total: count() }).from(employers).where(where);
  return { rows, total };
}

/** Keeps the business licence a registration uploaded (replacing an earlier one). */
export async function setEmployerLicence(
  tx: Tx,
  id: string,
  licence: Pick<NewEmployerRow, 'licenceSha256' | 'licenceFileName' | 'licenceContentType' | 'licenceSize' | 'licenceUploadedAt'>,
): Promise<void> {
  await tx.update(employers).set(licence).where(eq(employers.id, id));
}

/** Records the office's decision on a registration. */
export async function setEmployerReview(
  tx: Tx,
  id: string,
  review: Pick<NewEmployerRow, 'status' | 'reviewNote' | 'reviewedBy' | 'reviewedAt' | 'updatedAt'>,
): Promise<EmployerRow> {
  const [row] = await tx.update(employers).set(review).where(eq(employers.id, id)).returning();
  return row!;
}

/** One page of registrations in a status, oldest first (the order they were made), with the exact total. */
export async function listEmployersByStatus(conn: Conn, status: EmployerStatus, limit: number, offset: number) {
  const where = eq(employers.status, status);
  const rows = await conn.select().from(employers).where(where).orderBy(asc(employers.createdAt), asc(employers.id)).limit(limit).offset(offset);
  const [{ total } = { total: 0 }] = await conn.select({ total: count() }).from(employers).where(where);
  return { rows, total };
}

/** The status of an employer (null when unknown). */
export async function findEmployerStatus(conn: Conn, id: string): Promise<EmployerStatus | null> {
  const [row] = await conn.select({ status: employers.status }).from(employers).where(eq(employers.id, id)).limit(1);
  return row?.status ?? null;
}
