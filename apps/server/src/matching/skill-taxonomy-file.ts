/**
 * The city's skills taxonomy file (`cities/<city>/skills.yaml`), pure: the compact YAML (per chain,
 * sub-fields with ten `[zh, en, {synonyms}]` skills and `related` pairs by number) turned into the
 * shape the office edits (`SkillTaxonomyInput`). Skill codes are the sub-field's code and the
 * skill's number (`rail.loco.01`), so they never change when names do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { SkillTaxonomyInput } from '@bole/contracts';

const names = z.object({ zh: z.array(z.string()).optional(), en: z.array(z.string()).optional() });
const fileSchema = z.object({
  version: z.number().int(),
  chains: z.record(
    z.string(),
    z.array(
      z.object({
        code: z.string(),
        name: z.object({ zh: z.string(), en: z.string() }),
        skills: z.array(z.union([z.tuple([z.string(), z.string()]), z.tuple([z.string(), z.string(), names])])),
        related: z.array(z.tuple([z.number().int(), z.number().int()])).default([]),
      }),
    ),
  ),
});

/** The code of skill number `n` (1-based) of a sub-field. */
export const skillCodeOf = (subField: string, n: number) => `${subField}.${String(n).padStart(2, '0')}`;

/** Parses the taxonomy file's text; throws with the zod issues when it is malformed. */
export function parseTaxonomyFile(text: string): SkillTaxonomyInput {
  const doc = fileSchema.parse(parse(text));
  return {
    note: `city data, version ${doc.version}`,
    subFields: Object.entries(doc.chains).flatMap(([chain, fields]) =>
      fields.map((f) => {
        const related = new Map<number, string[]>();
        for (const [a, b] of f.related) {
          related.set(a, [...(related.get(a) ?? []), skillCodeOf(f.code, b)]);
          related.set(b, [...(related.get(b) ?? []), skillCodeOf(f.code, a)]);
        }
        return {
          code: f.code,
          chain,
          name: f.name,
          skills: f.skills.map(([zh, en, syn], i) => ({
            code: skillCodeOf(f.code, i + 1),
            name: { zh, en },
            synonyms: { zh: syn?.zh ?? [], en: syn?.en ?? [] },
            related: related.get(i + 1) ?? [],
          })),
        };
      }),
    ),
  };
}

/** The taxonomy in the city folder, or null when the city has none. */
export function readCityTaxonomy(cityDir: string): SkillTaxonomyInput | null {
  const file = join(cityDir, 'skills.yaml');
  return existsSync(file) ? parseTaxonomyFile(readFileSync(file, 'utf8')) : null;
}
