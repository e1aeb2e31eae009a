/**
 * Database access of matching: the SQL ranking (`match-sql.repository.ts`), the rows the in-memory index is
 * built from, and a posting's scored fields. Reads join the talents table (read-joins allowed).
 */
import { sql } from 'drizzle-orm';
import { DEGREES, SKILL_LEVELS, TITLES } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import type { IndexedTalent } from './match-index.js';
import type { ScoreBreakdown, ScoredPosting } from './match-scoring.js';
import { topTalentsQuery } from './match-sql.repository.js';

type Conn = Db | Tx;
const rowsOf = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const rankOf = (values: readonly string[], v: string | null) => (v === null ? -1 : values.indexOf(v as never));

/** The top `k` discoverable talents for a posting by the SQL path, best first. */
export async function rankTalentsBySql(conn: Conn, postingId: string, k: number): Promise<{ id: string; score: ScoreBreakdown }[]> {
  const rows = rowsOf<ScoreBreakdown & { talent_id: string }>(await conn.execute(topTalentsQuery(postingId, k)));
  return rows.map(({ talent_id, ...score }) => ({
    id: talent_id,
    score: {
      required: Number(score.required),
      optional: Number(score.optional),
      related: Number(score.related),
      level: Number(score.level),
      degree: Number(score.degree),
      experience: Number(score.experience),
      location: Number(score.location),
      availability: Number(score.availability),
      total: Number(score.total),
    },
  }));
}

interface TalentRow {
  id: string;
  highest_degree: string | null;
  title: string;
  skill_level: string;
  district: string | null;
  experience_years: number;
  availability: number;
  packed: number[] | null;
}

function toIndexed(r: TalentRow): IndexedTalent {
  return {
    id: r.id,
    degree: rankOf(DEGREES, r.highest_degree),
    title: rankOf(TITLES, r.title),
    skillLevel: rankOf(SKILL_LEVELS, r.skill_level),
    district: r.district,
    years: r.experience_years,
    availability: r.availability,
    skills: (r.packed ?? []).map((p) => ({ skill: p >> 3, level: p & 7 })),
  };
}

const talentSelect = sql`
  select t.id, t.highest_degree, t.title, t.skill_level, t.district, mp.experience_years, mp.availability,
    (select array_agg(ts.skill_id * 8 + ts.level) from talent_skills ts where ts.talent_id = t.id) as packed
  from match_profiles mp join talents t on t.id = mp.talent_id`;

/** Discoverable talents after `afterId` in id order, at most `limit` (the index is built page by page). */
export async function discoverableTalentsPage(conn: Conn, afterId: string | null, limit: number): Promise<IndexedTalent[]> {
  const after = afterId ?? '00000000-0000-0000-0000-000000000000';
  const rows = rowsOf<TalentRow>(
    await conn.execute(sql`${talentSelect} where mp.discoverable and mp.talent_id > ${after} order by mp.talent_id limit ${limit}`),
  );
  return rows.map(toIndexed);
}

/** One talent as the index holds it, or null when not discoverable. */
export async function discoverableTalent(conn: Conn, talentId: string): Promise<IndexedTalent | null> {
  const rows = rowsOf<TalentRow>(await conn.execute(sql`${talentSelect} where mp.discoverable and mp.talent_id = ${talentId}`));
  return rows[0] ? toIndexed(rows[0]) : null;
}

/** The skill numbers in use and each skill's related skills. */
export async function skillGraph(conn: Conn): Promise<{ skillCount: number; related: number[][] }> {
  const [max] = rowsOf<{ m: number | null }>(await conn.execute(sql`select max(id) as m from skills`));
  const skillCount = Number(max?.m ?? 0) + 1;
  const related: number[][] = Array.from({ length: skillCount }, () => []);
  for (const r of rowsOf<{ skill_id: number; related_id: number }>(
    await conn.execute(sql`select skill_id, related_id from skill_relations order by skill_id, related_id`),
  )) {
    related[r.skill_id]!.push(r.related_id);
  }
  return { skillCount, related };
}

/** A posting as the score reads it, or null when there is none. */
export async function scoredPosting(conn: Conn, postingId: string): Promise<ScoredPosting | null> {
  const [p] = rowsOf<{ min_degree: string | null; min_title: string; min_skill_level: string; min_years: number; district: string }>(
    await conn.execute(sql`select min_degree, min_title, min_skill_level, min_years, district from postings where id = ${postingId}`),
  );
  if (!p) return null;
  const skills = rowsOf<{ skill_id: number; required: boolean }>(
    await conn.execute(sql`select skill_id, required from posting_skills where posting_id = ${postingId} order by skill_id`),
  );
  return {
    required: skills.filter((s) => s.required).map((s) => s.skill_id),
    optional: skills.filter((s) => !s.required).map((s) => s.skill_id),
    minDegree: rankOf(DEGREES, p.min_degree),
    minTitle: rankOf(TITLES, p.min_title),
    minSkillLevel: rankOf(SKILL_LEVELS, p.min_skill_level),
    minYears: p.min_years,
    district: p.district,
  };
}
