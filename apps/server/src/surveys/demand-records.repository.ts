/**
 * Database access of the office's demand records: open postings and survey answers side by side in
 * the same columns, per employer, in one query.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';

/** A demand record as the query returns it. */
export interface DemandDbRow {
  id: string;
  source: 'posting' | 'online' | 'import';
  survey_id: string | null;
  survey_title: string | null;
  posting_id: string | null;
  employer_id: string;
  employer_name: string;
  chain: string;
  sub_field: string;
  title: string;
  headcount: number;
  min_degree: string | null;
  salary_min: number;
  salary_max: number;
  district: string;
  engagement_mode: string;
  date: string;
}

/** What the records are narrowed to (a survey filter leaves postings out). */
export interface DemandFilter {
  chain?: string;
  district?: string;
  surveyId?: string;
}

/**
 * Postings open on `today` (the sub-field by its Chinese name) and every survey answer's lines, by
 * employer name, then postings before answers, newest first, an answer's lines in their order.
 */
export async function listDemandRows(db: Db, today: string, f: DemandFilter): Promise<DemandDbRow[]> {
  const chain = f.chain ?? null;
  const district = f.district ?? null;
  const surveyId = f.surveyId ?? null;
  const res = await db.execute(sql`
    select * from (
      select p.id::text, 'posting' as source, null::text as survey_id, null::text as survey_title, p.id::text as posting_id,
        p.employer_id::text, e.name as employer_name, p.chain, coalesce(sf.name_zh, p.sub_field) as sub_field, p.title, p.headcount,
        p.min_degree, p.salary_min, p.salary_max, p.district, p.engagement_mode, p.closes_on::text as date, 0 as line
      from postings p join employers e on e.id = p.employer_id left join skill_sub_fields sf on sf.code = p.sub_field
      where ${surveyId}::uuid is null and p.status = 'open' and p.closes_on >= ${today}::date
      union all
      select r.id::text, r.source, r.survey_id::text, s.title, null,
        r.employer_id::text, e.name, r.chain, r.sub_field, r.title, r.headcount,
        r.min_degree, r.salary_min, r.salary_max, r.district, r.engagement_mode, to_char(r.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), r.line
      from demand_records r join demand_surveys s on s.id = r.survey_id join employers e on e.id = r.employer_id
      where (${surveyId}::uuid is null or r.survey_id = ${surveyId}::uuid)
    ) d
    where (${chain}::text is null or d.chain = ${chain}) and (${district}::text is null or d.district = ${district})
    order by d.employer_name, d.employer_id, d.source = 'posting' desc, d.date desc, d.survey_id, d.line, d.id`);
  return (res as unknown as { rows: DemandDbRow[] }).rows.map((r) => ({
    ...r,
    headcount: Number(r.headcount),
    salary_min: Number(r.salary_min),
    salary_max: Number(r.salary_max),
  }));
}
