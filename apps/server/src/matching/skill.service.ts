/**
 * The skills taxonomy (技能图谱) and talents' skills: the city's taxonomy loaded as version 1 on
 * first use, each office save a new version (skills left out retired, never deleted, so postings
 * and talents keep them), a talent's skills with level and years and the choice to be found.
 */
import { AVAILABILITIES, type SkillTaxonomy, type SkillTaxonomyInput, type TalentSkills } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { invalid, type FieldError } from '../http/errors.js';
import { readCityTaxonomy } from './skill-taxonomy-file.js';
import {
  currentTaxonomyVersion,
  lockTaxonomy,
  readTaxonomyRows,
  readTalentSkills,
  skillIdsByCode,
  writeTalentSkills,
  writeTaxonomyVersion,
} from './skill.repository.js';
import { talentChanged, taxonomyChanged } from './match-index.holder.js';

/** Loads the city's taxonomy file as version 1 when no version exists yet. */
export async function ensureTaxonomy(ctx: AppContext): Promise<void> {
  if ((await currentTaxonomyVersion(ctx.db)) > 0) return;
  const input = readCityTaxonomy(ctx.city.dir);
  if (!input) return;
  await ctx.db.transaction(async (tx) => {
    await lockTaxonomy(tx);
    if ((await currentTaxonomyVersion(tx)) > 0) return;
    await writeTaxonomyVersion(tx, input, 1, null);
  });
}

/** The taxonomy as shown: chain → sub-field → skill, retired ones flagged. */
export async function getTaxonomy(ctx: AppContext): Promise<SkillTaxonomy> {
  await ensureTaxonomy(ctx);
  const version = await currentTaxonomyVersion(ctx.db);
  const rows = await readTaxonomyRows(ctx.db);
  const codeOf = new Map(rows.skills.map((s) => [s.id, s.code]));
  const related = new Map<number, string[]>();
  for (const r of rows.relations) related.set(r.skillId, [...(related.get(r.skillId) ?? []), codeOf.get(r.relatedId)!]);
  const chains = [...new Set(rows.fields.map((f) => f.chain))];
  return {
    version,
    chains: chains.map((chain) => ({
      chain,
      subFields: rows.fields
        .filter((f) => f.chain === chain && f.retiredInVersion === null)
        .map((f) => ({
          code: f.code,
          name: { zh: f.nameZh, en: f.nameEn },
          skills: rows.skills
            .filter((s) => s.subField === f.code)
            .map((s) => ({
              code: s.code,
              name: { zh: s.nameZh, en: s.nameEn },
              synonyms: { zh: s.synonymsZh, en: s.synonymsEn },
              related: (related.get(s.id) ?? []).sort(),
              retired: s.retiredInVersion !== null,
            })),
        })),
    })),
  };
}

/** Saves a new version of the taxonomy (the office's editor or import); returns it. */
export async function saveTaxonomy(ctx: AppContext, principal: Principal, input: SkillTaxonomyInput): Promise<SkillTaxonomy> {
  const errors: FieldError[] = [];
  const codes = new Set<string>();
  input.subFields.forEach((f, i) => {
    if (!ctx.city.vocabulary.chain.includes(f.chain)) errors.push({ field: `subFields.${i}.chain`, message: 'is not a chain of the city' });
    f.skills.forEach((s, j) => {
      if (codes.has(s.code)) errors.push({ field: `subFields.${i}.skills.${j}.code`, message: 'appears twice' });
      codes.add(s.code);
    });
  });
  input.subFields.forEach((f, i) =>
    f.skills.forEach((s, j) =>
      (s.related ?? []).forEach((r, k) => {
        if (!codes.has(r)) errors.push({ field: `subFields.${i}.skills.${j}.related.${k}`, message: `names no skill of this version (${r})` });
      }),
    ),
  );
  if (errors.length) throw invalid(errors);
  await ensureTaxonomy(ctx);
  await ctx.db.transaction(async (tx) => {
    await lockTaxonomy(tx);
    const version = (await currentTaxonomyVersion(tx)) + 1;
    await writeTaxonomyVersion(tx, input, version, principal.userId);
    await ctx.audit.record(tx, principal, {
      action: 'skills.version',
      entity: 'skill_taxonomy',
      entityId: String(version),
      detail: { note: input.note, skills: codes.size },
    });
  });
  taxonomyChanged(ctx);
  return getTaxonomy(ctx);
}

/** The signed-in talent's skills and matching choices. */
export async function getMySkills(ctx: AppContext, talentId: string): Promise<TalentSkills> {
  const { profile, skills } = await readTalentSkills(ctx.db, talentId);
  return {
    discoverable: profile?.discoverable ?? false,
    availability: AVAILABILITIES[profile?.availability ?? 0]!,
    experienceYears: profile?.experienceYears ?? 0,
    skills,
  };
}

/** Replaces the talent's skills; 400 naming `skills.N.code` for an unknown or retired skill, or a skill twice. */
export async function saveMySkills(ctx: AppContext, principal: Principal, talentId: string, body: TalentSkills): Promise<TalentSkills> {
  await ensureTaxonomy(ctx);
  const ids = await skillIdsByCode(
    ctx.db,
    body.skills.map((s) => s.code),
  );
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  body.skills.forEach((s, i) => {
    const known = ids.get(s.code);
    if (!known) errors.push({ field: `skills.${i}.code`, message: `is not a skill of the taxonomy (${s.code})` });
    else if (known.retired) errors.push({ field: `skills.${i}.code`, message: `was retired from the taxonomy (${s.code})` });
    if (seen.has(s.code)) errors.push({ field: `skills.${i}.code`, message: 'appears twice' });
    seen.add(s.code);
  });
  if (errors.length) throw invalid(errors);
  await ctx.db.transaction(async (tx) => {
    const profile = { discoverable: body.discoverable, availability: AVAILABILITIES.indexOf(body.availability), experienceYears: body.experienceYears };
    await writeTalentSkills(
      tx,
      talentId,
      profile,
      body.skills.map((s) => ({ skillId: ids.get(s.code)!.id, level: s.level, years: s.years })),
      ctx.clock.now(),
    );
    await ctx.audit.record(tx, principal, {
      action: 'talent.skills',
      entity: 'talent',
      entityId: talentId,
      detail: { skills: body.skills.length, discoverable: body.discoverable },
    });
  });
  await talentChanged(ctx, talentId);
  return getMySkills(ctx, talentId);
}
