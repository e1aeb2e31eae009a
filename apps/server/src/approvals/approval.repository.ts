/**
 * Database access for second approvals: the pending request of a subject (one at most, by a
 * partial unique index), proposals superseding the pending one under a per-subject lock, the
 * decision written only while the request is still pending, and lists with the people's names.
 */
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Department, SecondApprovalKind, SecondApprovalStatus } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { users } from '../auth/account.table.js';
import { secondApprovals } from './approval.table.js';

type Conn = Db | Tx;

/** A request row. */
export type ApprovalRow = typeof secondApprovals.$inferSelect;
/** A request row with the display names of its maker and checker. */
export type ApprovalNamedRow = ApprovalRow & { madeByName: string | null; checkedByName: string | null };

/** Serialises proposals for one subject until the transaction ends (a new one supersedes the pending one). */
export async function lockSubject(tx: Tx, kind: SecondApprovalKind, subject: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242301, hashtext(${`${kind}:${subject}`}))`);
}

/** Marks the pending request of a subject superseded; returns the rows it superseded. */
export async function supersedePending(tx: Tx, kind: SecondApprovalKind, subject: string, now: string): Promise<ApprovalRow[]> {
  return tx
    .update(secondApprovals)
    .set({ status: 'superseded', decidedAt: now })
    .where(and(eq(secondApprovals.kind, kind), eq(secondApprovals.subject, subject), eq(secondApprovals.status, 'pending')))
    .returning();
}

/** Inserts a pending request; null when the subject already has one (partial unique index). */
export async function insertPending(
  tx: Tx,
  row: Pick<ApprovalRow, 'kind' | 'subject' | 'scope' | 'title' | 'change' | 'reason' | 'madeBy' | 'madeAt'>,
): Promise<ApprovalRow | null> {
  const [r] = await tx
    .insert(secondApprovals)
    .values({ ...row, status: 'pending' })
    .onConflictDoNothing()
    .returning();
  return r ?? null;
}

/** A request by id. */
export async function findApproval(conn: Conn, id: string): Promise<ApprovalRow | undefined> {
  const [r] = await conn.select().from(secondApprovals).where(eq(secondApprovals.id, id));
  return r;
}

/** A request by id, locked until the transaction ends. */
export async function lockApproval(tx: Tx, id: string): Promise<ApprovalRow | undefined> {
  const [r] = await tx.select().from(secondApprovals).where(eq(secondApprovals.id, id)).for('update');
  return r;
}

/** Writes a decision on a request still pending; null when it no longer is. */
export async function decide(
  tx: Tx,
  id: string,
  d: { status: Exclude<SecondApprovalStatus, 'pending'>; checkedBy: string; decidedAt: string; note: string | null; outcome?: Record<string, unknown> | null },
): Promise<ApprovalRow | null> {
  const [r] = await tx
    .update(secondApprovals)
    .set({ status: d.status, checkedBy: d.checkedBy, decidedAt: d.decidedAt, note: d.note, outcome: d.outcome ?? null })
    .where(and(eq(secondApprovals.id, id), eq(secondApprovals.status, 'pending')))
    .returning();
  return r ?? null;
}

/** Display names of accounts by id. */
export async function userNames(conn: Conn, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await conn.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Which requests a reader sees: every one, or those of the talent office's officers and/or some departments. */
export type ApprovalScopeFilter = 'all' | { unscoped: boolean; departments: Department[] };

/** Requests by status, kind and subject, within a scope, newest first, with names. */
export async function listApprovals(
  conn: Conn,
  f: {
    status?: SecondApprovalStatus;
    kind?: SecondApprovalKind;
    subject?: string;
    subjects?: string[];
    scope: ApprovalScopeFilter;
    ids?: string[];
    limit: number;
  },
): Promise<ApprovalNamedRow[]> {
  const maker = alias(users, 'maker');
  const checker = alias(users, 'checker');
  const where: (SQL | undefined)[] = [
    f.status ? eq(secondApprovals.status, f.status) : undefined,
    f.kind ? eq(secondApprovals.kind, f.kind) : undefined,
    f.subject !== undefined ? eq(secondApprovals.subject, f.subject) : undefined,
    f.subjects ? (f.subjects.length ? inArray(secondApprovals.subject, f.subjects) : sql`false`) : undefined,
    f.ids ? (f.ids.length ? inArray(secondApprovals.id, f.ids) : sql`false`) : undefined,
  ];
  if (f.scope !== 'all') {
    const { unscoped, departments } = f.scope;
    where.push(or(unscoped ? isNull(secondApprovals.scope) : sql`false`, departments.length ? inArray(secondApprovals.scope, departments) : sql`false`));
  }
  const rows = await conn
    .select({ r: secondApprovals, madeByName: maker.displayName, checkedByName: checker.displayName })
    .from(secondApprovals)
    .leftJoin(maker, eq(maker.id, secondApprovals.madeBy))
    .leftJoin(checker, eq(checker.id, secondApprovals.checkedBy))
    .where(and(...where))
    .orderBy(desc(secondApprovals.seq))
    .limit(f.limit);
  return rows.map((x) => ({ ...x.r, madeByName: x.madeByName, checkedByName: x.checkedByName }));
}
