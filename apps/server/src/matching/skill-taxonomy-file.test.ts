import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCity } from '../city/city-file.js';
import { readCityTaxonomy } from './skill-taxonomy-file.js';

describe('the demo city taxonomy (cities/zhuzhou/skills.yaml)', () => {
  const dir = join(import.meta.dirname, '../../../../cities/zhuzhou');
  const taxonomy = readCityTaxonomy(dir)!;

  it('has the eight chains of the city, four sub-fields each, ten skills each, with unique codes', () => {
    const city = readCity(dir);
    const chains = new Set(taxonomy.subFields.map((f) => f.chain));
    expect(chains.size).toBe(8);
    for (const chain of chains) expect(city.chains.map((c) => c.code)).toContain(chain);
    for (const chain of chains) expect(taxonomy.subFields.filter((f) => f.chain === chain)).toHaveLength(4);
    const codes = taxonomy.subFields.flatMap((f) => f.skills.map((s) => s.code));
    expect(codes).toHaveLength(320);
    expect(new Set(codes).size).toBe(320);
  });

  it('relates skills both ways, only to skills that exist', () => {
    const all = new Map(taxonomy.subFields.flatMap((f) => f.skills.map((s) => [s.code, s] as const)));
    expect(all.get('rail.traction.01')!.name).toEqual({ zh: 'IGBT 器件应用', en: 'IGBT device application' });
    expect(all.get('rail.traction.01')!.related).toContain('rail.traction.02');
    expect(all.get('rail.traction.02')!.related).toContain('rail.traction.01');
    for (const s of all.values()) for (const r of s.related ?? []) expect(all.get(r)?.related).toContain(s.code);
  });
});
