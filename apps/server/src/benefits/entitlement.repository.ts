/** Database access for entitlements. The only file of the entitlement service that touches Drizzle. */
import { and, asc, desc, eq, gt, lte, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { entitlements } from './entitlement.table.js';
import { pgArray } from '../db/sql-arrays.js';

type Conn = Db | Tx;

/** An entitlement row. */
export type EntitlementRow = typeof entitlements.$inferSelect;
/** Values of a new entitlement. */
export type NewEntitlementRow = typeof entitlements.$inferInsert;

/** Inserts an entitlement unless one exists for the same (talent, policy, source) or application; returns its id or null. */
export async function insertEntitlement(tx: Tx, row: NewEntitlementRow): Promise<string | null> {
  const [r] = await tx.insert(entitlements).values(row).onConflictDoNothing().returning({ id: entitlements.id });
  return r?.id ?? null;
}

/** The entitlement of an application, or of (talent, policy, source). */
export async function findEntitlement(
  conn: Conn,
  by: { applicationId: string } | { talentId: string; policyId: string; source: string },
): Promise<EntitlementRow | undefined> {
  const where =
    'applicationId' in by
      ? eq(entitlements.applicationId, by.applicationId)
      : and(eq(entitlements.talentId, by.talentId), eq(entitlements.policyId, by.policyId), eq(entitlements.source, by.source));
  const [row] = await conn.select().from(entitlements).where(where).limit(1);
  return row;
}

/** What the sweep's diff reads of an entitlement it manages. */
export type SweptEntitlement = Pick<EntitlementRow, 'id' | 'talentId' | 'policyId' | 'source' | 'amountFen' | 'status' | 'period' | 'months'>;

const sweptColumns = {
  id: entitlements.id,
  talentId: entitlements.talentId,
  policyId: entitlements.policyId,
  source: entitlements.source,
  amountFen: entitlements.amountFen,
  status: entitlements.status,
  period: entitlements.period,
  months: entitlements.months,
};

/** Sweep-managed (auto and notify) entitlements of talents in the id range (after, upTo]. */
export async function sweptEntitlementsInRange(conn: Conn, after: string | null, upTo: string): Promise<SweptEntitlement[]> {
  return conn
    .select(sweptColumns)
    .from(entitlements)
    .where(
      and(after === null ? undefined : gt(entitlements.talentId, after), lte(entitlements.talentId, upTo), inArray(entitlements.source, ['auto', 'notify'])),
    );
}

/** The sweep-managed entitlements of some talents (the sweep's check of the talents that changed). */
export async function sweptEntitlementsOf(conn: Conn, talentIds: readonly string[]): Promise<SweptEntitlement[]> {
  if (talentIds.length === 0) return [];
  return conn
    .select(sweptColumns)
    .from(entitlements)
    .where(and(sql`${entitlements.talentId} = any(${pgArray(talentIds)}::uuid[])`, inArray(entitlements.source, ['auto', 'notify'])));
}

/** A talent's entitlements, newest first. */
export async function entitlementsOfTalent(conn: Conn, talentId: string): Promise<EntitlementRow[]> {
  return conn.select().from(entitlements).where(eq(entitlements.talentId, talentId)).orderBy(desc(entitlements.startDate), asc(entitlements.policyId));
}

/** Every entitlement in a stable order (tests and the crash check compare these). */
export async function allEntitlements(conn: Conn): Promise<EntitlementRow[]> {
  return conn.select().from(entitlements).orderBy(asc(entitlements.talentId), asc(entitlements.policyId), asc(entitlements.source));
}
