import { createRng } from '@bole/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { MatchIndex } from './match-index.js';
import { generatedPosting, generatedRelations, generatedTalent } from './match-generated.js';
import { loadGeneratedPosting, loadGeneratedSkills, loadGeneratedTalents } from './match-testing.js';
import { discoverableTalentsPage, rankTalentsBySql, scoredPosting, skillGraph } from './match.repository.js';

const DISTRICTS = ['天元区', '芦淞区', '荷塘区', '石峰区'];
const SKILLS = 40;

describe('matching: the in-memory index ranks exactly as the SQL query', () => {
  let ctx: TestContext;
  const rand = createRng(12).next;
  const related = generatedRelations(SKILLS);

  beforeAll(async () => {
    ctx = await createTestContext();
    await loadGeneratedSkills(ctx.db, SKILLS, related);
    await loadGeneratedTalents(
      ctx.db,
      Array.from({ length: 1200 }, (_, n) => generatedTalent(rand, n, SKILLS, DISTRICTS, 2, 8)),
    );
    // Talents who did not choose to be found are in neither ranking.
    await loadGeneratedTalents(
      ctx.db,
      Array.from({ length: 100 }, (_, n) => generatedTalent(rand, 5000 + n, SKILLS, DISTRICTS, 2, 8)),
      false,
    );
  }, 120_000);
  afterAll(async () => ctx.close());

  it('gives the same top 20, scores included, for 40 generated postings (index built from the database)', async () => {
    const graph = await skillGraph(ctx.db);
    const index = new MatchIndex(graph.skillCount, graph.related);
    for (let after: string | null = null; ;) {
      const page = await discoverableTalentsPage(ctx.db, after, 500);
      if (page.length === 0) break;
      page.forEach((t) => index.upsert(t));
      after = page[page.length - 1]!.id;
    }
    expect(index.size).toBe(1200);
    let nonEmpty = 0;
    for (let i = 0; i < 40; i++) {
      const postingId = await loadGeneratedPosting(ctx.db, generatedPosting(rand, SKILLS, DISTRICTS));
      const fromSql = await rankTalentsBySql(ctx.db, postingId, 20);
      const posting = (await scoredPosting(ctx.db, postingId))!;
      expect(index.top(posting, 20)).toEqual(fromSql);
      if (fromSql.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(25);
  }, 120_000);
});
