/** Database access for flexible engagements and check-ins. The only file of the area that touches Drizzle. */
import { and, asc, count, desc, eq, gte, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CheckinStatus } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { engagementCheckins, engagements } from './engagement.table.js';

type Conn = Db | Tx;

/** An engagement row. */
export type EngagementRow = typeof engagements.$inferSelect;
/** A check-in row. */
export type CheckinRow = typeof engagementCheckins.$inferSelect;

const partners = alias(employers, 'partner');

/** An engagement with names and its days this year. */
export interface EngagementView extends EngagementRow {
  expertName: string;
  employerName: string;
  partnerEmployerName: string | null;
  daysThisYear: number;
  pendingCheckins: number;
}

/** Inserts an engagement. */
export async function insertEngagement(tx: Tx, row: typeof engagements.$inferInsert): Promise<{ id: string }> {
  const [created] = await tx.insert(engagements).values(row).returning({ id: engagements.id });
  return created!;
}

/** Engagements of an employer (its own and those it shares as the partner of a 双聘) or of an expert, newest first, with days counted in `year`. */
export async function listEngagementViews(
  conn: Conn,
  by: { employerId: string } | { talentId: string } | { id: string },
  year: number,
): Promise<EngagementView[]> {
  const where =
    'employerId' in by
      ? or(eq(engagements.employerId, by.employerId), eq(engagements.partnerEmployerId, by.employerId))
      : 'talentId' in by
        ? eq(engagements.talentId, by.talentId)
        : eq(engagements.id, by.id);
  const days = (status: CheckinStatus) =>
    sql<number>`(select count(*)::int from ${engagementCheckins} c where c.engagement_id = ${engagements.id} and c.status = ${status}${
      status === 'confirmed' ? sql` and extract(year from c.day) = ${year}` : sql``
    })`;
  const rows = await conn
    .select({
      engagement: engagements,
      expertName: talents.name,
      employerName: employers.name,
      partnerEmployerName: partners.name,
      daysThisYear: days('confirmed'),
      pendingCheckins: days('pending'),
    })
    .from(engagements)
    .innerJoin(talents, eq(talents.id, engagements.talentId))
    .innerJoin(employers, eq(employers.id, engagements.employerId))
    .leftJoin(partners, eq(partners.id, engagements.partnerEmployerId))
    .where(where)
    .orderBy(desc(engagements.startDate), asc(engagements.id))
    .limit(500);
  return rows.map((r) => ({
    ...r.engagement,
    expertName: r.expertName,
    employerName: r.employerName,
    partnerEmployerName: r.partnerEmployerName,
    daysThisYear: Number(r.daysThisYear),
    pendingCheckins: Number(r.pendingCheckins),
  }));
}

/** An engagement by id. */
export async function findEngagement(conn: Conn, id: string): Promise<EngagementRow | null> {
  const [row] = await conn.select().from(engagements).where(eq(engagements.id, id)).limit(1);
  return row ?? null;
}

/** The expert's engagements running on `day`. */
export async function activeEngagements(conn: Conn, talentId: string, day: string): Promise<EngagementRow[]> {
  return conn
    .select()
    .from(engagements)
    .where(and(eq(engagements.talentId, talentId), lte(engagements.startDate, day), gte(engagements.endDate, day)));
}

/** Inserts a check-in; null when the expert already has one that day (the partial unique index). */
export async function insertCheckin(tx: Tx, row: typeof engagementCheckins.$inferInsert): Promise<CheckinRow | null> {
  const [created] = await tx.insert(engagementCheckins).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** Locks a check-in for a decision. */
export async function lockCheckin(tx: Tx, id: string): Promise<CheckinRow | null> {
  const [row] = await tx.select().from(engagementCheckins).where(eq(engagementCheckins.id, id)).for('update').limit(1);
  return row ?? null;
}

/** Sets the decision on a check-in; returns the row. */
export async function decideCheckin(tx: Tx, id: string, set: Pick<CheckinRow, 'status' | 'decidedBy' | 'decidedAt'>): Promise<CheckinRow> {
  const [row] = await tx.update(engagementCheckins).set(set).where(eq(engagementCheckins.id, id)).returning();
  return row!;
}

/** The check-ins of an engagement, newest day first. */
export async function listCheckins(conn: Conn, engagementId: string): Promise<CheckinRow[]> {
  return conn.select().from(engagementCheckins).where(eq(engagementCheckins.engagementId, engagementId)).orderBy(desc(engagementCheckins.day)).limit(1000);
}

/** Confirmed days on site of an expert in a calendar year, across all engagements. */
export async function confirmedDaysIn(conn: Conn, talentId: string, year: number): Promise<number> {
  const [row] = await conn
    .select({ n: count() })
    .from(engagementCheckins)
    .where(
      and(
        eq(engagementCheckins.talentId, talentId),
        eq(engagementCheckins.status, 'confirmed'),
        gte(engagementCheckins.day, `${year}-01-01`),
        lte(engagementCheckins.day, `${year}-12-31`),
      ),
    );
  return Number(row?.n ?? 0);
}
