/** Database access of the shortage catalogue: a period's postings with their demand figures, and supply per skill. */
import { sql } from 'drizzle-orm';
import { DEGREES, SKILL_LEVELS, TITLES } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { rank } from './match-sql.repository.js';
import { shortageListings, shortagePublications } from './shortage.table.js';

type Conn = Db | Tx;
const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/** A posting created in [from, until) with what the catalogue reads. */
export interface PeriodPostingRow {
  id: string;
  chain: string;
  sub_field: string;
  headcount: number;
  min_degree: number;
  min_years: number;
  salary_min: number;
  salary_max: number;
  days_to_fill: number;
  qualified: number;
  required: string[];
}

/**
 * Postings created in [from, until): required skill codes, days from posting to the first
 * accepted contact (or to `until`), and how many discoverable talents hold every required skill
 * and meet the minimums.
 */
export async function periodPostings(conn: Conn, from: string, until: string): Promise<PeriodPostingRow[]> {
  const rows = rowsOf<PeriodPostingRow>(
    await conn.execute(sql`
      select p.id, p.chain, p.sub_field, p.headcount, ${rank(DEGREES, sql`p.min_degree`)} as min_degree, p.min_years, p.salary_min, p.salary_max,
        greatest(0, extract(epoch from (coalesce(
          (select min(c.decided_at) from posting_contacts c where c.posting_id = p.id and c.status = 'accepted'),
          ${until}::date::timestamptz) - p.created_at)) / 86400)::int as days_to_fill,
        (select count(*) from match_profiles mp join talents t on t.id = mp.talent_id
          where mp.discoverable
            and ${rank(DEGREES, sql`t.highest_degree`)} >= ${rank(DEGREES, sql`p.min_degree`)}
            and ${rank(TITLES, sql`t.title`)} >= ${rank(TITLES, sql`p.min_title`)}
            and ${rank(SKILL_LEVELS, sql`t.skill_level`)} >= ${rank(SKILL_LEVELS, sql`p.min_skill_level`)}
            and mp.experience_years >= p.min_years
            and not exists (select 1 from posting_skills ps where ps.posting_id = p.id and ps.required
              and not exists (select 1 from talent_skills ts where ts.talent_id = t.id and ts.skill_id = ps.skill_id)))::int as qualified,
        array(select s.code from posting_skills ps join skills s on s.id = ps.skill_id where ps.posting_id = p.id and ps.required order by s.code) as required
      from postings p
      where p.created_at >= ${from}::date::timestamptz and p.created_at < ${until}::date::timestamptz
      order by p.created_at, p.id`),
  );
  return rows.map((r) => ({
    ...r,
    headcount: Number(r.headcount),
    min_degree: Number(r.min_degree),
    days_to_fill: Number(r.days_to_fill),
    qualified: Number(r.qualified),
  }));
}

/** Discoverable talents holding each of `codes`. */
export async function supplyOf(conn: Conn, codes: readonly string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = rowsOf<{ code: string; n: number }>(
    await conn.execute(sql`
      select s.code, count(mp.talent_id)::int as n
      from skills s left join talent_skills ts on ts.skill_id = s.id left join match_profiles mp on mp.talent_id = ts.talent_id and mp.discoverable
      where s.code in (${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )})
      group by s.code`),
  );
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

/** Publishes a period's catalogue: its skills with their stars, replacing an earlier publication of the period. */
export async function writePublication(tx: Tx, period: string, at: Date, by: string, entries: readonly { skill: string; stars: number }[]): Promise<void> {
  await tx.delete(shortagePublications).where(sql`${shortagePublications.period} = ${period}`);
  await tx.insert(shortagePublications).values({ period, publishedAt: at, publishedBy: by });
  if (entries.length > 0) await tx.insert(shortageListings).values(entries.map((e) => ({ period, skillCode: e.skill, stars: e.stars })));
}

/** When `period` was published, or null. */
export async function publishedAtOf(conn: Conn, period: string): Promise<Date | null> {
  const [row] = await conn
    .select({ at: shortagePublications.publishedAt })
    .from(shortagePublications)
    .where(sql`${shortagePublications.period} = ${period}`);
  return row?.at ?? null;
}
