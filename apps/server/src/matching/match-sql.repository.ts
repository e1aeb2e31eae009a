/**
 * The SQL path of matching: the same ranking as the in-memory index (`match-scoring.ts`), computed
 * by one plain query over the tables. It is the cold-start fallback (before the index is built)
 * and the reference the index is tested against. Integer arithmetic only, so both agree exactly;
 * `rarity` is `rarityWeight` (4 + bit length of ⌊n / (df + 1)⌋, the bit length read from `::bit(32)`).
 */
import { sql, type SQL } from 'drizzle-orm';
import { DEGREES, SKILL_LEVELS, TITLES } from '@bole/contracts';
import { POINTS } from './match-scoring.js';

const list = (values: readonly string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(',')}]::text[]`);
/** The 0-based rank of `column` in an ordered vocabulary, −1 when null or unknown. */
export const rank = (values: readonly string[], column: SQL) => sql`coalesce(array_position(${list(values)}, ${column}) - 1, -1)`;
const availabilityPoints = sql.raw(`(array[${POINTS.availability.join(',')}])[mp.availability + 1]`);

/** Ranked rows: talent id, the score's parts and total, best first, at most `k`. */
export function topTalentsQuery(postingId: string, k: number): SQL {
  return sql`
with pool as (select talent_id from match_profiles where discoverable),
n as (select count(*)::int as n from pool),
ps as (select skill_id, required from posting_skills where posting_id = ${postingId}),
need as (
  select ps.skill_id, ps.required, ps.skill_id as cover, true as direct from ps
  union all
  select ps.skill_id, ps.required, r.related_id, false from ps join skill_relations r on r.skill_id = ps.skill_id
),
df as (
  select ps.skill_id, count(pool.talent_id)::int as df
  from ps left join talent_skills ts on ts.skill_id = ps.skill_id left join pool on pool.talent_id = ts.talent_id
  group by ps.skill_id
),
w as (select df.skill_id, 4 + length(ltrim(((select n from n) / (df.df + 1))::bit(32)::text, '0')) as w from df),
hit as (
  select ts.talent_id, need.skill_id, need.required,
         bool_or(need.direct) as direct, max(case when need.direct then ts.level else 0 end) as lvl
  from need join talent_skills ts on ts.skill_id = need.cover join pool on pool.talent_id = ts.talent_id
  group by ts.talent_id, need.skill_id, need.required
),
per as (
  select h.talent_id,
    sum(case when h.required and h.direct then ${POINTS.requiredDirect} * w.w else 0 end) as req,
    sum(case when not h.required and h.direct then ${POINTS.optionalDirect} * w.w else 0 end) as opt,
    sum(case when h.direct then 0 when h.required then ${POINTS.requiredRelated} * w.w else ${POINTS.optionalRelated} * w.w end) as rel,
    sum(case when h.required and h.direct then ${POINTS.perLevel} * h.lvl else 0 end) as lvl,
    count(*) filter (where h.required) as covered
  from hit h join w on w.skill_id = h.skill_id
  group by h.talent_id
),
p as (
  select ${rank(DEGREES, sql`min_degree`)} as min_degree, ${rank(TITLES, sql`min_title`)} as min_title,
         ${rank(SKILL_LEVELS, sql`min_skill_level`)} as min_skill_level, min_years, district
  from postings where id = ${postingId}
),
scored as (
  select t.id as talent_id, per.req::int as required, per.opt::int as optional, per.rel::int as related, per.lvl::int as level,
    ${POINTS.perDegreeStep} * least(${POINTS.maxDegreeSteps}, ${rank(DEGREES, sql`t.highest_degree`)} - p.min_degree) as degree,
    ${POINTS.perExtraYear} * least(${POINTS.maxExtraYears}, mp.experience_years - p.min_years) as experience,
    case when p.district = t.district then ${POINTS.sameDistrict} else 0 end as location,
    ${availabilityPoints} as availability
  from per
  join talents t on t.id = per.talent_id
  join match_profiles mp on mp.talent_id = per.talent_id
  cross join p
  where per.covered = (select count(*) from ps where required)
    and ${rank(DEGREES, sql`t.highest_degree`)} >= p.min_degree
    and ${rank(TITLES, sql`t.title`)} >= p.min_title
    and ${rank(SKILL_LEVELS, sql`t.skill_level`)} >= p.min_skill_level
    and mp.experience_years >= p.min_years
)
select *, (required + optional + related + level + degree + experience + location + availability)::int as total
from scored
order by total desc, talent_id
limit ${k}`;
}
