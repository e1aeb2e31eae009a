/** The taxonomy as picker options: skills grouped by sub-field, searchable by name and synonyms in both languages. */
import type { SkillTaxonomy } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';

export interface SkillOption {
  value: string;
  label: string;
  /** Names and synonyms in both languages, for the search box. */
  search: string;
}

/** The skills of one sub-field under its name. */
export interface SkillOptionGroup {
  label: string;
  options: SkillOption[];
}

/** Current (not retired) skills grouped by sub-field, optionally only of `subField`. */
export function skillOptionGroups(taxonomy: SkillTaxonomy, lang: string, subField?: string): SkillOptionGroup[] {
  return taxonomy.chains.flatMap((c) =>
    c.subFields
      .filter((f) => subField === undefined || f.code === subField)
      .map((f) => ({
        label: pickText(f.name, lang),
        options: f.skills
          .filter((s) => !s.retired)
          .map((s) => ({
            value: s.code,
            label: pickText(s.name, lang),
            search: [s.name.zh, s.name.en, ...s.synonyms.zh, ...s.synonyms.en].join(' ').toLowerCase(),
          })),
      })),
  );
}

/** A skill's name by code (retired ones too), the code itself when unknown. */
export function skillNamer(taxonomy: SkillTaxonomy | undefined, lang: string): (code: string) => string {
  const names = new Map(taxonomy?.chains.flatMap((c) => c.subFields.flatMap((f) => f.skills.map((s) => [s.code, pickText(s.name, lang)] as const))) ?? []);
  return (code) => names.get(code) ?? code;
}

/** antd `filterOption` over {@link SkillOption.search}. */
export const filterSkill = (input: string, option?: SkillOption | SkillOptionGroup) =>
  (option && 'search' in option ? option.search : '').includes(input.trim().toLowerCase());
