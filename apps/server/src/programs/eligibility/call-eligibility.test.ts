import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { listExamples, loadPack } from '@bole/engine';
import { loadCity } from '../../city/city-file.js';
import { readPackDir } from '../../policies/pack-files.js';

const cityDir = join(import.meta.dirname, '../../../../../cities/zhuzhou');

describe('the demo city’s call-eligibility policies', () => {
  it('compile with the pack’s classification table and every example case holds', () => {
    const city = loadCity(cityDir);
    const classification = { path: 'classification.yaml', text: readFileSync(join(city.packDir, 'classification.yaml'), 'utf8') };
    const loaded = loadPack([classification, ...readPackDir(join(cityDir, 'program-eligibility'))], city.vocabulary);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const examples = listExamples(loaded.pack);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const failures = examples.map((e) => e.run()).filter((o) => !o.ok);
    expect(failures).toEqual([]);
    for (const p of loaded.pack.policies) expect(p.doc.benefit.amount).toBe(0);
  });
});
