/** Database access for the skills taxonomy and talents' skills. */
import { and, asc, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { SkillTaxonomyInput } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { matchProfiles, skillRelations, skillSubFields, skills, skillTaxonomyVersions, talentSkills } from './skill.table.js';

type Conn = Db | Tx;

/** The current taxonomy version, 0 when none was loaded. */
export async function currentTaxonomyVersion(conn: Conn): Promise<number> {
  const [row] = await conn.select({ v: skillTaxonomyVersions.version }).from(skillTaxonomyVersions).orderBy(desc(skillTaxonomyVersions.version)).limit(1);
  return row?.v ?? 0;
}

/** Serialises taxonomy saves (two officers saving at once make two versions, one after the other). */
export async function lockTaxonomy(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242301)`);
}

/**
 * Writes `input` as `version`: sub-fields and skills upserted by code, every skill left out
 * retired in this version (never deleted), relations replaced.
 */
export async function writeTaxonomyVersion(tx: Tx, input: SkillTaxonomyInput, version: number, createdBy: string | null): Promise<void> {
  await tx.insert(skillTaxonomyVersions).values({ version, note: input.note, createdBy });
  for (const f of input.subFields) {
    const values = { chain: f.chain, nameZh: f.name.zh, nameEn: f.name.en, retiredInVersion: null };
    await tx
      .insert(skillSubFields)
      .values({ code: f.code, ...values })
      .onConflictDoUpdate({ target: skillSubFields.code, set: values });
  }
  const fieldCodes = input.subFields.map((f) => f.code);
  await tx
    .update(skillSubFields)
    .set({ retiredInVersion: version })
    .where(and(notInArray(skillSubFields.code, fieldCodes), isNull(skillSubFields.retiredInVersion)));
  const rows = input.subFields.flatMap((f) =>
    f.skills.map((s) => ({
      code: s.code,
      subField: f.code,
      nameZh: s.name.zh,
      nameEn: s.name.en,
      synonymsZh: s.synonyms?.zh ?? [],
      synonymsEn: s.synonyms?.en ?? [],
    })),
  );
  for (let i = 0; i < rows.length; i += 500) {
    await tx
      .insert(skills)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, sinceVersion: version })))
      .onConflictDoUpdate({
        target: skills.code,
        set: {
          subField: sql`excluded.sub_field`,
          nameZh: sql`excluded.name_zh`,
          nameEn: sql`excluded.name_en`,
          synonymsZh: sql`excluded.synonyms_zh`,
          synonymsEn: sql`excluded.synonyms_en`,
          retiredInVersion: null,
        },
      });
  }
  const codes = rows.map((r) => r.code);
  await tx
    .update(skills)
    .set({ retiredInVersion: version })
    .where(and(notInArray(skills.code, codes), isNull(skills.retiredInVersion)));
  const ids = await skillIdsByCode(tx, codes);
  await tx.delete(skillRelations);
  const pairs = new Map<string, { skillId: number; relatedId: number }>();
  for (const f of input.subFields) {
    for (const sk of f.skills) {
      for (const r of sk.related ?? []) {
        const [a, b] = [ids.get(sk.code)!.id, ids.get(r)?.id];
        if (b === undefined || a === b) continue;
        pairs.set(`${a}:${b}`, { skillId: a, relatedId: b });
        pairs.set(`${b}:${a}`, { skillId: b, relatedId: a });
      }
    }
  }
  const unique = [...pairs.values()];
  for (let i = 0; i < unique.length; i += 1000) await tx.insert(skillRelations).values(unique.slice(i, i + 1000));
}

/** Skill ids (and whether retired) by code, for the codes that exist. */
export async function skillIdsByCode(conn: Conn, codes: readonly string[]): Promise<Map<string, { id: number; retired: boolean }>> {
  if (codes.length === 0) return new Map();
  const rows = await conn
    .select({ id: skills.id, code: skills.code, retired: skills.retiredInVersion })
    .from(skills)
    .where(inArray(skills.code, [...codes]));
  return new Map(rows.map((r) => [r.code, { id: r.id, retired: r.retired !== null }]));
}

/** Every sub-field and skill with its relations (codes), in code order. */
export async function readTaxonomyRows(conn: Conn) {
  const fields = await conn.select().from(skillSubFields).orderBy(asc(skillSubFields.code));
  const skillRows = await conn.select().from(skills).orderBy(asc(skills.code));
  const relations = await conn.select().from(skillRelations);
  return { fields, skills: skillRows, relations };
}

/** Replaces a talent's skills and matching choices. */
export async function writeTalentSkills(
  tx: Tx,
  talentId: string,
  profile: { discoverable: boolean; availability: number; experienceYears: number },
  rows: { skillId: number; level: number; years: number }[],
  now: Date,
): Promise<void> {
  await tx
    .insert(matchProfiles)
    .values({ talentId, ...profile, updatedAt: now })
    .onConflictDoUpdate({ target: matchProfiles.talentId, set: { ...profile, updatedAt: now } });
  await tx.delete(talentSkills).where(eq(talentSkills.talentId, talentId));
  if (rows.length) await tx.insert(talentSkills).values(rows.map((r) => ({ talentId, ...r })));
}

/** A talent's matching choices and skills (with codes), null choices when never saved. */
export async function readTalentSkills(conn: Conn, talentId: string) {
  const [profile] = await conn.select().from(matchProfiles).where(eq(matchProfiles.talentId, talentId));
  const rows = await conn
    .select({ code: skills.code, level: talentSkills.level, years: talentSkills.years })
    .from(talentSkills)
    .innerJoin(skills, eq(skills.id, talentSkills.skillId))
    .where(eq(talentSkills.talentId, talentId))
    .orderBy(asc(skills.code));
  return { profile: profile ?? null, skills: rows };
}
