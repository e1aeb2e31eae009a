/** Database access for employments. The only file of the employment area that touches Drizzle. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { EmploymentStatus } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { postings } from '../matching/posting.table.js';
import { employments } from './employment.table.js';

type Conn = Db | Tx;

/** An employment row. */
export type EmploymentRow = typeof employments.$inferSelect;
/** An employment with the names of the talent and the employer, and the title of the posting filled. */
export type EmploymentView = EmploymentRow & { talentName: string; employerName: string; postingTitle: string | null };

const view = { employment: employments, talentName: talents.name, employerName: employers.name, postingTitle: postings.title };

function flatten(rows: { employment: EmploymentRow; talentName: string; employerName: string; postingTitle: string | null }[]): EmploymentView[] {
  return rows.map((r) => ({ ...r.employment, talentName: r.talentName, employerName: r.employerName, postingTitle: r.postingTitle }));
}

function selectViews(conn: Conn) {
  return conn
    .select(view)
    .from(employments)
    .innerJoin(talents, eq(talents.id, employments.talentId))
    .innerJoin(employers, eq(employers.id, employments.employerId))
    .leftJoin(postings, eq(postings.id, employments.postingId));
}

/** Inserts an employment; null when the talent already has an open one (the partial unique index). */
export async function insertEmployment(tx: Tx, row: typeof employments.$inferInsert): Promise<{ id: string } | null> {
  const [created] = await tx.insert(employments).values(row).onConflictDoNothing().returning({ id: employments.id });
  return created ?? null;
}

/** The talent's open (pending or confirmed) employment, with names. */
export async function findOpenEmployment(conn: Conn, talentId: string): Promise<EmploymentView | null> {
  const rows = await selectViews(conn)
    .where(and(eq(employments.talentId, talentId), inArray(employments.status, ['pending', 'confirmed'])))
    .limit(1);
  return flatten(rows)[0] ?? null;
}

/** An employment with names. */
export async function findEmploymentView(conn: Conn, id: string): Promise<EmploymentView | null> {
  return flatten(await selectViews(conn).where(eq(employments.id, id)).limit(1))[0] ?? null;
}

/** Locks an employment row for the rest of the transaction. */
export async function lockEmployment(tx: Tx, id: string): Promise<EmploymentRow | null> {
  const [row] = await tx.select().from(employments).where(eq(employments.id, id)).for('update').limit(1);
  return row ?? null;
}

/** Sets the state columns of an employment. */
export async function updateEmployment(
  tx: Tx,
  id: string,
  set: Partial<Pick<EmploymentRow, 'status' | 'endDate' | 'declineReason' | 'decidedAt' | 'decidedBy' | 'postingId'>>,
): Promise<void> {
  await tx.update(employments).set(set).where(eq(employments.id, id));
}

/** A talent's employments, newest first. */
export async function listTalentEmployments(conn: Conn, talentId: string): Promise<EmploymentView[]> {
  return flatten(await selectViews(conn).where(eq(employments.talentId, talentId)).orderBy(desc(employments.requestedAt)).limit(100));
}

/** An employer's employments (optionally in one status), newest first. */
export async function listEmployerEmployments(conn: Conn, employerId: string, status: EmploymentStatus | undefined): Promise<EmploymentView[]> {
  const where = status ? and(eq(employments.employerId, employerId), eq(employments.status, status)) : eq(employments.employerId, employerId);
  return flatten(await selectViews(conn).where(where).orderBy(desc(employments.requestedAt)).limit(500));
}
