/**
 * A yes/no fact nobody has confirmed is not "no": parsed with `unknownBooleans`, a missing
 * `ownsHomeInCity` makes both "owns a home" and "owns no home" fail, in the per-person and the
 * columnar evaluation alike, while a declared profile still reads a missing value as "no".
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluatePopulation, loadPack, parseProfile, PopulationBuilder, type Pack, type Profile } from '../src/index.js';
import { ZHUZHOU } from './city-fixture.js';
import { loadRepoPack } from './pack-fixture.js';

const pack = loadRepoPack();
const AT = '2026-07-01';
const employer = { chain: 'electronics', kind: 'enterprise', district: pack.schema.enums['district']!.values[0]!, flags: [] };
const graduate = {
  id: 'g',
  birthDate: '2000-05-01',
  highestDegree: 'bachelor',
  graduationDate: '2025-06-30',
  employerId: 'e1',
  employer,
  socialInsuranceMonths: 12,
  livesInTalentApartment: false,
};

function parse(input: Record<string, unknown>, unknownBooleans: boolean): Profile {
  const r = parseProfile(input, AT, pack.schema, { unknownBooleans });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}
const rent = (p: Profile) => evaluate(pack, p, AT).results.find((r) => r.policy === 'rent-subsidy')!;

describe('yes/no facts that are not known', () => {
  it('a declared profile reads a missing answer as "no", as it always did', () => {
    const p = parse(graduate, false);
    expect(p.ownsHomeInCity).toBe(false);
    expect(rent(p).eligible).toBe(true);
  });

  it('not known: "owns no home in the city" does not hold, and says so in the trace', () => {
    const p = parse(graduate, true);
    expect(p.ownsHomeInCity).toBeNull();
    const r = rent(p);
    expect(r.eligible).toBe(false);
    expect(r.trace.find((c) => c.expr === '!ownsHomeInCity')!.pass).toBe(false);
    // Confirmed "no": it holds again.
    expect(rent(parse({ ...graduate, ownsHomeInCity: false }, true)).eligible).toBe(true);
  });

  it('the columnar evaluation agrees row by row', () => {
    const b = new PopulationBuilder(pack.schema, 3);
    b.add(parse(graduate, true));
    b.add(parse({ ...graduate, ownsHomeInCity: false }, true));
    b.add(parse({ ...graduate, ownsHomeInCity: true }, true));
    const o = evaluatePopulation(pack, b.build(), AT).outcomes.find((x) => x.policy === 'rent-subsidy')!;
    const eligibleRows = [...o.rows].filter((_, k) => o.granted[k] === 1 || o.amountFen[k]! > 0);
    expect(eligibleRows).toEqual([1]);
  });
});

describe('employment nobody confirmed is not known either', () => {
  // A benefit for those not (yet) working in the city, paid without an application.
  const loaded = loadPack(
    [
      { path: 'policies/classification.yaml', text: 'kind: classification\nrows:\n  - tier: A\n    when: \'"academician" in honors\'\n' },
      {
        path: 'policies/job-seeker.yaml',
        text: `id: job-seeker
title: { zh: 求职补贴, en: Job-seeker allowance }
pillar: attract
department: rsj
mode: auto
window: { from: 2024-01-01 }
budget: { annualFen: 0, quota: 0 }
eligibility:
  - when: '!employedInCity'
benefit:
  kind: cash
  period: once
  amount: 1000
`,
      },
    ],
    ZHUZHOU,
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const jobPack: Pack = loaded.pack;
  const seeker = { id: 's', birthDate: '2000-05-01', highestDegree: 'bachelor' };
  const parseIn = (input: Record<string, unknown>, unknownBooleans: boolean) => {
    const r = parseProfile(input, AT, jobPack.schema, { unknownBooleans });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.profile;
  };
  const granted = (p: Profile) => evaluate(jobPack, p, AT).results.find((r) => r.policy === 'job-seeker')!.eligible;

  it('a declared profile without an employer is "not employed", as it always was', () => {
    expect(granted(parseIn(seeker, false))).toBe(true);
  });

  it('verified facts without a confirmed employer: "not employed in the city" does not hold', () => {
    const unknown = parseIn(seeker, true);
    expect(granted(unknown)).toBe(false);
    expect(evaluate(jobPack, unknown, AT).results[0]!.trace.find((c) => c.expr === '!employedInCity')!.pass).toBe(false);
    // A confirmed employer: employed, so it does not hold either.
    expect(granted(parseIn({ ...seeker, employerId: 'e1', employer }, true))).toBe(false);
  });

  it('the columnar evaluation agrees', () => {
    const b = new PopulationBuilder(jobPack.schema, 3);
    b.add(parseIn(seeker, false));
    b.add(parseIn(seeker, true));
    b.add(parseIn({ ...seeker, employerId: 'e1', employer }, true));
    const o = evaluatePopulation(jobPack, b.build(), AT).outcomes.find((x) => x.policy === 'job-seeker')!;
    expect([...o.rows].filter((_, k) => o.granted[k] === 1)).toEqual([0]);
  });
});
