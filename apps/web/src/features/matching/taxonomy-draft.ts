/** The office's draft of the next taxonomy version, pure: start from the current one, retire, restore, add. */
import type { SkillTaxonomy, SkillTaxonomyInput } from '@bole/contracts';

export type Draft = SkillTaxonomyInput['subFields'];

/** The current version as a draft: every sub-field with its current (not retired) skills. */
export function draftOf(taxonomy: SkillTaxonomy): Draft {
  return taxonomy.chains.flatMap((c) =>
    c.subFields.map((f) => ({
      code: f.code,
      chain: c.chain,
      name: f.name,
      skills: f.skills.filter((s) => !s.retired).map((s) => ({ code: s.code, name: s.name, synonyms: s.synonyms, related: s.related })),
    })),
  );
}

/** The draft without `code` (and without relations to it). */
export function retireSkill(draft: Draft, code: string): Draft {
  return draft.map((f) => ({
    ...f,
    skills: f.skills.filter((s) => s.code !== code).map((s) => ({ ...s, related: (s.related ?? []).filter((r) => r !== code) })),
  }));
}

/** The draft with a retired skill of `taxonomy` back in its sub-field. */
export function restoreSkill(draft: Draft, taxonomy: SkillTaxonomy, code: string): Draft {
  const field = taxonomy.chains.flatMap((c) => c.subFields).find((f) => f.skills.some((s) => s.code === code));
  const skill = field?.skills.find((s) => s.code === code);
  if (!field || !skill) return draft;
  const kept = new Set(draft.flatMap((f) => f.skills.map((s) => s.code)));
  return draft.map((f) =>
    f.code === field.code
      ? { ...f, skills: [...f.skills, { code, name: skill.name, synonyms: skill.synonyms, related: skill.related.filter((r) => kept.has(r)) }] }
      : f,
  );
}

/** The draft with a new skill in `subField`, numbered after every skill the sub-field ever had. */
export function addSkill(draft: Draft, taxonomy: SkillTaxonomy, subField: string, name: { zh: string; en: string }): Draft {
  const everyCode = [
    ...taxonomy.chains.flatMap((c) => c.subFields.flatMap((f) => f.skills.map((s) => s.code))),
    ...draft.flatMap((f) => f.skills.map((s) => s.code)),
  ];
  const numbers = everyCode.filter((c) => c.startsWith(`${subField}.`)).map((c) => Number(c.slice(subField.length + 1)) || 0);
  const code = `${subField}.${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}`;
  return draft.map((f) => (f.code === subField ? { ...f, skills: [...f.skills, { code, name, synonyms: { zh: [], en: [] }, related: [] }] } : f));
}
