/**
 * A yes/no fact nobody has confirmed is not "no": parsed with `unknownBooleans`, a missing
 * `ownsHomeInCity` makes both "owns a home" and "owns no home" fail, in the per-person and the
 * columnar evaluation alike, while a declared profile still reads a missing value as "no".
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluatePopulation, parseProfile, PopulationBuilder, type Profile } from '../src/index.js';
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
