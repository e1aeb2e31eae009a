/**
 * Database access of the chain view (人才链 × 产业链): supply (talents holding a skill) against
 * demand (open postings' headcount, the latest survey's answered headcount), in one query each
 * for the overview by chain and for one chain's sub-fields.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';

/** One row as the query returns it. */
export interface ChainViewDbRow {
  key: string | null;
  name_zh: string | null;
  name_en: string | null;
  supply: number;
  posting_openings: number;
  survey_openings: number;
}

const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/** The latest survey (by deadline, then creation) that covered each chain. */
const latestSurveys = sql`latest as (
  select distinct on (c.chain) c.chain, s.id
  from demand_surveys s cross join lateral unnest(s.chains) as c(chain)
  order by c.chain, s.deadline desc, s.created_at desc)`;

/** Supply and demand per chain, on `today` (postings open that day). */
export async function chainTotals(db: Db, today: string): Promise<ChainViewDbRow[]> {
  const rows = rowsOf<ChainViewDbRow>(
    await db.execute(sql`
      with ${latestSurveys},
      sup as (select sf.chain as key, count(distinct ts.talent_id)::int as n
        from talent_skills ts join skills s on s.id = ts.skill_id join skill_sub_fields sf on sf.code = s.sub_field group by sf.chain),
      post as (select chain as key, sum(headcount)::int as n from postings where status = 'open' and closes_on >= ${today}::date group by chain),
      surv as (select dr.chain as key, sum(dr.headcount)::int as n
        from demand_records dr join latest l on l.id = dr.survey_id and l.chain = dr.chain group by dr.chain),
      keys as (select key from sup union select key from post union select key from surv)
      select k.key, null as name_zh, null as name_en, coalesce(sup.n, 0) as supply, coalesce(post.n, 0) as posting_openings, coalesce(surv.n, 0) as survey_openings
      from keys k left join sup on sup.key = k.key left join post on post.key = k.key left join surv on surv.key = k.key
      order by k.key`),
  );
  return rows.map(numeric);
}

/**
 * Supply and demand per current sub-field of `chain`, on `today`; a survey record counts toward the
 * sub-field it names by code or by its Chinese or English name, else toward the last row (key null).
 */
export async function subFieldTotals(db: Db, chain: string, today: string): Promise<ChainViewDbRow[]> {
  const rows = rowsOf<ChainViewDbRow>(
    await db.execute(sql`
      with ${latestSurveys},
      sf as (select code, name_zh, name_en from skill_sub_fields where chain = ${chain} and retired_in_version is null),
      sup as (select s.sub_field as key, count(distinct ts.talent_id)::int as n
        from talent_skills ts join skills s on s.id = ts.skill_id where s.sub_field in (select code from sf) group by s.sub_field),
      post as (select sub_field as key, sum(headcount)::int as n from postings
        where chain = ${chain} and status = 'open' and closes_on >= ${today}::date group by sub_field),
      surv as (select (select sf.code from sf where dr.sub_field in (sf.code, sf.name_zh, sf.name_en) order by sf.code limit 1) as key, sum(dr.headcount)::int as n
        from demand_records dr join latest l on l.id = dr.survey_id and l.chain = dr.chain where dr.chain = ${chain} group by 1)
      select sf.code as key, sf.name_zh, sf.name_en, coalesce(sup.n, 0) as supply, coalesce(post.n, 0) as posting_openings, coalesce(surv.n, 0) as survey_openings
      from sf left join sup on sup.key = sf.code left join post on post.key = sf.code left join surv on surv.key = sf.code
      union all
      select null, null, null, 0, 0, coalesce((select n from surv where key is null), 0)
      order by 1 nulls last`),
  );
  return rows.map(numeric);
}

function numeric(r: ChainViewDbRow): ChainViewDbRow {
  return { ...r, supply: Number(r.supply), posting_openings: Number(r.posting_openings), survey_openings: Number(r.survey_openings) };
}
