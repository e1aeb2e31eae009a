import { describe, expect, it } from 'vitest';
import { evaluate, evaluatePopulation, findRow, parseProfile, Population, type Profile } from '../src/index.js';
import { profileGenerator } from './generate.js';
import { loadRepoPack } from './pack-fixture.js';

const pack = loadRepoPack();
const DATES = ['2024-02-29', '2025-02-28', '2026-06-30', '2026-07-01', '2026-12-31', '2027-01-01'];
const PER_DATE = 17_000;

describe('trace evaluator and columnar kernel agree', () => {
  for (const [d, at] of DATES.entries()) {
    it(`on ${PER_DATE} generated profiles at ${at}`, () => {
      const gen = profileGenerator(1000 + d, at);
      const profiles: Profile[] = [];
      for (let i = 0; i < PER_DATE; i++) {
        const res = parseProfile(gen(i), at, pack.schema);
        if (!res.ok) throw new Error(JSON.stringify(res.errors));
        profiles.push(res.profile);
      }
      const pop = Population.fromProfiles(profiles, pack.schema);
      const cols = evaluatePopulation(pack, pop, at);
      const mismatches: string[] = [];
      let granted = 0;
      profiles.forEach((p, i) => {
        const ev = evaluate(pack, p, at, { trace: i % 10 === 0 });
        const tierCode = cols.tier[i]!;
        const colTier = tierCode === 255 ? null : 'ABCDE'[tierCode]!;
        if (colTier !== ev.tier) mismatches.push(`${p.id} tier ${ev.tier} vs ${colTier}`);
        ev.results.forEach((r, j) => {
          const o = cols.outcomes[j]!;
          const k = findRow(o, i);
          if (r.granted) granted++;
          const same =
            k < 0
              ? !r.eligible
              : r.eligible && r.granted === (o.granted[k] === 1) && r.amountFen === o.amountFen[k] && r.months === o.months[k] && r.valueFen === o.valueFen[k];
          if (!same) mismatches.push(`${p.id} ${r.policy} ${JSON.stringify(r)} vs row ${k}`);
        });
      });
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(granted).toBeGreaterThan(PER_DATE / 2);
    }, 30_000);
  }
});
