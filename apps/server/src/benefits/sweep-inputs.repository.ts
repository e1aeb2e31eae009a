/**
 * What changed in the sweep's inputs since its preview began, read from PostgreSQL's own
 * transaction ids: a row inserted or updated by a transaction the preview's starting snapshot
 * did not see has changed. The inputs are the talents (birth date, gender, birthplace), their
 * verified facts, their employer's record, their granted tier and their entitlements. No writer
 * deletes rows of these tables; the row counts are kept with the snapshot all the same, and a
 * table with fewer rows than then counts as "anything may have changed".
 *
 * A row's transaction id (`xmin`, 32 bits) is turned into the 64-bit id the snapshot holds by
 * counting back from the current one (`txid_current() - age(xmin)`), so the comparison stays
 * right after the 32-bit counter wraps; a frozen row is older than any snapshot.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { entitlements } from './entitlement.table.js';

/** The tables the sweep reads, with the column naming the talent each row is about. */
const INPUTS = ['talents', 'verified_facts', 'employers', 'talent_grants', 'entitlements'] as const;

/** The database's snapshot when a preview began and the input tables' row counts then. */
export interface InputSnapshot {
  snapshot: string;
  counts: Record<(typeof INPUTS)[number], number>;
}

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/** The current snapshot and the input tables' row counts, read in one statement (one snapshot). */
export async function inputSnapshot(db: Db): Promise<InputSnapshot> {
  const [r] = rowsOf<Record<string, string | number>>(
    await db.execute(sql`
      select txid_current_snapshot()::text as snapshot,
             (select count(*) from talents)::int as talents,
             (select count(*) from verified_facts)::int as verified_facts,
             (select count(*) from employers)::int as employers,
             (select count(*) from talent_grants)::int as talent_grants,
             (select count(*) from ${entitlements})::int as entitlements`),
  );
  return {
    snapshot: String(r!.snapshot),
    counts: Object.fromEntries(INPUTS.map((t) => [t, Number(r![t])])) as InputSnapshot['counts'],
  };
}

/**
 * The talents whose inputs changed since `since` was taken, in id order — or null when more
 * than `limit` did, or when a table has fewer rows than then (the caller then checks everyone).
 */
export async function talentsChangedSince(db: Db, since: InputSnapshot, limit: number): Promise<string[] | null> {
  const now = await inputSnapshot(db);
  if (INPUTS.some((t) => now.counts[t] < since.counts[t])) return null;
  const changed = (table: string) => sql`not txid_visible_in_snapshot(s.cur - age(${sql.raw(table)}.xmin), s.snap)`;
  const ids = rowsOf<{ id: string }>(
    await db.execute(sql`
      with s as (select txid_current() as cur, ${since.snapshot}::txid_snapshot as snap)
      select id from (
        select talents.id from talents, s where ${changed('talents')}
        union select verified_facts.talent_id from verified_facts, s where ${changed('verified_facts')}
        union select v.talent_id from verified_facts v join employers on employers.id = v.employer_id, s where ${changed('employers')}
        union select talent_grants.talent_id from talent_grants, s where ${changed('talent_grants')}
        union select entitlements.talent_id from entitlements, s where ${changed('entitlements')}
      ) c order by id limit ${limit + 1}`),
  ).map((r) => r.id);
  return ids.length > limit ? null : ids;
}
