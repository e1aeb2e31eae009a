/** Database access for entitlements. The only file of the entitlement service that touches Drizzle. */
import { and, asc, desc, eq, gt, lte, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { entitlements } from './entitlement.table.js';
import { users } from '../auth/account.table.js';

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

/** A PostgreSQL array literal of strings (`{"a","b"}`), sent as one parameter. */
export function pgArray(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/**
 * Inserts many sweep entitlements in one statement per 20,000 rows (`unnest` of column arrays:
 * a handful of parameters instead of 13 per row); conflicts skipped. Returns how many were inserted.
 */
export async function insertEntitlements(tx: Tx, rows: NewEntitlementRow[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    const col = <K extends keyof NewEntitlementRow>(k: K) => pgArray(part.map((r) => r[k] as string | number));
    const r = await tx.execute(sql`
      insert into entitlements (talent_id, policy_id, source, amount_fen, period, months, start_date, end_date, status, created_by_sweep, sweep_id, created_at, updated_at)
      select u.t, u.p, u.s, u.a, u.per, u.m, u.sd, u.ed, 'active', u.sw, u.sw, u.ts, u.ts
      from unnest(${col('talentId')}::uuid[], ${col('policyId')}::text[], ${col('source')}::text[], ${col('amountFen')}::bigint[], ${col('period')}::text[],
                  ${col('months')}::int[], ${col('startDate')}::date[], ${col('endDate')}::date[], ${col('sweepId')}::uuid[], ${col('createdAt')}::timestamptz[])
        as u(t, p, s, a, per, m, sd, ed, sw, ts)
      on conflict do nothing`);
    n += Number((r as { rowCount?: number; affectedRows?: number }).rowCount ?? (r as { affectedRows?: number }).affectedRows ?? 0);
  }
  return n;
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

/** Applies amount changes (one statement per batch). */
export async function updateAmounts(
  tx: Tx,
  changes: { id: string; amountFen: number; period: string; months: number; endDate: string }[],
  sweepId: string,
  now: string,
): Promise<void> {
  for (let i = 0; i < changes.length; i += 1000) {
    const part = changes.slice(i, i + 1000);
    const values = sql.join(
      part.map((c) => sql`(${c.id}::uuid, ${c.amountFen}::bigint, ${c.period}::text, ${c.months}::int, ${c.endDate}::date)`),
      sql`, `,
    );
    await tx.execute(sql`
      update entitlements e set amount_fen = v.amount, period = v.period, months = v.months, end_date = v.end_date,
        sweep_id = ${sweepId}::uuid, updated_at = ${now}::timestamptz
      from (values ${values}) as v(id, amount, period, months, end_date) where e.id = v.id`);
  }
}

/** Re-activates rows (granted again after they had ended) with new terms. */
export async function reactivate(
  tx: Tx,
  rows: { id: string; amountFen: number; period: string; months: number; startDate: string; endDate: string }[],
  sweepId: string,
  now: string,
): Promise<void> {
  for (const r of rows) {
    await tx
      .update(entitlements)
      .set({
        status: 'active',
        endedOn: null,
        amountFen: r.amountFen,
        period: r.period,
        months: r.months,
        startDate: r.startDate,
        endDate: r.endDate,
        sweepId,
        updatedAt: now,
      })
      .where(eq(entitlements.id, r.id));
  }
}

/** Ends rows on `on`. */
export async function endEntitlements(tx: Tx, ids: string[], on: string, sweepId: string | null, now: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 5000) {
    await tx
      .update(entitlements)
      .set({ status: 'ended', endedOn: on, sweepId, updatedAt: now })
      .where(inArray(entitlements.id, ids.slice(i, i + 5000)));
  }
}

/** A talent's entitlements, newest first. */
export async function entitlementsOfTalent(conn: Conn, talentId: string): Promise<EntitlementRow[]> {
  return conn.select().from(entitlements).where(eq(entitlements.talentId, talentId)).orderBy(desc(entitlements.startDate), asc(entitlements.policyId));
}

/** Every entitlement in a stable order (tests and the crash check compare these). */
export async function allEntitlements(conn: Conn): Promise<EntitlementRow[]> {
  return conn.select().from(entitlements).orderBy(asc(entitlements.talentId), asc(entitlements.policyId), asc(entitlements.source));
}

/** Enabled accounts of the given talents (read-only look-up; the auth area owns `users`). */
export async function accountsOfTalents(conn: Conn, talentIds: string[]): Promise<{ userId: string; talentId: string }[]> {
  if (talentIds.length === 0) return [];
  const rows = await conn
    .select({ userId: users.id, talentId: users.talentId })
    .from(users)
    .where(and(inArray(users.talentId, talentIds), eq(users.disabled, false)));
  return rows.map((r) => ({ userId: r.userId, talentId: r.talentId! }));
}
