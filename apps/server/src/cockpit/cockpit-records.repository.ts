/**
 * The records behind a count indicator's number for one district or chain (the cockpit's
 * drill-down): the same filters as the counts in `cockpit.repository.ts`, one page of rows
 * with the total. Names come unmasked; the service masks talents' names.
 */
import { sql, type SQL } from 'drizzle-orm';
import { COCKPIT_RECORDS_LIMIT, type CockpitCountIndicator, type CockpitUnitKind } from '@bole/contracts';
import type { Db } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import type { PeriodRange } from './cockpit.repository.js';

/** A record as read: a talent's or an employer's, with the total counted beside each row. */
export interface RecordRow {
  name: string;
  date: string;
  tier: string | null;
  highestDegree: string | null;
  employer: string | null;
  total: number;
}

const startOf = (date: string): SQL => sql`(${date}::timestamp at time zone 'Asia/Shanghai')`;
/** A talent's unit: its district, or its verified employer's chain. */
const talentIn = (kind: CockpitUnitKind, code: string): SQL => (kind === 'district' ? sql`t.district = ${code}` : sql`e.chain = ${code}`);

const QUERIES: Record<CockpitCountIndicator, (kind: CockpitUnitKind, code: string, p: PeriodRange) => SQL> = {
  arrivals: (kind, code, p) => sql`
    select t.name, v.arrival_date::text as date, t.tier, v.highest_degree as "highestDegree", e.name as employer
    from talents t join verified_facts v on v.talent_id = t.id left join employers e on e.id = v.employer_id
    where t.tier is not null and v.arrival_date >= ${p.from}::date and v.arrival_date < ${p.to}::date and ${talentIn(kind, code)}`,
  recognitionsGranted: (kind, code, p) => sql`
    select t.name, (x.granted_at at time zone 'Asia/Shanghai')::date::text as date, t.tier, v.highest_degree as "highestDegree", e.name as employer
    from recognitions x join talents t on t.id = x.talent_id left join verified_facts v on v.talent_id = t.id left join employers e on e.id = v.employer_id
    where x.granted_at >= ${startOf(p.from)} and x.granted_at < ${startOf(p.to)} and ${talentIn(kind, code)}`,
  employers: (kind, code, p) => sql`
    select e.name, (e.created_at at time zone 'Asia/Shanghai')::date::text as date, null as tier, null as "highestDegree", null as employer
    from employers e
    where e.created_at < ${startOf(p.to)} and ${kind === 'district' ? sql`e.district = ${code}` : sql`e.chain = ${code}`}`,
};

/** The first `COCKPIT_RECORDS_LIMIT` records behind `indicator` for the unit, by date, each with the total. */
export async function recordsBehind(db: Db, indicator: CockpitCountIndicator, kind: CockpitUnitKind, code: string, p: PeriodRange): Promise<RecordRow[]> {
  return rowsOf<RecordRow>(
    await db.execute(sql`
      select r.*, (count(*) over ())::int as total from (${QUERIES[indicator](kind, code, p)}) r
      order by r.date, r.name limit ${COCKPIT_RECORDS_LIMIT}`),
  );
}
