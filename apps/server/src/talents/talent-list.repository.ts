/**
 * The officer's talent list over a million rows: one equality filter or a name prefix, an
 * ordered index scan for the sort, keyset tie-break on id, and a count that stays cheap.
 * The plan is checked by talent-list.int.test.ts and described in docs/performance.md.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import { talents } from './talent.table.js';
import { employers } from '../employers/employer.table.js';

type Conn = Db | Tx;

/** Sort keys of the list (a leading `-` means descending); `name` sorts by pinyin (`talents.name_key`). */
export type TalentListSort = 'name' | '-name' | 'birthDate' | '-birthDate' | 'updatedAt' | '-updatedAt';

/** What the list is filtered by; the service turns `q` into a name prefix or a keyed hash. */
export interface TalentListCriteria {
  namePrefix?: string | undefined;
  mobileHash?: string | undefined;
  idNumberHash?: string | undefined;
  district?: string | undefined;
  chain?: string | undefined;
  degree?: string | undefined;
  /** A tier, or `none` for talents without one. */
  tier?: string | undefined;
}

/** Lists up to this many matches are counted exactly; above, `total` is the planner's estimate. */
export const EXACT_COUNT_LIMIT = 10_000;

/** The smallest string greater than every string starting with `prefix` (by code point). */
function prefixUpperBound(prefix: string): string {
  const chars = Array.from(prefix);
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join('') + String.fromCodePoint(last + 1 === 0xd800 ? 0xe000 : last + 1);
}

/** The WHERE clause over `talents` alone (chain goes through a sub-select on employers). */
export function talentListWhere(c: TalentListCriteria): SQL | undefined {
  const conds: SQL[] = [];
  if (c.namePrefix) {
    // text_pattern_ops comparisons use the prefix index in any locale and with generic plans.
    conds.push(sql`${talents.name} ~>=~ ${c.namePrefix}`, sql`${talents.name} ~<~ ${prefixUpperBound(c.namePrefix)}`);
  }
  if (c.mobileHash) conds.push(eq(talents.mobileHash, c.mobileHash));
  if (c.idNumberHash) conds.push(eq(talents.idNumberHash, c.idNumberHash));
  if (c.district) conds.push(eq(talents.district, c.district));
  if (c.degree) conds.push(eq(talents.highestDegree, c.degree));
  if (c.tier) conds.push(c.tier === 'none' ? isNull(talents.tier) : eq(talents.tier, c.tier));
  if (c.chain) {
    conds.push(inArray(talents.employerId, sql`(select ${employers.id} from ${employers} where ${employers.chain} = ${c.chain})`));
  }
  return conds.length ? and(...conds) : undefined;
}

function orderOf(sort: TalentListSort): SQL[] {
  const dir = sort.startsWith('-') ? desc : asc;
  const key = sort.replace(/^-/, '');
  const col = key === 'name' ? talents.nameKey : key === 'birthDate' ? talents.birthDate : talents.updatedAt;
  return [dir(col), dir(talents.id)];
}

/** The page query (exported so the EXPLAIN test checks exactly what the API runs). */
export function talentListQuery(conn: Conn, c: TalentListCriteria, sort: TalentListSort, limit: number, offset: number) {
  return conn
    .select({
      id: talents.id,
      name: talents.name,
      mobileEnc: talents.mobileEnc,
      idNumberEnc: talents.idNumberEnc,
      district: talents.district,
      highestDegree: talents.highestDegree,
      birthDate: talents.birthDate,
      tier: talents.tier,
      updatedAt: talents.updatedAt,
      employerName: employers.name,
      chain: employers.chain,
    })
    .from(talents)
    .leftJoin(employers, eq(employers.id, talents.employerId))
    .where(talentListWhere(c))
    .orderBy(...orderOf(sort))
    .limit(limit)
    .offset(offset);
}

/** One page of the list. */
export async function listTalentRows(conn: Conn, c: TalentListCriteria, sort: TalentListSort, limit: number, offset: number) {
  return talentListQuery(conn, c, sort, limit, offset);
}

/** A row of the page query. */
export type TalentListRow = Awaited<ReturnType<typeof listTalentRows>>[number];

/**
 * The number of matches. Unfiltered: the table's row estimate (pg_class.reltuples, kept by
 * ANALYZE/autovacuum) once the table is large, else an exact count. Filtered: an exact count
 * capped at EXACT_COUNT_LIMIT + 1 rows (an index-only walk of at most that many entries);
 * past the cap, the planner's row estimate for the filter.
 */
export async function countTalentRows(conn: Conn, c: TalentListCriteria): Promise<{ total: number; estimate: boolean }> {
  const where = talentListWhere(c);
  if (!where) {
    const [row] = rowsOf<{ n: string | number }>(await conn.execute(sql`select reltuples::bigint as n from pg_class where oid = 'talents'::regclass`));
    const estimate = Number(row?.n ?? -1);
    if (estimate > EXACT_COUNT_LIMIT) return { total: estimate, estimate: true };
    const [exact] = rowsOf<{ n: number }>(await conn.execute(sql`select count(*)::int as n from ${talents}`));
    return { total: Number(exact?.n ?? 0), estimate: false };
  }
  const capped = rowsOf<{ n: number }>(
    await conn.execute(sql`select count(*)::int as n from (select 1 from ${talents} where ${where} limit ${EXACT_COUNT_LIMIT + 1}) s`),
  );
  const n = Number(capped[0]?.n ?? 0);
  if (n <= EXACT_COUNT_LIMIT) return { total: n, estimate: false };
  const planned = planRows(rowsOf(await conn.execute(sql`explain (format json) select 1 from ${talents} where ${where}`)));
  return { total: Math.max(planned, n), estimate: true };
}

/** The top node's row estimate from `EXPLAIN (FORMAT JSON)` output (pg and PGlite shapes). */
function planRows(rows: Array<Record<string, unknown>>): number {
  let json = Object.values(rows[0] ?? {})[0];
  if (typeof json === 'string') json = JSON.parse(json);
  const top = (json as Array<{ Plan?: { 'Plan Rows'?: number } }> | undefined)?.[0]?.Plan?.['Plan Rows'];
  return Math.round(top ?? 0);
}
