/**
 * Loads generated talents into PostgreSQL with COPY (talents, match_profiles, talent_skills) in
 * chunks, without keeping them in memory, and builds the index back from the database.
 */
import { createRng } from '@bole/contracts';
import { DEGREES, SKILL_LEVELS, TITLES } from '../../packages/contracts/src/index.js';
import type { Database } from '../../apps/server/src/db/database.js';
import type { Db } from '../../apps/server/src/db/database.js';
import { MatchIndex } from '../../apps/server/src/matching/match-index.js';
import { generatedTalent } from '../../apps/server/src/matching/match-generated.js';
import { discoverableTalentsPage, skillGraph } from '../../apps/server/src/matching/match.repository.js';

/** Writes `count` generated talents (skill number s is skill id s + 1), `chunk` at a time. */
export async function copyTalents(
  database: Database,
  count: number,
  skillCount: number,
  districts: readonly string[],
  seed: number,
  chunk = 50_000,
): Promise<number> {
  const rand = createRng(seed).next;
  let skillRows = 0;
  for (let start = 0; start < count; start += chunk) {
    const talentsCsv: string[] = [];
    const profilesCsv: string[] = [];
    const skillsCsv: string[] = [];
    for (let n = start; n < Math.min(count, start + chunk); n++) {
      const t = generatedTalent(rand, n, skillCount, districts);
      talentsCsv.push(`${t.id},生成人才,${DEGREES[t.degree]},${TITLES[t.title]},${SKILL_LEVELS[t.skillLevel]},${t.district}`);
      profilesCsv.push(`${t.id},true,${t.availability},${t.years}`);
      for (const s of t.skills) skillsCsv.push(`${t.id},${s.skill + 1},${s.level}`);
      skillRows += t.skills.length;
    }
    await database.copyCsv('talents', ['id', 'name', 'highest_degree', 'title', 'skill_level', 'district'], `${talentsCsv.join('\n')}\n`);
    await database.copyCsv('match_profiles', ['talent_id', 'discoverable', 'availability', 'experience_years'], `${profilesCsv.join('\n')}\n`);
    await database.copyCsv('talent_skills', ['talent_id', 'skill_id', 'level'], `${skillsCsv.join('\n')}\n`);
  }
  return skillRows;
}

/** Builds the index from the database, page by page (the next page read while this one is indexed). */
export async function buildIndexFromDatabase(db: Db, expected: number, page = 20_000): Promise<MatchIndex> {
  const graph = await skillGraph(db);
  const index = new MatchIndex(graph.skillCount, graph.related, expected);
  let next = discoverableTalentsPage(db, null, page);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) break;
    next = discoverableTalentsPage(db, rows[rows.length - 1]!.id, page);
    for (const t of rows) index.upsert(t);
  }
  return index;
}
