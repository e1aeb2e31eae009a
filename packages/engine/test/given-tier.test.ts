/**
 * A caller that knows the tier (granted by recognition) evaluates with it instead of the tier
 * the classification proposes; a caller that keeps the birthplace prefix instead of the ID
 * number gets the same birthplace. Without either option the engine classifies as `bole eval` does.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluatePopulation, idCheckChar, parseProfile, PopulationBuilder, tierCode, type Profile } from '../src/index.js';
import { loadRepoPack } from './pack-fixture.js';

const pack = loadRepoPack();
const AT = '2026-07-01';
const employer = { chain: pack.schema.enums['chain']!.values[0]!, kind: 'enterprise', district: pack.schema.enums['district']!.values[0]!, flags: [] };

function profile(input: Record<string, unknown>): Profile {
  const r = parseProfile({ id: 'p', birthDate: '1970-01-01', highestDegree: 'doctorate', ...input }, AT, pack.schema);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}

const academician = profile({ honors: ['academician'], employerId: 'e1', employer, socialInsuranceMonths: 24 });
const granted = (ev: ReturnType<typeof evaluate>, id: string) => ev.results.find((r) => r.policy === id)!.granted;

describe('evaluation with a given tier', () => {
  it('classifies from the profile when no tier is given (as bole eval does)', () => {
    const ev = evaluate(pack, academician, AT);
    expect(ev.tier).toBe('A');
    expect(granted(ev, 'top-talent-allowance')).toBe(true);
  });

  it('a given "no tier" keeps tier-based policies shut while the classification still proposes A', () => {
    const ev = evaluate(pack, academician, AT, { tier: null });
    expect(ev.tier).toBeNull();
    expect(ev.classification.tier).toBe('A');
    expect(granted(ev, 'top-talent-allowance')).toBe(false);
  });

  it('a given tier C pays tier C amounts', () => {
    const ev = evaluate(pack, academician, AT, { tier: 'C' });
    const r = ev.results.find((x) => x.policy === 'top-talent-allowance')!;
    expect([ev.tier, r.granted, r.amountFen]).toEqual(['C', true, 5_000_000]);
  });

  it('the columnar evaluation takes the tiers per row and agrees with the per-person one', () => {
    const b = new PopulationBuilder(pack.schema, 3);
    for (let i = 0; i < 3; i++) b.add(academician);
    const tiers = Uint8Array.from([tierCode(null), tierCode('A'), tierCode('C')]);
    const ev = evaluatePopulation(pack, b.build(), AT, { tiers });
    const o = ev.outcomes.find((x) => x.policy === 'top-talent-allowance')!;
    const paid = [0, 1, 2].map((row) => {
      const k = [...o.rows].indexOf(row);
      return k < 0 || o.granted[k] !== 1 ? 0 : o.amountFen[k];
    });
    expect(paid).toEqual([0, 20_000_000, 5_000_000]);
    expect(() => tierCode('Z')).toThrow(RangeError);
  });
});

describe('birthplace without the ID number', () => {
  it('reads the stored prefix like the number’s own', () => {
    const base = { yearsWorkedOutside: 5, arrivalDate: '2026-03-01', employerId: 'e1', employer };
    const fromNumber = evaluate(pack, profile({ ...base, idNumber: `43020319700101001${idCheckChar('43020319700101001')}` }), AT);
    const fromPrefix = evaluate(pack, profile({ ...base, birthplace: '4302' }), AT);
    const elsewhere = evaluate(pack, profile({ ...base, birthplace: '1101' }), AT);
    const eligible = (ev: ReturnType<typeof evaluate>) => ev.results.find((r) => r.policy === 'returning-talent-bonus')!.eligible;
    expect([eligible(fromNumber), eligible(fromPrefix), eligible(elsewhere)]).toEqual([true, true, false]);
    const bad = parseProfile({ id: 'p', birthDate: '1970-01-01', highestDegree: 'master', birthplace: '43X' }, AT, pack.schema);
    expect(bad).toMatchObject({ ok: false, errors: [{ field: 'birthplace' }] });
  });
});
