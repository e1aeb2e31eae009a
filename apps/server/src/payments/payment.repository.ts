/**
 * Database access for the payment ledger: batches, lines, budgets. Lines are only ever inserted
 * with ON CONFLICT (entitlement_id, period) DO NOTHING. Reads of entitlements and talents here
 * are read-only (the benefits and talents areas own them).
 */
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { talents } from '../talents/talent.table.js';
import { users } from '../auth/account.table.js';
import { paymentBatches, paymentBudgets, paymentLines } from './payment.table.js';
import type { WaitingLine } from './payment-queue.js';

type Conn = Db | Tx;

/** A batch row. */
export type BatchRow = typeof paymentBatches.$inferSelect;
/** A line row. */
export type LineRow = typeof paymentLines.$inferSelect;

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];

/** Serialises ledger writers (all nodes on one PostgreSQL) until the transaction ends. */
export async function lockLedger(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242201)`);
}

/** The batch of a month, created if missing. */
export async function upsertBatch(tx: Tx, period: string, createdBy: string | null, now: string): Promise<BatchRow> {
  await tx.insert(paymentBatches).values({ period, createdBy, createdAt: now, updatedAt: now }).onConflictDoNothing();
  const [b] = await tx.select().from(paymentBatches).where(eq(paymentBatches.period, period));
  return b!;
}

/** A batch by id. */
export async function findBatch(conn: Conn, id: string): Promise<BatchRow | undefined> {
  const [b] = await conn.select().from(paymentBatches).where(eq(paymentBatches.id, id));
  return b;
}

/** Latest batches. */
export async function listBatches(conn: Conn, limit: number): Promise<BatchRow[]> {
  return conn.select().from(paymentBatches).orderBy(desc(paymentBatches.period)).limit(limit);
}

/** Marks a batch updated. */
export async function touchBatch(tx: Tx, id: string, now: string): Promise<void> {
  await tx.update(paymentBatches).set({ updatedAt: now }).where(eq(paymentBatches.id, id));
}

/**
 * Inserts one line per entitlement of `policyIds` that pays in `period` (see
 * benefits/entitlement-period.ts — the same rule in SQL), skipping lines that exist: `queued`
 * when the talent has a payout account, else `awaiting_account` (outside the budget queue).
 * Returns how many were added.
 */
export async function insertDueLines(tx: Tx, batchId: string, period: string, policyIds: string[], now: string): Promise<number> {
  if (policyIds.length === 0) return 0;
  const [y, m] = period.split('-').map(Number) as [number, number];
  const p = y * 12 + m - 1;
  const first = `${period}-01`;
  const result = await tx.execute(sql`
    insert into payment_lines (batch_id, entitlement_id, period, year, talent_id, policy_id, amount_fen, status, start_date, granted_at, created_at, updated_at)
    select ${batchId}::uuid, e.id, ${period}, ${y}, e.talent_id, e.policy_id, e.amount_fen,
      case when e.has_account then 'queued' else 'awaiting_account' end, e.start_date, e.created_at, ${now}::timestamptz, ${now}::timestamptz
    from (
      select e.*, ${p}::int - (extract(year from e.start_date)::int * 12 + extract(month from e.start_date)::int - 1) as k,
        t.payout_account_enc is not null as has_account
      from entitlements e
      join talents t on t.id = e.talent_id
      where e.policy_id in (${sql.join(
        policyIds.map((id) => sql`${id}`),
        sql`, `,
      )}) and e.amount_fen > 0 and e.start_date < ${first}::date + interval '1 month'
    ) e
    where e.k >= 0
      and case e.period
            when 'once' then e.k = 0
            when 'month' then e.k < greatest(e.months, 1)
            else e.k % 12 = 0 and e.k / 12 < ceil(greatest(e.months, 1) / 12.0)
          end
      and (e.ended_on is null or (e.k = 0 and e.ended_on > e.start_date) or (e.k > 0 and ${first}::date < e.ended_on))
    on conflict (entitlement_id, period) do nothing`);
  return Number((result as { rowCount?: number; affectedRows?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0);
}

/** Policy ids of program award shares (`program:…`) in the entitlements: paid from the program's funding. */
export async function awardPolicies(conn: Conn): Promise<string[]> {
  const rows = rowsOf<{ policy_id: string }>(await conn.execute(sql`select distinct policy_id from entitlements where policy_id like 'program:%'`));
  return rows.map((r) => r.policy_id);
}

/** Policies with queued lines in a year. */
export async function policiesWithQueue(conn: Conn, year: number): Promise<string[]> {
  const rows = await conn
    .selectDistinct({ policyId: paymentLines.policyId })
    .from(paymentLines)
    .where(and(eq(paymentLines.year, year), eq(paymentLines.status, 'queued')));
  return rows.map((r) => r.policyId);
}

/** Money and people committed (approved or paid) to a policy in a year. */
export async function committed(conn: Conn, policyId: string, year: number): Promise<{ fen: number; people: number }> {
  const rows = rowsOf<{ fen: string | number; people: number }>(
    await conn.execute(sql`select coalesce(sum(amount_fen), 0)::bigint as fen, count(distinct entitlement_id)::int as people
      from payment_lines where policy_id = ${policyId} and year = ${year} and status in ('approved', 'paid')`),
  );
  return { fen: Number(rows[0]?.fen ?? 0), people: Number(rows[0]?.people ?? 0) };
}

/**
 * Queued lines of a policy and year in fair order (see payment-queue.ts), each marked `counted`
 * when its entitlement already has a committed line this year. Two plain index scans joined in
 * memory: a SQL join here was planned as a nested loop on fresh (unanalysed) rows and went quadratic.
 */
export async function waitingLines(conn: Conn, policyId: string, year: number): Promise<WaitingLine[]> {
  const countedRows = rowsOf<{ entitlement_id: string }>(
    await conn.execute(
      sql`select distinct entitlement_id from payment_lines where policy_id = ${policyId} and year = ${year} and status in ('approved', 'paid')`,
    ),
  );
  const counted = new Set(countedRows.map((r) => r.entitlement_id));
  const rows = rowsOf<{ id: string; entitlement_id: string; amount_fen: string | number; start_date: string; granted_at: string; period: string }>(
    await conn.execute(sql`
      select l.id, l.entitlement_id, l.amount_fen, l.start_date::text as start_date, to_char(l.granted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as granted_at, l.period
      from payment_lines l
      where l.policy_id = ${policyId} and l.year = ${year} and l.status = 'queued'
      order by l.start_date, l.granted_at, l.entitlement_id, l.period`),
  );
  return rows.map((r) => ({
    id: r.id,
    entitlementId: r.entitlement_id,
    amountFen: Number(r.amount_fen),
    startDate: r.start_date,
    grantedAt: r.granted_at,
    period: r.period,
    counted: counted.has(r.entitlement_id),
  }));
}

/** Commits queued lines (all of a policy's year when `ids` is 'all'); returns the batches whose committed lines changed. */
export async function approveLines(tx: Tx, policyId: string, year: number, ids: string[] | 'all', now: string): Promise<Set<string>> {
  const batches = new Set<string>();
  const run = async (where: ReturnType<typeof sql>) => {
    const rows = rowsOf<{ batch_id: string }>(
      await tx.execute(sql`with u as (update payment_lines set status = 'approved', updated_at = ${now}::timestamptz where ${where} and status = 'queued' returning batch_id)
        select distinct batch_id from u`),
    );
    for (const r of rows) batches.add(r.batch_id);
  };
  if (ids === 'all') {
    await run(sql`policy_id = ${policyId} and year = ${year}`);
    return batches;
  }
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    await run(
      sql`id in (${sql.join(
        chunk.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  }
  return batches;
}

/** Display names of the officers who created and approved batches. */
export async function officerNames(conn: Conn, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await conn.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Records the second officer's approval of a batch. */
export async function markBatchApproved(tx: Tx, id: string, approvedBy: string, now: string): Promise<void> {
  await tx.update(paymentBatches).set({ approvedBy, approvedAt: now, updatedAt: now }).where(eq(paymentBatches.id, id));
}

/** Withdraws the approval of batches whose committed lines changed since; returns the periods withdrawn. */
export async function withdrawApprovals(tx: Tx, ids: string[], now: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .update(paymentBatches)
    .set({ approvedBy: null, approvedAt: null, updatedAt: now })
    .where(and(inArray(paymentBatches.id, ids), isNotNull(paymentBatches.approvedAt)))
    .returning({ period: paymentBatches.period });
  return rows.map((r) => r.period).sort();
}

/** Counts and sums per status of batches. */
export async function batchTotals(conn: Conn, batchIds: string[]): Promise<Map<string, Record<string, { n: number; fen: number }>>> {
  const out = new Map<string, Record<string, { n: number; fen: number }>>();
  if (batchIds.length === 0) return out;
  const rows = await conn
    .select({ batchId: paymentLines.batchId, status: paymentLines.status, n: count(), fen: sql<string>`coalesce(sum(${paymentLines.amountFen}), 0)::bigint` })
    .from(paymentLines)
    .where(inArray(paymentLines.batchId, batchIds))
    .groupBy(paymentLines.batchId, paymentLines.status);
  for (const r of rows) {
    const m = out.get(r.batchId) ?? {};
    m[r.status] = { n: Number(r.n), fen: Number(r.fen) };
    out.set(r.batchId, m);
  }
  return out;
}

/** A page of a batch's lines. */
export async function batchLinePage(
  conn: Conn,
  batchId: string,
  status: string | undefined,
  limit: number,
  offset: number,
): Promise<{ rows: (LineRow & { talentName: string })[]; total: number }> {
  const where = and(eq(paymentLines.batchId, batchId), status ? eq(paymentLines.status, status) : undefined);
  const joined = await conn
    .select({ line: paymentLines, talentName: talents.name })
    .from(paymentLines)
    .innerJoin(talents, eq(talents.id, paymentLines.talentId))
    .where(where)
    .orderBy(asc(paymentLines.policyId), asc(paymentLines.startDate), asc(paymentLines.grantedAt), asc(paymentLines.id))
    .limit(limit)
    .offset(offset);
  const rows = joined.map((r) => ({ ...r.line, talentName: r.talentName }));
  const [c] = await conn.select({ n: count() }).from(paymentLines).where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

/**
 * A batch's committed lines (approved, paid, failed) with the talent's name, sealed ID number and
 * payout account (bank, holder, sealed number), for the bureau's file.
 */
export async function exportLines(conn: Conn, batchId: string) {
  return conn
    .select({
      id: paymentLines.id,
      period: paymentLines.period,
      talentId: paymentLines.talentId,
      policyId: paymentLines.policyId,
      amountFen: paymentLines.amountFen,
      status: paymentLines.status,
      failureReason: paymentLines.failureReason,
      name: talents.name,
      idNumberEnc: talents.idNumberEnc,
      bank: talents.payoutBank,
      holderName: talents.payoutHolderName,
      accountEnc: talents.payoutAccountEnc,
    })
    .from(paymentLines)
    .innerJoin(talents, eq(talents.id, paymentLines.talentId))
    .where(and(eq(paymentLines.batchId, batchId), inArray(paymentLines.status, ['approved', 'paid', 'failed'])))
    .orderBy(asc(paymentLines.policyId), asc(paymentLines.id));
}

/** Lines of a batch by id (for an import). */
export async function linesById(conn: Conn, batchId: string, ids: string[]): Promise<Map<string, LineRow>> {
  const out = new Map<string, LineRow>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await conn
      .select()
      .from(paymentLines)
      .where(and(eq(paymentLines.batchId, batchId), inArray(paymentLines.id, ids.slice(i, i + 5000))));
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** Settles lines paid or failed. */
export async function settleLines(tx: Tx, updates: { id: string; status: 'paid' | 'failed'; reason: string | null }[], now: string): Promise<void> {
  for (const u of updates) {
    await tx.update(paymentLines).set({ status: u.status, failureReason: u.reason, settledAt: now, updatedAt: now }).where(eq(paymentLines.id, u.id));
  }
}

/** Budgets the office set for a year. */
export async function budgetOverrides(conn: Conn, year: number): Promise<Map<string, { annualFen: number; quota: number }>> {
  const rows = await conn.select().from(paymentBudgets).where(eq(paymentBudgets.year, year));
  return new Map(rows.map((r) => [r.policyId, { annualFen: r.annualFen, quota: r.quota }]));
}

/** Sets a budget. */
export async function upsertBudget(
  tx: Tx,
  row: { policyId: string; year: number; annualFen: number; quota: number; updatedBy: string | null; now: string },
): Promise<void> {
  await tx
    .insert(paymentBudgets)
    .values({ policyId: row.policyId, year: row.year, annualFen: row.annualFen, quota: row.quota, updatedBy: row.updatedBy, updatedAt: row.now })
    .onConflictDoUpdate({
      target: [paymentBudgets.policyId, paymentBudgets.year],
      set: { annualFen: row.annualFen, quota: row.quota, updatedBy: row.updatedBy, updatedAt: row.now },
    });
}

/** Per policy, a year's committed, paid and queued sums and the people counted. */
export async function yearUsage(
  conn: Conn,
  year: number,
): Promise<Map<string, { committedFen: number; paidFen: number; queuedFen: number; queuedLines: number; quotaUsed: number }>> {
  const rows = rowsOf<{ policy_id: string; committed: string; paid: string; queued: string; queued_lines: number; people: number }>(
    await conn.execute(sql`
      select policy_id,
        coalesce(sum(amount_fen) filter (where status in ('approved', 'paid')), 0)::bigint as committed,
        coalesce(sum(amount_fen) filter (where status = 'paid'), 0)::bigint as paid,
        coalesce(sum(amount_fen) filter (where status = 'queued'), 0)::bigint as queued,
        (count(*) filter (where status = 'queued'))::int as queued_lines,
        (count(distinct entitlement_id) filter (where status in ('approved', 'paid')))::int as people
      from payment_lines where year = ${year} group by policy_id`),
  );
  return new Map(
    rows.map((r) => [
      r.policy_id,
      {
        committedFen: Number(r.committed),
        paidFen: Number(r.paid),
        queuedFen: Number(r.queued),
        queuedLines: Number(r.queued_lines),
        quotaUsed: Number(r.people),
      },
    ]),
  );
}

/** A talent's lines. */
export async function linesOfTalent(conn: Conn, talentId: string): Promise<LineRow[]> {
  return conn.select().from(paymentLines).where(eq(paymentLines.talentId, talentId)).orderBy(asc(paymentLines.period));
}
