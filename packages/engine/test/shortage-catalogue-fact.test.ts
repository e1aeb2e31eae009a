/**
 * `inShortageCatalogue`: the engine reads whether a person's post is in the city's shortage
 * catalogue as a plain yes/no field (it knows no catalogue), so a policy can reward recruiting
 * into a shortage — per person, in the columnar evaluation and in the explanation alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePopulation, explain, listExamples, loadPack, parseProfile, PopulationBuilder, type Pack } from '../src/index.js';
import { ZHUZHOU } from './city-fixture.js';
import { profile, resultOf, run } from './helpers.js';
import { readPackFiles } from './pack-fixture.js';

const POLICY = 'shortage-recruitment-reward';
const file = join(import.meta.dirname, 'packs', `${POLICY}.yaml`);

function packWithTestPolicy(): Pack {
  const res = loadPack([...readPackFiles(), { path: `test/${POLICY}.yaml`, text: readFileSync(file, 'utf8') }], ZHUZHOU);
  if (!res.ok) throw new Error(res.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('\n'));
  return res.pack;
}

const pack = packWithTestPolicy();
const AT = '2026-08-01';
const hired = {
  birthDate: '1992-05-01',
  highestDegree: 'master',
  employerId: 'e1',
  employer: { chain: 'rail', kind: 'enterprise', district: '天元区', flags: [] },
  arrivalDate: '2026-03-01',
};

describe('inShortageCatalogue', () => {
  it('is "no" when absent and must be a yes/no', () => {
    expect(profile(hired).inShortageCatalogue).toBe(false);
    const bad = parseProfile({ id: 'x', ...hired, inShortageCatalogue: 'yes' }, AT, pack.schema);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual(['inShortageCatalogue']);
  });

  it('a policy can reward recruiting into a listed post, and the explanation names the field', () => {
    expect(resultOf(run(pack, { ...hired, inShortageCatalogue: true }, AT), POLICY)).toMatchObject({ eligible: true, amountFen: 2_000_000 });
    const no = run(pack, hired, AT);
    expect(resultOf(no, POLICY).eligible).toBe(false);
    expect(explain(no, 'zh', { policy: POLICY })).toContain('✘ 所任岗位列入紧缺人才目录');
    expect(explain(no, 'en', { policy: POLICY })).toContain('✘ Post listed in the shortage catalogue');
  });

  it('the columnar evaluation agrees, and a yes/no nobody computed is not "yes"', () => {
    const b = new PopulationBuilder(pack.schema, 3);
    for (const [i, v] of [true, false, undefined].entries()) {
      const r = parseProfile({ id: `p${i}`, ...hired, ...(v === undefined ? {} : { inShortageCatalogue: v }) }, AT, pack.schema, { unknownBooleans: true });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      b.add(r.profile);
    }
    const o = evaluatePopulation(pack, b.build(), AT).outcomes.find((x) => x.policy === POLICY)!;
    expect([...o.rows].filter((_, k) => o.granted[k] === 1)).toEqual([0]);
  });

  it("the test policy's own examples pass", () => {
    const outcomes = listExamples(pack)
      .filter((e) => e.policy === POLICY)
      .map((e) => e.run());
    expect(outcomes.map((o) => [o.name, o.mismatches])).toEqual([
      ['an employer that hired into a listed post gets 20,000', []],
      ['a post not in the catalogue earns nothing', []],
    ]);
  });
});
