/**
 * Loads generated talents, skills and postings into a database (tests and the benchmark's small
 * runs): skill number s is skill id s + 1. Not used by production code.
 */
import { DEGREES, SKILL_LEVELS, TITLES } from '@bole/contracts';
import type { Db } from '../db/database.js';
import { talents } from '../talents/talent.table.js';
import { employers } from '../employers/employer.table.js';
import { makeCreditCode } from '../identity/credit-code.js';
import { matchProfiles, skillRelations, skillSubFields, skills, skillTaxonomyVersions, talentSkills } from './skill.table.js';
import { postingSkills, postings } from './posting.table.js';
import type { IndexedTalent } from './match-index.js';
import type { ScoredPosting } from './match-scoring.js';

async function chunked<T>(rows: T[], size: number, write: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Writes `skillCount` skills (ids 1…skillCount) and their relations. */
export async function loadGeneratedSkills(db: Db, skillCount: number, related: number[][]): Promise<void> {
  await db.insert(skillTaxonomyVersions).values({ version: 1, note: 'generated' }).onConflictDoNothing();
  await db.insert(skillSubFields).values({ code: 'gen.field', chain: 'rail', nameZh: '生成领域', nameEn: 'generated field' }).onConflictDoNothing();
  await db.insert(skills).values(
    Array.from({ length: skillCount }, (_, s) => ({
      id: s + 1,
      code: `gen.${s}`,
      subField: 'gen.field',
      nameZh: `技能${s}`,
      nameEn: `skill ${s}`,
      sinceVersion: 1,
    })),
  );
  const pairs = related.flatMap((rs, s) => rs.map((r) => ({ skillId: s + 1, relatedId: r + 1 })));
  await chunked(pairs, 1000, (part) => db.insert(skillRelations).values(part));
}

/** Writes generated talents as discoverable talents with their skills (skill number + 1). */
export async function loadGeneratedTalents(db: Db, list: IndexedTalent[], discoverable = true): Promise<void> {
  await chunked(list, 500, async (part) => {
    await db.insert(talents).values(
      part.map((t) => ({
        id: t.id,
        name: '生成人才',
        highestDegree: t.degree < 0 ? null : DEGREES[t.degree]!,
        title: TITLES[t.title]!,
        skillLevel: SKILL_LEVELS[t.skillLevel]!,
        district: t.district,
      })),
    );
    await db.insert(matchProfiles).values(part.map((t) => ({ talentId: t.id, discoverable, availability: t.availability, experienceYears: t.years })));
    await db.insert(talentSkills).values(part.flatMap((t) => t.skills.map((s) => ({ talentId: t.id, skillId: s.skill + 1, level: s.level }))));
  });
}

let employerSeq = 0;

/** Writes a generated posting of a generated employer; returns its id. */
export async function loadGeneratedPosting(db: Db, p: ScoredPosting): Promise<string> {
  const [employer] = await db
    .insert(employers)
    .values({ creditCode: makeCreditCode('430200', 900_000 + ++employerSeq), name: '生成企业', district: '天元区', chain: 'rail', kind: 'enterprise' })
    .returning({ id: employers.id });
  const [row] = await db
    .insert(postings)
    .values({
      employerId: employer!.id,
      title: '生成岗位',
      chain: 'rail',
      subField: 'gen.field',
      minDegree: p.minDegree < 0 ? null : DEGREES[p.minDegree]!,
      minTitle: TITLES[p.minTitle]!,
      minSkillLevel: SKILL_LEVELS[p.minSkillLevel]!,
      minYears: p.minYears,
      headcount: 1,
      salaryMin: 8000,
      salaryMax: 12000,
      district: p.district ?? '攸县',
      engagementMode: 'full_time',
      urgency: 'normal',
      closesOn: '2099-12-31',
      taxonomyVersion: 1,
    })
    .returning({ id: postings.id });
  const skillRows = [...p.required.map((s) => ({ s, required: true })), ...p.optional.map((s) => ({ s, required: false }))];
  await db.insert(postingSkills).values(skillRows.map(({ s, required }) => ({ postingId: row!.id, skillId: s + 1, required })));
  return row!.id;
}
