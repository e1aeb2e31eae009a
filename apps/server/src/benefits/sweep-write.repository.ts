/**
 * A confirmed sweep's writes, in SQL from its preview rows: the entitlements of a range of talents
 * created, changed, re-activated and ended by four statements that read `sweep_changes` where it
 * lies, so no preview row travels to the application and back. The end dates come from the caller
 * (`endDateOf`, the one rule of period arithmetic), one per (period, months) pair the preview holds.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { pgArray } from '../db/sql-arrays.js';

type Conn = Db | Tx;

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/** The talents of a preview's range (after, upTo] (all from the first when `after` is null). */
const inRange = (sweepId: string, after: string | null, upTo: string): SQL =>
  sql`c.sweep_id = ${sweepId}::uuid and c.talent_id <= ${upTo}::uuid ${after === null ? sql`` : sql`and c.talent_id > ${after}::uuid`}`;

/** The (period, months) pairs a preview grants. */
export async function previewTerms(conn: Conn, sweepId: string): Promise<{ period: string; months: number }[]> {
  return rowsOf<{ period: string; months: number }>(
    await conn.execute(sql`select distinct period, months from sweep_changes where sweep_id = ${sweepId}::uuid and change <> 'ended'`),
  ).map((r) => ({ period: r.period, months: Number(r.months) }));
}

/** The end date of each (period, months) pair a preview grants. */
export interface TermEnd {
  period: string;
  months: number;
  endDate: string;
}

/** The next `n` talents with preview rows after `after`: the last of them and how many; null when none is left. */
export async function previewChunk(conn: Conn, sweepId: string, after: string | null, n: number): Promise<{ last: string; talents: number } | null> {
  const [r] = rowsOf<{ last: string | null; talents: number }>(
    await conn.execute(sql`
      select t as last, (count(*) over ())::int as talents from (
        select distinct talent_id as t from sweep_changes
        where sweep_id = ${sweepId}::uuid ${after === null ? sql`` : sql`and talent_id > ${after}::uuid`}
        order by talent_id limit ${n}) d
      order by t desc limit 1`),
  );
  return r?.last ? { last: r.last, talents: Number(r.talents) } : null;
}

/**
 * Writes the preview rows of the talents in (after, upTo]: new entitlements inserted (an existing
 * one skipped), changed amounts and re-activations updated with the new terms from `at`, ended
 * rows ended on `at`; every touched row names the sweep.
 */
export async function writePreviewRange(
  tx: Tx,
  w: { sweepId: string; after: string | null; upTo: string; at: string; now: string; ends: readonly TermEnd[] },
): Promise<void> {
  const range = inRange(w.sweepId, w.after, w.upTo);
  const terms = sql`(select * from unnest(${pgArray(w.ends.map((e) => e.period))}::text[], ${pgArray(w.ends.map((e) => e.months))}::int[],
                      ${pgArray(w.ends.map((e) => e.endDate))}::date[]) as u(period, months, end_date))`;
  await tx.execute(sql`
    insert into entitlements (talent_id, policy_id, source, amount_fen, period, months, start_date, end_date, status, created_by_sweep, sweep_id, created_at, updated_at)
    select c.talent_id, c.policy_id, c.source, c.new_amount_fen, c.period, c.months, ${w.at}::date, t.end_date, 'active', c.sweep_id, c.sweep_id,
           ${w.now}::timestamptz, ${w.now}::timestamptz
    from sweep_changes c join ${terms} t on t.period = c.period and t.months = c.months
    where ${range} and c.change = 'new' and c.entitlement_id is null
    on conflict do nothing`);
  await tx.execute(sql`
    update entitlements e set amount_fen = c.new_amount_fen, period = c.period, months = c.months, end_date = t.end_date,
      sweep_id = c.sweep_id, updated_at = ${w.now}::timestamptz
    from sweep_changes c join ${terms} t on t.period = c.period and t.months = c.months
    where ${range} and c.change = 'changed' and e.id = c.entitlement_id`);
  await tx.execute(sql`
    update entitlements e set status = 'active', ended_on = null, amount_fen = c.new_amount_fen, period = c.period, months = c.months,
      start_date = ${w.at}::date, end_date = t.end_date, sweep_id = c.sweep_id, updated_at = ${w.now}::timestamptz
    from sweep_changes c join ${terms} t on t.period = c.period and t.months = c.months
    where ${range} and c.change = 'new' and c.entitlement_id is not null and e.id = c.entitlement_id`);
  await tx.execute(sql`
    update entitlements e set status = 'ended', ended_on = ${w.at}::date, sweep_id = c.sweep_id, updated_at = ${w.now}::timestamptz
    from sweep_changes c
    where ${range} and c.change = 'ended' and e.id = c.entitlement_id`);
}

/** What the enabled accounts of the range's talents are newly granted (`auto`) and told about (`notify`), policies in id order. */
export async function newGrantsByAccount(
  tx: Tx,
  sweepId: string,
  after: string | null,
  upTo: string,
): Promise<{ userId: string; granted: string[]; notices: string[] }[]> {
  return rowsOf<{ userId: string; granted: string[] | null; notices: string[] | null }>(
    await tx.execute(sql`
      select u.id as "userId",
             array_agg(c.policy_id order by c.policy_id) filter (where c.source = 'auto') as granted,
             array_agg(c.policy_id order by c.policy_id) filter (where c.source = 'notify') as notices
      from sweep_changes c join users u on u.talent_id = c.talent_id and not u.disabled
      where ${inRange(sweepId, after, upTo)} and c.change = 'new'
      group by u.id`),
  ).map((r) => ({ userId: r.userId, granted: r.granted ?? [], notices: r.notices ?? [] }));
}
