/** Database access for demand surveys, their recipients and demand records. The only file of the area that touches Drizzle. */
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { employers } from '../employers/employer.table.js';
import { demandRecords, demandSurveys, surveyRecipients } from './survey.table.js';

type Conn = Db | Tx;

/** A survey row. */
export type SurveyRow = typeof demandSurveys.$inferSelect;
/** A survey with how many employers it was sent to and how many answered. */
export type SurveyCounts = SurveyRow & { surveyed: number; answered: number };
/** A demand record with its employer's name. */
export type DemandRecordView = typeof demandRecords.$inferSelect & { employerName: string };
/** A demand record to write (the survey, employer, source and time are the answer's). */
export type DemandRecordValues = Omit<typeof demandRecords.$inferInsert, 'id' | 'surveyId' | 'employerId' | 'source' | 'line' | 'createdAt'>;

/** Inserts a survey. */
export async function insertSurvey(tx: Tx, row: typeof demandSurveys.$inferInsert): Promise<string> {
  const [created] = await tx.insert(demandSurveys).values(row).returning({ id: demandSurveys.id });
  return created!.id;
}

/** Approved employers of the chains, with their chain and district. */
export async function listApprovedEmployersOfChains(tx: Tx, chains: readonly string[]) {
  return tx
    .select({ employerId: employers.id, chain: employers.chain, district: employers.district })
    .from(employers)
    .where(and(eq(employers.status, 'approved'), inArray(employers.chain, [...chains])))
    .orderBy(asc(employers.id));
}

/** Adds the recipients of a survey. */
export async function insertRecipients(tx: Tx, rows: (typeof surveyRecipients.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(surveyRecipients).values(rows.slice(i, i + 1000));
}

const surveyedCount = count(surveyRecipients.employerId).mapWith(Number);
const answeredCount = sql<number>`count(${surveyRecipients.answeredAt})`.mapWith(Number);

/** Surveys, newest deadline first, or the one with `id`, with their counts. */
export async function listSurveyCounts(conn: Conn, id?: string): Promise<SurveyCounts[]> {
  const rows = await conn
    .select({ s: demandSurveys, surveyed: surveyedCount, answered: answeredCount })
    .from(demandSurveys)
    .leftJoin(surveyRecipients, eq(surveyRecipients.surveyId, demandSurveys.id))
    .where(id ? eq(demandSurveys.id, id) : undefined)
    .groupBy(demandSurveys.id)
    .orderBy(desc(demandSurveys.deadline), desc(demandSurveys.createdAt));
  return rows.map((r) => ({ ...r.s, surveyed: r.surveyed, answered: r.answered }));
}

/** A survey by id. */
export async function findSurvey(conn: Conn, id: string): Promise<SurveyRow | null> {
  const [row] = await conn.select().from(demandSurveys).where(eq(demandSurveys.id, id)).limit(1);
  return row ?? null;
}

/** Completion of a survey grouped by the recipients' chain or district. */
export async function completionBy(conn: Conn, surveyId: string, by: 'chain' | 'district') {
  const col = by === 'chain' ? surveyRecipients.chain : surveyRecipients.district;
  return conn
    .select({ key: col, surveyed: surveyedCount, answered: answeredCount })
    .from(surveyRecipients)
    .where(eq(surveyRecipients.surveyId, surveyId))
    .groupBy(col)
    .orderBy(asc(col));
}

/** Recipients that have not answered, by name. */
export async function listUnanswered(conn: Conn, surveyId: string) {
  return conn
    .select({ employerId: surveyRecipients.employerId, name: employers.name, chain: surveyRecipients.chain, district: surveyRecipients.district })
    .from(surveyRecipients)
    .innerJoin(employers, eq(employers.id, surveyRecipients.employerId))
    .where(and(eq(surveyRecipients.surveyId, surveyId), isNull(surveyRecipients.answeredAt)))
    .orderBy(asc(employers.name), asc(employers.id));
}

/** Notes when the survey's last reminders were sent. */
export async function markReminded(tx: Tx, surveyId: string, at: Date): Promise<void> {
  await tx.update(demandSurveys).set({ lastRemindedAt: at }).where(eq(demandSurveys.id, surveyId));
}

/** Closes the survey at `at`. */
export async function markClosed(tx: Tx, surveyId: string, at: Date, by: string): Promise<void> {
  await tx.update(demandSurveys).set({ closedAt: at, closedBy: by }).where(eq(demandSurveys.id, surveyId));
}

/** The recipient row of an employer in a survey. */
export async function findRecipient(conn: Conn, surveyId: string, employerId: string) {
  const [row] = await conn
    .select()
    .from(surveyRecipients)
    .where(and(eq(surveyRecipients.surveyId, surveyId), eq(surveyRecipients.employerId, employerId)))
    .limit(1);
  return row ?? null;
}

/** Surveys sent to an employer, newest deadline first, with its answer's state. */
export async function listSurveysOfEmployer(conn: Conn, employerId: string) {
  return conn
    .select({ s: demandSurveys, answeredAt: surveyRecipients.answeredAt, source: surveyRecipients.source })
    .from(surveyRecipients)
    .innerJoin(demandSurveys, eq(demandSurveys.id, surveyRecipients.surveyId))
    .where(eq(surveyRecipients.employerId, employerId))
    .orderBy(desc(demandSurveys.deadline), desc(demandSurveys.createdAt));
}

/** Demand records of a survey (of one employer, when given), by employer and entry order. */
export async function listRecords(conn: Conn, surveyId: string, employerId?: string): Promise<DemandRecordView[]> {
  const rows = await conn
    .select({ r: demandRecords, employerName: employers.name })
    .from(demandRecords)
    .innerJoin(employers, eq(employers.id, demandRecords.employerId))
    .where(and(eq(demandRecords.surveyId, surveyId), employerId ? eq(demandRecords.employerId, employerId) : undefined))
    .orderBy(asc(employers.name), asc(demandRecords.employerId), asc(demandRecords.line));
  return rows.map((r) => ({ ...r.r, employerName: r.employerName }));
}

/** Replaces an employer's answer: its records, and when and how it answered. */
export async function replaceAnswer(
  tx: Tx,
  a: { surveyId: string; employerId: string; source: 'online' | 'import'; at: Date; records: readonly DemandRecordValues[] },
): Promise<void> {
  await tx.delete(demandRecords).where(and(eq(demandRecords.surveyId, a.surveyId), eq(demandRecords.employerId, a.employerId)));
  if (a.records.length > 0) {
    await tx
      .insert(demandRecords)
      .values(a.records.map((r, line) => ({ ...r, surveyId: a.surveyId, employerId: a.employerId, source: a.source, line, createdAt: a.at })));
  }
  await tx
    .update(surveyRecipients)
    .set({ answeredAt: a.at, source: a.source })
    .where(and(eq(surveyRecipients.surveyId, a.surveyId), eq(surveyRecipients.employerId, a.employerId)));
}

/** Employers by credit code, with whether (and in which chain) the survey was sent to them. */
export async function findEmployersByCreditCode(tx: Tx, surveyId: string, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return tx
    .select({ employerId: employers.id, creditCode: employers.creditCode, recipientChain: surveyRecipients.chain })
    .from(employers)
    .leftJoin(surveyRecipients, and(eq(surveyRecipients.employerId, employers.id), eq(surveyRecipients.surveyId, surveyId)))
    .where(inArray(employers.creditCode, [...codes]));
}
