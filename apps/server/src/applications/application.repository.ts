/** Database access for applications (the only file of the area that touches Drizzle). */
import { and, asc, count, desc, eq, ilike, inArray, isNull, lt, lte, min, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { applicationEvidence, applications, applicationSteps } from './application.table.js';
import { talents } from '../talents/talent.table.js';
import { employers } from '../employers/employer.table.js';
import { containing } from '../db/like-pattern.js';

type Conn = Db | Tx;

/** An application row. */
export type ApplicationRow = typeof applications.$inferSelect;
/** An evidence requirement as snapshotted on an application. */
export type { RequirementSnapshot } from './application.table.js';
/** A timeline row. */
export type StepRow = typeof applicationSteps.$inferSelect;
/** An attached-evidence row. */
export type AttachedRow = typeof applicationEvidence.$inferSelect;

const ACTIVE = ['in_review', 'returned', 'approved'] as const;

/** Inserts an application; null when an active one of the same talent and policy exists (unique index). */
export async function insertApplication(tx: Tx, row: typeof applications.$inferInsert): Promise<ApplicationRow | null> {
  const [created] = await tx.insert(applications).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** The active (open or approved) application of a talent for a policy. */
export async function findActive(conn: Conn, talentId: string, policyId: string): Promise<ApplicationRow | null> {
  const [row] = await conn
    .select()
    .from(applications)
    .where(and(eq(applications.talentId, talentId), eq(applications.policyId, policyId), inArray(applications.status, [...ACTIVE])))
    .limit(1);
  return row ?? null;
}

/** Active applications of a talent, by policy id. */
export async function activeByPolicy(conn: Conn, talentId: string): Promise<Map<string, string>> {
  const rows = await conn
    .select({ id: applications.id, policyId: applications.policyId })
    .from(applications)
    .where(and(eq(applications.talentId, talentId), inArray(applications.status, [...ACTIVE])));
  return new Map(rows.map((r) => [r.policyId, r.id]));
}

/** One application. */
export async function findApplication(conn: Conn, id: string): Promise<ApplicationRow | null> {
  const [row] = await conn.select().from(applications).where(eq(applications.id, id)).limit(1);
  return row ?? null;
}

/** Locks an application for a change in `tx`. */
export async function lockApplication(tx: Tx, id: string): Promise<ApplicationRow | null> {
  const [row] = await tx.select().from(applications).where(eq(applications.id, id)).for('update').limit(1);
  return row ?? null;
}

/**
 * Writes a change if the row is still at `version` (bumping it); null when someone else changed
 * it first (the caller answers 409).
 */
export async function updateIfVersion(tx: Tx, id: string, version: number, set: Partial<typeof applications.$inferInsert>): Promise<ApplicationRow | null> {
  const [row] = await tx
    .update(applications)
    .set({ ...set, version: version + 1 })
    .where(and(eq(applications.id, id), eq(applications.version, version)))
    .returning();
  return row ?? null;
}

/** Appends a timeline step. */
export async function insertStep(tx: Tx, row: typeof applicationSteps.$inferInsert): Promise<void> {
  await tx.insert(applicationSteps).values(row);
}

/** Timeline of one application, in order. */
export async function listSteps(conn: Conn, applicationId: string): Promise<StepRow[]> {
  return conn.select().from(applicationSteps).where(eq(applicationSteps.applicationId, applicationId)).orderBy(asc(applicationSteps.id));
}

/** Attaches evidence (idempotent). */
export async function attachEvidence(tx: Tx, applicationId: string, items: { requirement: number; evidenceId: string }[], at: Date): Promise<void> {
  if (items.length === 0) return;
  await tx
    .insert(applicationEvidence)
    .values(items.map((i) => ({ applicationId, requirement: i.requirement, evidenceId: i.evidenceId, attachedAt: at })))
    .onConflictDoNothing();
}

/** Replaces the evidence of some requirements. */
export async function replaceEvidence(tx: Tx, applicationId: string, items: { requirement: number; evidenceId: string }[], at: Date): Promise<void> {
  const reqs = [...new Set(items.map((i) => i.requirement))];
  if (reqs.length === 0) return;
  await tx.delete(applicationEvidence).where(and(eq(applicationEvidence.applicationId, applicationId), inArray(applicationEvidence.requirement, reqs)));
  await attachEvidence(tx, applicationId, items, at);
}

/** Evidence attached to an application. */
export async function listAttached(conn: Conn, applicationId: string): Promise<AttachedRow[]> {
  return conn.select().from(applicationEvidence).where(eq(applicationEvidence.applicationId, applicationId));
}

/** The applications an evidence file is attached to (their stages, for who may read them). */
export async function applicationsAttaching(conn: Conn, evidenceId: string): Promise<Pick<ApplicationRow, 'stages' | 'appealed'>[]> {
  return conn
    .select({ stages: applications.stages, appealed: applications.appealed })
    .from(applicationEvidence)
    .innerJoin(applications, eq(applications.id, applicationEvidence.applicationId))
    .where(eq(applicationEvidence.evidenceId, evidenceId));
}

/** A talent's applications, newest first. */
export async function listOfTalent(conn: Conn, talentId: string): Promise<ApplicationRow[]> {
  return conn.select().from(applications).where(eq(applications.talentId, talentId)).orderBy(desc(applications.createdAt), desc(applications.id));
}

/** Columns a queue row needs. */
const queueColumns = {
  id: applications.id,
  talentName: applications.talentName,
  policyId: applications.policyId,
  titleZh: applications.titleZh,
  titleEn: applications.titleEn,
  department: applications.department,
  stageIndex: applications.stageIndex,
  onAppeal: applications.onAppeal,
  dueDate: applications.dueDate,
  escalatedAt: applications.escalatedAt,
  valueFen: applications.valueFen,
  submittedAt: applications.submittedAt,
  version: applications.version,
  // Written out: inside a select list drizzle names columns without their table.
  resubmitted: sql<boolean>`exists (select 1 from application_steps s where s.application_id = "applications"."id" and s.action = 'resubmit')`,
};

/** A queue row. */
export interface QueueRow {
  id: string;
  talentName: string;
  policyId: string;
  titleZh: string;
  titleEn: string;
  department: ApplicationRow['department'];
  stageIndex: number;
  onAppeal: boolean;
  dueDate: string | null;
  escalatedAt: Date | null;
  valueFen: number;
  submittedAt: Date;
  version: number;
  resubmitted: boolean;
}

/**
 * A review queue's filters: part of the talent's name or the keyed hash of their full ID or
 * mobile number, the stage (`appeal` or its index), one policy, due before / by a date.
 */
export interface QueueFilter {
  name?: string;
  numberHash?: { kind: 'id' | 'mobile'; hash: string };
  stage?: number | 'appeal';
  policyId?: string;
  overdueBefore?: string;
  dueBy?: string;
}

function filterWhere(f: QueueFilter): (SQL | undefined)[] {
  const hashColumn = f.numberHash?.kind === 'id' ? talents.idNumberHash : talents.mobileHash;
  return [
    f.name ? ilike(applications.talentName, containing(f.name)) : undefined,
    f.numberHash ? inArray(applications.talentId, sqlSelectTalentByHash(hashColumn, f.numberHash.hash)) : undefined,
    f.stage === 'appeal' ? eq(applications.onAppeal, true) : undefined,
    typeof f.stage === 'number' ? and(eq(applications.onAppeal, false), eq(applications.stageIndex, f.stage)) : undefined,
    f.policyId ? eq(applications.policyId, f.policyId) : undefined,
    f.overdueBefore ? lt(applications.dueDate, f.overdueBefore) : undefined,
    f.dueBy ? lte(applications.dueDate, f.dueBy) : undefined,
  ];
}

/** The talents (at most one) whose ID or mobile number has the keyed hash `hash`. */
function sqlSelectTalentByHash(column: typeof talents.idNumberHash | typeof talents.mobileHash, hash: string): SQL {
  return sql`(select ${talents.id} from ${talents} where ${column} = ${hash})`;
}

/** Counting stops here: a queue longer than this reports `totalCapped` (the count stays cheap however long the queue). */
export const QUEUE_COUNT_CAP = 5_000;

/**
 * One page of a department's in-review items by due date (then id), with the total (counted
 * up to QUEUE_COUNT_CAP); with `overdueBefore`, only those due before that date. Both queries
 * are served by `applications_queue_idx` and run side by side (two pool connections on
 * PostgreSQL). See docs/performance.md, "Review queue".
 */
export async function queuePage(
  conn: Conn,
  q: QueueFilter & { department: string; limit: number; offset: number },
): Promise<{ rows: QueueRow[]; total: number; capped: boolean }> {
  const where = and(
    eq(applications.status, 'in_review'),
    eq(applications.department, q.department as ApplicationRow['department'] & string),
    ...filterWhere(q),
  );
  const [rows, total] = await Promise.all([
    conn
      .select(queueColumns)
      .from(applications)
      .where(where)
      .orderBy(asc(applications.dueDate), asc(applications.id))
      .limit(q.limit)
      .offset(q.offset) as Promise<QueueRow[]>,
    cappedCount(conn, where),
  ]);
  return { rows, total: Math.min(total, QUEUE_COUNT_CAP), capped: total > QUEUE_COUNT_CAP };
}

/** The policies with items in review in `department`, by id (the review queue's kind filter). */
export async function policiesInQueue(conn: Conn, department: string): Promise<{ id: string; titleZh: string; titleEn: string }[]> {
  const rows = await conn
    .select({ id: applications.policyId, titleZh: min(applications.titleZh), titleEn: min(applications.titleEn) })
    .from(applications)
    .where(and(eq(applications.status, 'in_review'), eq(applications.department, department as ApplicationRow['department'] & string)))
    .groupBy(applications.policyId)
    .orderBy(asc(applications.policyId));
  return rows.map((r) => ({ id: r.id, titleZh: r.titleZh ?? r.id, titleEn: r.titleEn ?? r.id }));
}

/** count(*) of the matching rows, stopping one past QUEUE_COUNT_CAP. */
async function cappedCount(conn: Conn, where: ReturnType<typeof and>): Promise<number> {
  const sub = conn
    .select({ one: sql<number>`1`.as('one') })
    .from(applications)
    .where(where)
    .limit(QUEUE_COUNT_CAP + 1)
    .as('capped');
  const [c] = await conn.select({ n: count() }).from(sub);
  return Number(c?.n ?? 0);
}

/** One page of in-review items of every department (or one), due before `before` when given, by due date. */
export async function inReviewPage(
  conn: Conn,
  q: { before?: string; department?: string; limit: number; offset: number },
): Promise<{ rows: QueueRow[]; total: number; capped: boolean }> {
  const where = and(
    eq(applications.status, 'in_review'),
    ...(q.before ? [lt(applications.dueDate, q.before)] : []),
    ...(q.department ? [eq(applications.department, q.department as ApplicationRow['department'] & string)] : []),
  );
  const [rows, total] = await Promise.all([
    conn
      .select(queueColumns)
      .from(applications)
      .where(where)
      .orderBy(asc(applications.dueDate), asc(applications.id))
      .limit(q.limit)
      .offset(q.offset) as Promise<QueueRow[]>,
    cappedCount(conn, where),
  ]);
  return { rows, total: Math.min(total, QUEUE_COUNT_CAP), capped: total > QUEUE_COUNT_CAP };
}

/** Ids of in-review items due before `before` and not escalated in their current stage (oldest first). */
export async function dueForEscalation(conn: Conn, before: string, limit: number): Promise<string[]> {
  const rows = await conn
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.status, 'in_review'), lt(applications.dueDate, before), isNull(applications.escalatedAt)))
    .orderBy(asc(applications.dueDate), asc(applications.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** How many overdue items were already escalated. */
export async function countEscalated(conn: Conn, before: string): Promise<number> {
  const [c] = await conn
    .select({ n: count() })
    .from(applications)
    .where(and(eq(applications.status, 'in_review'), lt(applications.dueDate, before), sql`${applications.escalatedAt} IS NOT NULL`));
  return Number(c?.n ?? 0);
}

/** Facts of the talent the reviewer sees beside the evidence (read-only; the talents area owns the table). */
export async function profileFacts(conn: Conn, talentId: string) {
  const [row] = await conn
    .select({
      name: talents.name,
      birthDate: talents.birthDate,
      highestDegree: talents.highestDegree,
      title: talents.title,
      skillLevel: talents.skillLevel,
      district: talents.district,
      arrivalDate: talents.arrivalDate,
      socialInsuranceMonths: talents.socialInsuranceMonths,
      employerName: employers.name,
    })
    .from(talents)
    .leftJoin(employers, eq(employers.id, talents.employerId))
    .where(eq(talents.id, talentId))
    .limit(1);
  return row ?? null;
}

/** Locks the in-review applications whose deadline is on or after `from` (a holiday-calendar change from that date on). */
export async function lockInReviewDueFrom(tx: Tx, from: string): Promise<ApplicationRow[]> {
  return tx
    .select()
    .from(applications)
    .where(and(eq(applications.status, 'in_review'), sql`${applications.dueDate} >= ${from}`))
    .orderBy(asc(applications.dueDate), asc(applications.id))
    .for('update');
}

/**
 * Moves a deadline after a holiday-calendar change. The version is kept: nothing a reviewer
 * decides on changed, so a page opened before stays valid.
 */
export async function setDueDate(tx: Tx, id: string, dueDate: string, at: Date): Promise<void> {
  await tx.update(applications).set({ dueDate, updatedAt: at }).where(eq(applications.id, id));
}

/** Up to `limit` approved applications with an id after `after` (all when null), in id order. */
export async function approvedAfter(conn: Conn, after: string | null, limit: number): Promise<ApplicationRow[]> {
  return conn
    .select()
    .from(applications)
    .where(and(eq(applications.status, 'approved'), after === null ? undefined : sql`${applications.id} > ${after}`))
    .orderBy(asc(applications.id))
    .limit(limit);
}
