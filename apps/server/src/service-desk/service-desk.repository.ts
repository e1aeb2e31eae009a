/** Database access for the service desk: cases, requests, co-handling departments and timelines. */
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { users } from '../auth/account.table.js';
import { talents } from '../talents/talent.table.js';
import { serviceCases, serviceCoHandlers, serviceRequests, serviceSteps } from './service-desk.table.js';

type Conn = Db | Tx;

/** A request row. */
export type RequestRow = typeof serviceRequests.$inferSelect;
/** A new request. */
export type NewRequest = Omit<typeof serviceRequests.$inferInsert, 'id'>;
/** A step row with its actor's name. */
export type StepView = typeof serviceSteps.$inferSelect & { actorName: string | null };
/** A request with the names and co-handlers a view shows. */
export type RequestView = RequestRow & { talentName: string | null; ownerName: string | null; stoppedByName: string | null; coDepartments: string[] };

/** Inserts a case. */
export async function insertCase(tx: Tx, row: Omit<typeof serviceCases.$inferInsert, 'id'>): Promise<string> {
  const [r] = await tx.insert(serviceCases).values(row).returning({ id: serviceCases.id });
  return r!.id;
}

/** Inserts requests. */
export async function insertRequests(tx: Tx, rows: NewRequest[]): Promise<RequestRow[]> {
  return tx.insert(serviceRequests).values(rows).returning();
}

/** A request locked until the transaction ends. */
export async function lockRequest(tx: Tx, id: string): Promise<RequestRow | undefined> {
  const [r] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
  return r;
}

/** Writes changed columns of a request. */
export async function updateRequest(tx: Tx, id: string, set: Partial<NewRequest>): Promise<void> {
  await tx.update(serviceRequests).set(set).where(eq(serviceRequests.id, id));
}

/** Appends a step. */
export async function insertStep(tx: Tx, row: Omit<typeof serviceSteps.$inferInsert, 'seq'>): Promise<void> {
  await tx.insert(serviceSteps).values(row);
}

/** Adds a co-handling department; false when it already co-handles. */
export async function insertCoHandler(tx: Tx, row: typeof serviceCoHandlers.$inferInsert): Promise<boolean> {
  const r = await tx.insert(serviceCoHandlers).values(row).onConflictDoNothing().returning({ d: serviceCoHandlers.department });
  return r.length === 1;
}

/** A filter of requests. */
export interface RequestFilter {
  ids?: string[];
  talentId?: string;
  caseIds?: string[];
  /** Requests of these departments, as owner or co-handler. */
  departments?: string[];
  open?: boolean;
  /** Requests filed with this evidence file. */
  evidenceId?: string;
}

/** Requests with names and co-handlers. */
export async function listRequests(conn: Conn, f: RequestFilter): Promise<RequestView[]> {
  const where = and(
    f.ids ? (f.ids.length ? inArray(serviceRequests.id, f.ids) : sql`false`) : undefined,
    f.talentId ? eq(serviceRequests.talentId, f.talentId) : undefined,
    f.caseIds ? (f.caseIds.length ? inArray(serviceRequests.caseId, f.caseIds) : sql`false`) : undefined,
    f.open ? isNull(serviceRequests.closedOn) : undefined,
    f.evidenceId ? sql`${serviceRequests.evidenceIds} @> ${JSON.stringify([f.evidenceId])}::jsonb` : undefined,
    f.departments
      ? or(
          inArray(serviceRequests.department, f.departments),
          sql`exists (select 1 from ${serviceCoHandlers} c where c.request_id = ${serviceRequests.id} and c.department in ${f.departments})`,
        )
      : undefined,
  );
  const owner = sql<string | null>`(select display_name from ${users} u where u.id = ${serviceRequests.ownerId})`;
  const stopper = sql<string | null>`(select display_name from ${users} u where u.id = ${serviceRequests.stoppedBy})`;
  const rows = await conn
    .select({ r: serviceRequests, talentName: talents.name, ownerName: owner, stoppedByName: stopper })
    .from(serviceRequests)
    .leftJoin(talents, eq(talents.id, serviceRequests.talentId))
    .where(where)
    .orderBy(asc(serviceRequests.resolutionDue), asc(serviceRequests.createdAt))
    .limit(500);
  const ids = rows.map((r) => r.r.id);
  const co = ids.length ? await conn.select().from(serviceCoHandlers).where(inArray(serviceCoHandlers.requestId, ids)) : [];
  return rows.map((x) => ({
    ...x.r,
    talentName: x.talentName,
    ownerName: x.ownerName,
    stoppedByName: x.stoppedByName,
    coDepartments: co.filter((c) => c.requestId === x.r.id).map((c) => c.department),
  }));
}

/** The steps of some requests, in order, with actor names. */
export async function stepsOf(conn: Conn, requestIds: string[]): Promise<StepView[]> {
  if (requestIds.length === 0) return [];
  const rows = await conn
    .select({ s: serviceSteps, actorName: users.displayName })
    .from(serviceSteps)
    .leftJoin(users, eq(users.id, serviceSteps.actorId))
    .where(inArray(serviceSteps.requestId, requestIds))
    .orderBy(asc(serviceSteps.seq));
  return rows.map((r) => ({ ...r.s, actorName: r.actorName }));
}

/** A talent's cases, newest first. */
export async function casesOf(conn: Conn, talentId: string): Promise<(typeof serviceCases.$inferSelect)[]> {
  return conn.select().from(serviceCases).where(eq(serviceCases.talentId, talentId)).orderBy(desc(serviceCases.createdAt)).limit(200);
}

/** Open requests whose clock runs, not yet escalated to the office, with a deadline before `today`. */
export async function overdueCandidates(conn: Conn, today: string): Promise<RequestRow[]> {
  return conn
    .select()
    .from(serviceRequests)
    .where(
      and(
        isNull(serviceRequests.answeredOn),
        isNull(serviceRequests.stoppedSince),
        lt(serviceRequests.escalation, 2),
        or(
          lt(serviceRequests.resolutionDue, today),
          lt(serviceRequests.updateDue, today),
          and(isNull(serviceRequests.firstContactOn), lt(serviceRequests.firstContactDue, today)),
        ),
      ),
    );
}

/** Concierge accounts (for hand-overs), one by id when given. */
export async function findConcierges(conn: Conn, id?: string): Promise<{ id: string; displayName: string; department: string | null }[]> {
  return conn
    .select({ id: users.id, displayName: users.displayName, department: users.department })
    .from(users)
    .where(and(eq(users.role, 'concierge'), eq(users.disabled, false), id ? eq(users.id, id) : undefined))
    .orderBy(asc(users.displayName))
    .limit(500);
}

/** Every request ever answered by an owner (for the concierges' figures). */
export async function answeredRequests(conn: Conn): Promise<(RequestRow & { ownerName: string | null })[]> {
  const rows = await conn
    .select({ r: serviceRequests, ownerName: users.displayName })
    .from(serviceRequests)
    .leftJoin(users, eq(users.id, serviceRequests.ownerId))
    .where(isNotNull(serviceRequests.answeredOn));
  return rows.map((x) => ({ ...x.r, ownerName: x.ownerName }));
}
