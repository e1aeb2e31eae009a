import { describe, expect, it } from 'vitest';
import { evaluate, evaluatePopulation, findRow, loadPack, parseProfile, Population, type Profile } from '../src/index.js';
import { ZHUZHOU } from './city-fixture.js';
import { profileGenerator } from './generate.js';
import { readPackFiles } from './pack-fixture.js';

/** Synthetic policies exercising every language construct, including nulls, in both compilers. */
const CASES: [string, string, string, string][] = [
  ['nullable-dates', 'arrivalDate >= graduationDate', 'params.a', '1'],
  ['null-tests', 'graduationDate == null || titleDate != null', 'params.a', '1'],
  ['variable-within', 'within(arrivalDate, socialInsuranceMonths, "months")', 'params.a', '1'],
  ['cond-dates', '(hukouInCity ? arrivalDate : graduationDate) < date("2025-01-01")', 'params.a', '1'],
  ['employer-negatives', 'employer.district != "攸县" && !("high_tech" in employer.flags)', 'params.a', '1'],
  ['no-tier', 'tier == null || tier in ["E"]', 'max(params.a * childrenSchoolAge - params.b, params.b)', '1'],
  ['birthplace-gender', 'birthplace != "4302" || gender == "female"', 'yearsWorkedOutside * 100', '1'],
  ['ordered', 'skillLevel > "level4" && title <= "intermediate" || highestDegree < "bachelor"', 'params.m[highestDegree]', '1'],
  ['arith', 'age - yearsWorkedOutside * 2 >= 20 && at > birthDate', 'min(params.a, params.b) + params.a', 'min(socialInsuranceMonths + 1, 48)'],
];

function policyYaml([id, when, amount, months]: [string, string, string, string]): string {
  return `id: ${id}
title: { zh: ${id}, en: ${id} }
pillar: use
department: rsj
mode: auto
window: { from: 2024-01-01 }
budget: { annualFen: 0, quota: 0 }
parameters:
  a: { reference: t, values: [{ from: 2024-01-01, value: 12.5 }] }
  b: { reference: t, values: [{ from: 2024-01-01, value: 30 }, { from: 2026-01-01, value: 40 }] }
  m: { reference: t, key: degree, values: [{ from: 2024-01-01, value: { secondary: 1, doctorate: 9.99 } }] }
eligibility:
  - when: '${when.replace(/'/g, "''")}'
benefit: { kind: cash, period: ${months === '1' ? 'once' : 'month'}, amount: '${amount}', months: '${months}' }
`;
}

describe('both compilers agree on every construct of the language', () => {
  const classification = readPackFiles().filter((f) => f.path.endsWith('classification.yaml'));
  const res = loadPack([...classification, ...CASES.map((c) => ({ path: `${c[0]}.yaml`, text: policyYaml(c) }))], ZHUZHOU);
  if (!res.ok) throw new Error(JSON.stringify(res.errors, null, 1));
  const pack = res.pack;

  for (const at of ['2025-06-15', '2026-03-01']) {
    it(`at ${at}`, () => {
      const gen = profileGenerator(77, at);
      const profiles: Profile[] = [];
      for (let i = 0; i < 5000; i++) {
        const r = parseProfile({ ...gen(i), ...(i % 3 === 0 ? { gender: i % 2 ? 'female' : 'male' } : {}) }, at, pack.schema);
        if (r.ok) profiles.push(r.profile);
      }
      const cols = evaluatePopulation(pack, Population.fromProfiles(profiles, pack.schema), at);
      const eligibleCounts = new Map<string, number>();
      const bad: string[] = [];
      profiles.forEach((p, i) => {
        evaluate(pack, p, at, { trace: i % 2 === 0 }).results.forEach((r, j) => {
          const o = cols.outcomes[j]!;
          const k = findRow(o, i);
          if (r.eligible) eligibleCounts.set(r.policy, (eligibleCounts.get(r.policy) ?? 0) + 1);
          const same = k < 0 ? !r.eligible : r.eligible && o.amountFen[k] === r.amountFen && o.months[k] === r.months;
          if (!same)
            bad.push(
              `${r.policy} row ${i}: ${JSON.stringify({ e: r.eligible, a: r.amountFen, m: r.months })} vs ${k < 0 ? '-' : `${o.amountFen[k]}/${o.months[k]}`}`,
            );
        });
      });
      expect(bad.slice(0, 5)).toEqual([]);
      for (const [id] of CASES) {
        expect(eligibleCounts.get(id) ?? 0, id).toBeGreaterThan(0);
        expect(eligibleCounts.get(id) ?? 0, id).toBeLessThan(profiles.length);
      }
    });
  }
});
