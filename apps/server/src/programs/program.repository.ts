/**
 * Database access for programs and expert review: programs with their application counts, the
 * expert pool, applications and nominations (counted under a per-program lock for quotas), and
 * the reviews an assignment writes and experts score. The only file of the module that touches
 * Drizzle.
 */
import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { users } from '../auth/account.table.js';
import { talents } from '../talents/talent.table.js';
import { programApplications, programExperts, programReviews, programs } from './program.table.js';

type Conn = Db | Tx;

export type ProgramRow = typeof programs.$inferSelect;
export type ExpertRow = typeof programExperts.$inferSelect;
export type ProgramApplicationRow = typeof programApplications.$inferSelect;
export type ReviewRow = typeof programReviews.$inferSelect;

/** Inserts a program; null when its code is taken. */
export async function insertProgram(conn: Conn, row: typeof programs.$inferInsert): Promise<ProgramRow | null> {
  const [r] = await conn.insert(programs).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

/** Every program with its number of applications, newest call first. */
export async function listPrograms(conn: Conn): Promise<(ProgramRow & { applications: number })[]> {
  const rows = await conn
    .select({ program: programs, applications: count(programApplications.id) })
    .from(programs)
    .leftJoin(programApplications, eq(programApplications.programId, programs.id))
    .groupBy(programs.id)
    .orderBy(sql`${programs.opensOn} desc`, asc(programs.code));
  return rows.map((r) => ({ ...r.program, applications: Number(r.applications) }));
}

export async function findProgram(conn: Conn, id: string): Promise<ProgramRow | undefined> {
  const [r] = await conn.select().from(programs).where(eq(programs.id, id));
  return r;
}

/** Programs by their codes. */
export async function programsByCode(conn: Conn, codes: string[]): Promise<ProgramRow[]> {
  if (codes.length === 0) return [];
  return conn.select().from(programs).where(inArray(programs.code, codes));
}

/** Serialises applications to one program until the transaction ends (quota counts). */
export async function lockProgram(tx: Tx, id: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242314, hashtext(${id}))`);
}

/** How many applications `employerId` has nominated to the program. */
export async function countNominations(conn: Conn, programId: string, employerId: string): Promise<number> {
  const [r] = await conn
    .select({ n: count() })
    .from(programApplications)
    .where(and(eq(programApplications.programId, programId), eq(programApplications.nominatedBy, employerId)));
  return Number(r?.n ?? 0);
}

/** Inserts an application; null when the talent already applied to the program. */
export async function insertApplication(tx: Tx, row: typeof programApplications.$inferInsert): Promise<ProgramApplicationRow | null> {
  const [r] = await tx.insert(programApplications).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

/** Applications with how many reviewers they have and how many scored. */
export type ApplicationWithCounts = ProgramApplicationRow & { reviewers: number; scored: number };

/** Applications matching `where` (a program, a talent, a nominator), oldest first, with review counts. */
export async function listApplications(
  conn: Conn,
  where: { programId?: string; talentId?: string; nominatedBy?: string; ids?: readonly string[] },
): Promise<ApplicationWithCounts[]> {
  const conditions = [
    where.programId ? eq(programApplications.programId, where.programId) : undefined,
    where.talentId ? eq(programApplications.talentId, where.talentId) : undefined,
    where.nominatedBy ? eq(programApplications.nominatedBy, where.nominatedBy) : undefined,
    where.ids ? inArray(programApplications.id, [...where.ids]) : undefined,
  ];
  const rows = await conn
    .select({
      application: programApplications,
      reviewers: count(programReviews.expertId),
      scored: count(programReviews.submittedAt),
    })
    .from(programApplications)
    .leftJoin(programReviews, eq(programReviews.applicationId, programApplications.id))
    .where(and(...conditions))
    .groupBy(programApplications.id)
    .orderBy(asc(programApplications.submittedAt), asc(programApplications.id));
  return rows.map((r) => ({ ...r.application, reviewers: Number(r.reviewers), scored: Number(r.scored) }));
}

/** Inserts or replaces the expert profile of an account. */
export async function upsertExpert(conn: Conn, row: typeof programExperts.$inferInsert): Promise<ExpertRow> {
  const { userId: _user, createdAt: _created, ...changes } = row;
  const [r] = await conn.insert(programExperts).values(row).onConflictDoUpdate({ target: programExperts.userId, set: changes }).returning();
  return r!;
}

/** The pool with each expert's display name. */
export async function listExperts(conn: Conn): Promise<(ExpertRow & { displayName: string; talentId: string | null })[]> {
  const rows = await conn
    .select({ expert: programExperts, displayName: users.displayName, talentId: users.talentId })
    .from(programExperts)
    .innerJoin(users, eq(users.id, programExperts.userId))
    .orderBy(asc(users.displayName), asc(programExperts.id));
  return rows.map((r) => ({ ...r.expert, displayName: r.displayName, talentId: r.talentId }));
}

export async function findExpertOfUser(conn: Conn, userId: string): Promise<ExpertRow | undefined> {
  const [r] = await conn.select().from(programExperts).where(eq(programExperts.userId, userId));
  return r;
}

/** Whether any review of the program was already scored. */
export async function programHasScores(conn: Conn, programId: string): Promise<boolean> {
  const [r] = await conn
    .select({ n: count() })
    .from(programReviews)
    .innerJoin(programApplications, eq(programApplications.id, programReviews.applicationId))
    .where(and(eq(programApplications.programId, programId), isNotNull(programReviews.submittedAt)));
  return Number(r?.n ?? 0) > 0;
}

/** Replaces the program's (unscored) assignment with `rows`. */
export async function replaceReviews(tx: Tx, programId: string, rows: (typeof programReviews.$inferInsert)[]): Promise<void> {
  const ids = tx.select({ id: programApplications.id }).from(programApplications).where(eq(programApplications.programId, programId));
  await tx.delete(programReviews).where(inArray(programReviews.applicationId, ids));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(programReviews).values(rows.slice(i, i + 1000));
}

/** One expert's review of one application, locked until the transaction ends. */
export async function lockReview(tx: Tx, applicationId: string, expertId: string): Promise<ReviewRow | undefined> {
  const [r] = await tx
    .select()
    .from(programReviews)
    .where(and(eq(programReviews.applicationId, applicationId), eq(programReviews.expertId, expertId)))
    .for('update');
  return r;
}

export async function saveScores(tx: Tx, applicationId: string, expertId: string, scores: Record<string, number>, at: string): Promise<void> {
  await tx
    .update(programReviews)
    .set({ scores, submittedAt: at })
    .where(and(eq(programReviews.applicationId, applicationId), eq(programReviews.expertId, expertId)));
}

/** An expert's reviews with the application and its program. */
export async function listReviewsOfExpert(conn: Conn, expertId: string) {
  return conn
    .select({ review: programReviews, application: programApplications, program: programs })
    .from(programReviews)
    .innerJoin(programApplications, eq(programApplications.id, programReviews.applicationId))
    .innerJoin(programs, eq(programs.id, programApplications.programId))
    .where(eq(programReviews.expertId, expertId))
    .orderBy(asc(programReviews.dueOn), asc(programApplications.submittedAt));
}

/** The scored reviews of a program with the application title and the expert's name. */
export async function listScoredReviews(conn: Conn, programId: string) {
  return conn
    .select({
      applicationId: programReviews.applicationId,
      expertId: programReviews.expertId,
      scores: programReviews.scores,
      title: programApplications.title,
      reviewerName: users.displayName,
    })
    .from(programReviews)
    .innerJoin(programApplications, eq(programApplications.id, programReviews.applicationId))
    .innerJoin(programExperts, eq(programExperts.id, programReviews.expertId))
    .innerJoin(users, eq(users.id, programExperts.userId))
    .where(and(eq(programApplications.programId, programId), isNotNull(programReviews.submittedAt)));
}

/** One expert's review of one application with the application's program. */
export async function findReviewWithProgram(conn: Conn, applicationId: string, expertId: string) {
  const [r] = await conn
    .select({ review: programReviews, program: programs })
    .from(programReviews)
    .innerJoin(programApplications, eq(programApplications.id, programReviews.applicationId))
    .innerJoin(programs, eq(programs.id, programApplications.programId))
    .where(and(eq(programReviews.applicationId, applicationId), eq(programReviews.expertId, expertId)));
  return r;
}

/** A talent's current employer (null when none); undefined when there is no such talent. */
export async function findTalentEmployer(conn: Conn, talentId: string): Promise<{ employerId: string | null } | undefined> {
  const [r] = await conn.select({ employerId: talents.employerId }).from(talents).where(eq(talents.id, talentId));
  return r;
}
