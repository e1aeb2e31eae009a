/** Database access for housing rounds, applications, offers, leases and waitlists. */
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { housingApplications, housingLeases, housingOffers, housingProjects, housingRounds, housingUnits, housingWaitlist } from './housing.table.js';
import type { Placement } from './allocation.js';

type Conn = Db | Tx;

export type RoundRow = typeof housingRounds.$inferSelect;
export type ApplicationRow = typeof housingApplications.$inferSelect;
export type OfferRow = typeof housingOffers.$inferSelect;
export type LeaseRow = typeof housingLeases.$inferSelect;

/** Inserts a round; null when its code is taken. */
export async function insertRound(tx: Tx, row: typeof housingRounds.$inferInsert): Promise<RoundRow | null> {
  const [r] = await tx.insert(housingRounds).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

/** A round by code, locked until the transaction ends when `lock` (serialises its applications and steps). */
export async function findRound(conn: Conn, code: string, lock = false): Promise<RoundRow | undefined> {
  const q = conn.select().from(housingRounds).where(eq(housingRounds.code, code));
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

/** Rounds, newest first. */
export async function listRounds(conn: Conn): Promise<RoundRow[]> {
  return conn.select().from(housingRounds).orderBy(desc(housingRounds.openedAt));
}

/** Sets fields of a round. */
export async function updateRound(tx: Tx, id: string, set: Partial<RoundRow>): Promise<void> {
  await tx.update(housingRounds).set(set).where(eq(housingRounds.id, id));
}

/** Applications per round. */
export async function applicationCounts(conn: Conn): Promise<Map<string, number>> {
  const rows = await conn
    .select({ roundId: housingApplications.roundId, n: sql<number>`count(*)::int` })
    .from(housingApplications)
    .groupBy(housingApplications.roundId);
  return new Map(rows.map((r) => [r.roundId, r.n]));
}

/** How many applications a round has. */
export async function countApplications(conn: Conn, roundId: string): Promise<number> {
  const [r] = await conn
    .select({ n: sql<number>`count(*)::int` })
    .from(housingApplications)
    .where(eq(housingApplications.roundId, roundId));
  return r?.n ?? 0;
}

/** Inserts an application. */
export async function insertApplication(tx: Tx, row: typeof housingApplications.$inferInsert): Promise<ApplicationRow> {
  const [r] = await tx.insert(housingApplications).values(row).returning();
  return r!;
}

/** The talent's application in a round. */
export async function findApplicationOf(conn: Conn, roundId: string, talentId: string): Promise<ApplicationRow | undefined> {
  const [r] = await conn
    .select()
    .from(housingApplications)
    .where(and(eq(housingApplications.roundId, roundId), eq(housingApplications.talentId, talentId)));
  return r;
}

/** Applications of a round, by number. */
export async function applicationsOfRound(conn: Conn, roundId: string): Promise<ApplicationRow[]> {
  return conn.select().from(housingApplications).where(eq(housingApplications.roundId, roundId)).orderBy(asc(housingApplications.number));
}

/** A talent's applications with their round's code, newest first. */
export async function applicationsOfTalent(conn: Conn, talentId: string): Promise<(ApplicationRow & { roundCode: string })[]> {
  const rows = await conn
    .select({ a: housingApplications, roundCode: housingRounds.code })
    .from(housingApplications)
    .innerJoin(housingRounds, eq(housingRounds.id, housingApplications.roundId))
    .where(eq(housingApplications.talentId, talentId))
    .orderBy(desc(housingApplications.submittedAt));
  return rows.map((r) => ({ ...r.a, roundCode: r.roundCode }));
}

/** Records the eligibility check of applications at commitment. */
export async function setEligibility(tx: Tx, rows: readonly { id: string; eligible: boolean; tier: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    update housing_applications a set eligible = x.eligible, tier = x.tier
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, eligible boolean, tier text)
     where a.id = x.id`);
}

/** Writes the draw's lottery numbers, places, units and reasons. */
export async function writePlacements(tx: Tx, roundId: string, placements: readonly Placement[]): Promise<void> {
  const rows = placements.map((p) => ({
    number: p.applicationNumber,
    lottery: p.lottery,
    position: p.position,
    unit_type: p.unitType,
    unit_code: p.unit,
    why: p.why,
  }));
  await tx.execute(sql`
    update housing_applications a
       set lottery = x.lottery, position = x.position, unit_type = x.unit_type, unit_code = x.unit_code, why = x.why
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(number text, lottery text, position int, unit_type text, unit_code text, why jsonb)
     where a.round_id = ${roundId} and a.number = x.number`);
}

/** Inserts offers. */
export async function insertOffers(tx: Tx, rows: (typeof housingOffers.$inferInsert)[]): Promise<OfferRow[]> {
  return rows.length ? tx.insert(housingOffers).values(rows).returning() : [];
}

/** An offer with what the talent reads of it. */
export type OfferView = OfferRow & {
  roundCode: string;
  applicationNumber: string;
  unitCode: string;
  projectCode: string;
  layout: string;
  rentFen: number;
  lease: LeaseRow | null;
};

async function offersWhere(conn: Conn, where: ReturnType<typeof eq>): Promise<OfferView[]> {
  const rows = await conn
    .select({
      o: housingOffers,
      roundCode: housingRounds.code,
      applicationNumber: housingApplications.number,
      unitCode: housingUnits.code,
      projectCode: housingProjects.code,
      layout: housingUnits.layout,
      rentFen: housingUnits.rentFen,
      lease: housingLeases,
    })
    .from(housingOffers)
    .innerJoin(housingApplications, eq(housingApplications.id, housingOffers.applicationId))
    .innerJoin(housingRounds, eq(housingRounds.id, housingApplications.roundId))
    .innerJoin(housingUnits, eq(housingUnits.id, housingOffers.unitId))
    .innerJoin(housingProjects, eq(housingProjects.id, housingUnits.projectId))
    .leftJoin(housingLeases, eq(housingLeases.offerId, housingOffers.id))
    .where(where)
    .orderBy(desc(housingOffers.offeredAt), asc(housingUnits.code));
  return rows.map((r) => ({
    ...r.o,
    roundCode: r.roundCode,
    applicationNumber: r.applicationNumber,
    unitCode: r.unitCode,
    projectCode: r.projectCode,
    layout: r.layout,
    rentFen: r.rentFen,
    lease: r.lease,
  }));
}

/** A talent's offers, newest first. */
export const offersOfTalent = (conn: Conn, talentId: string) => offersWhere(conn, eq(housingOffers.talentId, talentId));

/** The offers of a round. */
export const offersOfRound = (conn: Conn, roundId: string) => offersWhere(conn, eq(housingApplications.roundId, roundId));

/** An offer, locked until the transaction ends. */
export async function lockOffer(tx: Tx, id: string): Promise<OfferRow | undefined> {
  const [r] = await tx.select().from(housingOffers).where(eq(housingOffers.id, id)).for('update');
  return r;
}

/** Offers still open whose deadline passed before `today`, locked. */
export async function overdueOffers(tx: Tx, today: string): Promise<OfferRow[]> {
  return tx
    .select()
    .from(housingOffers)
    .where(and(eq(housingOffers.status, 'offered'), lt(housingOffers.deadline, today)))
    .for('update');
}

/** Decides an offer. */
export async function decideOffer(tx: Tx, id: string, status: OfferRow['status'], at: string): Promise<void> {
  await tx.update(housingOffers).set({ status, decidedAt: at }).where(eq(housingOffers.id, id));
}

/** The offer and lease terms of an application's round. */
export async function termsOfApplication(conn: Conn, applicationId: string): Promise<{ offerWorkingDays: number; leaseMonths: number }> {
  const [r] = await conn
    .select({ offerWorkingDays: housingRounds.offerWorkingDays, leaseMonths: housingRounds.leaseMonths })
    .from(housingApplications)
    .innerJoin(housingRounds, eq(housingRounds.id, housingApplications.roundId))
    .where(eq(housingApplications.id, applicationId));
  return r!;
}

/** Inserts a lease. */
export async function insertLease(tx: Tx, row: typeof housingLeases.$inferInsert): Promise<LeaseRow> {
  const [r] = await tx.insert(housingLeases).values(row).returning();
  return r!;
}

/** A lease, locked until the transaction ends. */
export async function lockLease(tx: Tx, id: string): Promise<LeaseRow | undefined> {
  const [r] = await tx.select().from(housingLeases).where(eq(housingLeases.id, id)).for('update');
  return r;
}

/** Sets fields of a lease. */
export async function updateLease(tx: Tx, id: string, set: Partial<LeaseRow>): Promise<void> {
  await tx.update(housingLeases).set(set).where(eq(housingLeases.id, id));
}

/** Appends waitlist entries in the order given (their `seq` follows it). */
export async function appendWaitlist(tx: Tx, rows: readonly { unitType: string; applicationId: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(housingWaitlist).values(rows.slice(i, i + 1000).map((r) => ({ ...r, waiting: true })));
  }
}

/** The first application still waiting for a unit type, locked; undefined when none. */
export async function firstWaiting(tx: Tx, unitType: string): Promise<{ applicationId: string; talentId: string } | undefined> {
  const [r] = await tx
    .select({ applicationId: housingWaitlist.applicationId, talentId: housingApplications.talentId })
    .from(housingWaitlist)
    .innerJoin(housingApplications, eq(housingApplications.id, housingWaitlist.applicationId))
    .where(and(eq(housingWaitlist.unitType, unitType), eq(housingWaitlist.waiting, true)))
    .orderBy(asc(housingWaitlist.seq))
    .limit(1)
    .for('update', { of: housingWaitlist });
  return r;
}

/** Takes applications off every waitlist (offered a unit, or housed). */
export async function stopWaiting(tx: Tx, applicationIds: readonly string[]): Promise<void> {
  if (applicationIds.length)
    await tx
      .update(housingWaitlist)
      .set({ waiting: false })
      .where(inArray(housingWaitlist.applicationId, [...applicationIds]));
}

/** Who still waits, per unit type, in order. */
export async function waitingEntries(
  conn: Conn,
): Promise<{ unitType: string; applicationId: string; roundCode: string; number: string; tier: string | null; lottery: string | null }[]> {
  return conn
    .select({
      unitType: housingWaitlist.unitType,
      applicationId: housingWaitlist.applicationId,
      roundCode: housingRounds.code,
      number: housingApplications.number,
      tier: housingApplications.tier,
      lottery: housingApplications.lottery,
    })
    .from(housingWaitlist)
    .innerJoin(housingApplications, eq(housingApplications.id, housingWaitlist.applicationId))
    .innerJoin(housingRounds, eq(housingRounds.id, housingApplications.roundId))
    .where(eq(housingWaitlist.waiting, true))
    .orderBy(asc(housingWaitlist.unitType), asc(housingWaitlist.seq));
}
