/**
 * The peer: `@orama/orama` used the obvious way — one document per talent with its skills as
 * words, the minimums as `where` filters, a full-text search for the posting's skills, top 20.
 * Its BM25 ranking is not the matching score, so its top 20 is compared, not expected, to be equal.
 */
import { createRng } from '@bole/contracts';
import { create, insertMultiple, search, type AnyOrama } from '@orama/orama';
import { generatedTalent } from '../../apps/server/src/matching/match-generated.js';
import type { ScoredPosting } from '../../apps/server/src/matching/match-scoring.js';

const schema = { skills: 'string', degree: 'number', title: 'number', skillLevel: 'number', years: 'number', district: 'string' } as const;

/** The same generated talents (same seed) in an Orama database. */
export async function buildOrama(count: number, skillCount: number, districts: readonly string[], seed: number): Promise<AnyOrama> {
  const db = create({ schema });
  const rand = createRng(seed).next;
  const batch: Record<string, unknown>[] = [];
  for (let n = 0; n < count; n++) {
    const t = generatedTalent(rand, n, skillCount, districts);
    batch.push({
      id: t.id,
      skills: t.skills.map((s) => `s${s.skill}`).join(' '),
      degree: t.degree,
      title: t.title,
      skillLevel: t.skillLevel,
      years: t.years,
      district: t.district,
    });
    if (batch.length === 10_000) await insertMultiple(db, batch.splice(0));
  }
  if (batch.length) await insertMultiple(db, batch);
  return db;
}

/** The top 20 ids Orama returns for a posting. */
export async function oramaTop(db: AnyOrama, p: ScoredPosting): Promise<string[]> {
  const result = await search(db, {
    term: [...p.required, ...p.optional].map((s) => `s${s}`).join(' '),
    properties: ['skills'],
    where: { degree: { gte: p.minDegree }, title: { gte: p.minTitle }, skillLevel: { gte: p.minSkillLevel }, years: { gte: p.minYears } },
    limit: 20,
  });
  return result.hits.map((h) => h.id);
}
