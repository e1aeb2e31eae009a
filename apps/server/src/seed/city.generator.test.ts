import { describe, expect, it } from 'vitest';
import { configuredCity } from '../city/city-file.js';

/** The demo city's districts (the synthetic city is 株洲). */
const DISTRICTS = configuredCity({}).vocabulary.district;
import { checkIdNumber } from '../identity/id-number.js';
import { checkCreditCode } from '../identity/credit-code.js';
import { generateCity, type GeneratedTalent } from './city.generator.js';
import { createRng } from '@bole/contracts';

const REF = '2026-07-01';
const all = (city: ReturnType<typeof generateCity>, chunk?: number): GeneratedTalent[] => [...city.talents(chunk)].flat();

/** Whole months from a to b (YYYY-MM-DD), day-clamped like the policy pack. */
function months(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
}
const years = (a: string, b: string) => Math.floor(months(a, b) / 12);
const MIN_GRAD_AGE = { secondary: 18, associate: 20, bachelor: 22, master: 24, doctorate: 27 } as const;

describe('prng', () => {
  it('is deterministic per seed and stream, and uniform enough', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(7, 1);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateCity', () => {
  const city = generateCity({ talents: 20_000, employers: 400, seed: 42, referenceDate: REF });
  const people = all(city);

  it('is deterministic: same seed → same city, whatever the chunk size', () => {
    const again = generateCity({ talents: 20_000, employers: 400, seed: 42, referenceDate: REF });
    expect(again.employers).toEqual(city.employers);
    expect(all(again, 777)).toEqual(people);
    const other = generateCity({ talents: 200, employers: 400, seed: 43, referenceDate: REF });
    expect(all(other)).not.toEqual(people.slice(0, 200));
  });

  it('yields talents in chunks of the requested size', () => {
    const sizes = [...city.talents(6_000)].map((c) => c.length);
    expect(sizes).toEqual([6_000, 6_000, 6_000, 2_000]);
  });

  it('gives every employer a valid, unique credit code and plausible attributes', () => {
    const codes = new Set<string>();
    for (const e of city.employers) {
      expect(checkCreditCode(e.creditCode), e.creditCode).toEqual({ ok: true });
      expect(e.creditCode.slice(2, 6)).toBe('4302');
      codes.add(e.creditCode);
      expect(DISTRICTS).toContain(e.district);
      expect(e.contactMobile).toMatch(/^1[3-9]\d{9}$/);
      if (e.kind !== 'enterprise') expect(e.flags).toEqual([]);
      if (e.kind === 'enterprise') expect(e.creditCode.slice(0, 2)).toBe('91');
      expect(e.name.length).toBeGreaterThan(4);
    }
    expect(codes.size).toBe(city.employers.length);
    const enterprises = city.employers.filter((e) => e.kind === 'enterprise');
    expect(enterprises.length / city.employers.length).toBeGreaterThan(0.85);
    const lead = enterprises.filter((e) => ['rail', 'aviation', 'hard_materials'].includes(e.chain)).length;
    expect(lead / enterprises.length).toBeGreaterThan(0.33);
  });

  it('gives every talent a valid, unique ID number that matches birth date and gender', () => {
    const ids = new Set<string>();
    const mobiles = new Set<string>();
    const broken: string[] = [];
    for (const t of people) {
      const check = checkIdNumber(t.idNumber, REF);
      if (!check.ok || check.birthDate !== t.birthDate || check.gender !== t.gender) broken.push(`${t.idNumber} ${t.birthDate} ${t.gender}`);
      if (!/^1[3-9]\d{9}$/.test(t.mobile) || t.mobile.startsWith('138')) broken.push(t.mobile);
      ids.add(t.idNumber);
      mobiles.add(t.mobile);
    }
    expect(broken).toEqual([]);
    expect(ids.size).toBe(people.length);
    expect(mobiles.size).toBe(people.length);
  });

  it('keeps every talent consistent with itself and the reference date', () => {
    // Plain checks collected into one list: 20,000 people × 25 rules through expect() is slow.
    const broken: string[] = [];
    const rule = (ok: boolean, what: string, t: GeneratedTalent) => {
      if (!ok && broken.length < 20) broken.push(`${what}: ${JSON.stringify(t)}`);
    };
    for (const t of people) {
      const dates = [t.birthDate, t.graduationDate, t.titleDate, t.skillCertDate, t.arrivalDate, t.firstHomePurchaseDate, t.postdocCompletedDate];
      for (const d of dates) if (d !== null) rule(d <= REF && d >= t.birthDate, 'dates between birth and the reference date', t);
      const age = years(t.birthDate, REF);
      rule(age >= 18 && age <= 65, 'age 18..65', t);
      rule(years(t.birthDate, t.graduationDate) >= MIN_GRAD_AGE[t.highestDegree], 'graduation age fits the degree', t);
      rule(t.title === 'none' ? t.titleDate === null : t.titleDate !== null && t.titleDate >= t.graduationDate, 'title date after graduation', t);
      rule(
        t.skillLevel === 'none' ? t.skillCertDate === null : t.skillCertDate !== null && t.skillCertDate >= t.graduationDate,
        'skill date after graduation',
        t,
      );
      // Employment: an employer ⇔ an arrival date; insurance never longer than the stay.
      rule((t.employerIndex === null) === (t.arrivalDate === null), 'employer ⇔ arrival date', t);
      if (t.arrivalDate) {
        rule(t.arrivalDate >= t.graduationDate && years(t.birthDate, t.arrivalDate) >= 18, 'arrival after graduation, adult', t);
        rule(t.socialInsuranceMonths <= months(t.arrivalDate, REF), 'insurance months ≤ months since arrival', t);
        rule(t.yearsWorkedOutside <= years(t.graduationDate, t.arrivalDate), 'years outside ≤ graduation→arrival', t);
      } else {
        rule(t.socialInsuranceMonths === 0 && t.yearsWorkedOutside === 0, 'no employment, no insurance', t);
      }
      rule(t.employerIndex === null || t.employerIndex < city.pool.length, 'employer in the pool', t);
      rule(!t.firstHomePurchaseDate || t.ownsHomeInCity, 'purchase date ⇒ owns a home', t);
      rule(!t.livesInTalentApartment || (!t.ownsHomeInCity && t.employerIndex !== null), 'apartment ⇒ employed, no home', t);
      rule(!t.isPostdoc || (t.highestDegree === 'doctorate' && t.employerIndex !== null), 'postdoc ⇒ employed doctorate', t);
      rule(!t.postdocCompletedDate || (t.highestDegree === 'doctorate' && !t.isPostdoc), 'completed postdoc ⇒ doctorate', t);
      rule((t.engagementMode === 'none') === (t.onsiteDaysLastYear === 0), 'onsite days ⇔ flexible mode', t);
      rule(t.specialPost === 'none' || city.pool[t.employerIndex ?? -1]?.kind === 'enterprise', 'special post at an enterprise', t);
      rule(['bachelor', 'master', 'doctorate'].includes(t.highestDegree) || t.schoolTier === 'other', 'school tier only for degrees', t);
      rule(DISTRICTS.includes(t.district), 'district of the city', t);
      rule(new Set(t.honors).size === t.honors.length, 'honours listed once', t);
    }
    expect(broken).toEqual([]);
  });

  it('has plausible proportions for a city talent registry', () => {
    const share = (f: (t: GeneratedTalent) => boolean) => people.filter(f).length / people.length;
    expect(share((t) => t.employerIndex !== null)).toBeGreaterThan(0.8);
    expect(share((t) => t.employerIndex !== null)).toBeLessThan(0.9);
    expect(share((t) => t.idNumber.startsWith('4302'))).toBeGreaterThan(0.5);
    expect(share((t) => t.idNumber.startsWith('43'))).toBeGreaterThan(0.75);
    expect(share((t) => !t.idNumber.startsWith('43'))).toBeGreaterThan(0.1);
    expect(share((t) => t.highestDegree === 'bachelor')).toBeGreaterThan(0.35);
    expect(share((t) => t.highestDegree === 'doctorate')).toBeLessThan(0.1);
    expect(share((t) => t.gender === 'male')).toBeGreaterThan(0.5);
    expect(share((t) => years(t.graduationDate, REF) < 3)).toBeGreaterThan(0.1);
    expect(share((t) => t.honors.includes('academician'))).toBeLessThan(0.001);
    expect(share((t) => t.honors.length > 0)).toBeLessThan(0.05);
    expect(share((t) => t.isPostdoc)).toBeGreaterThan(0);
    expect(share((t) => t.engagementMode !== 'none')).toBeGreaterThan(0);
    expect(share((t) => t.honors.length > 0)).toBeGreaterThan(0);
  });

  it('skips reserved values and continues ordinals for appended batches', () => {
    const first = all(generateCity({ talents: 50, employers: 5, seed: 1, referenceDate: REF }));
    const reservedId = first[3]!.idNumber;
    const again = all(generateCity({ talents: 50, employers: 5, seed: 1, referenceDate: REF, isReserved: (k, v) => k === 'id' && v === reservedId }));
    expect(again.map((t) => t.idNumber)).not.toContain(reservedId);
    const appended = generateCity({
      talents: 50,
      employers: 0,
      seed: 2,
      referenceDate: REF,
      talentOrdinalBase: 50,
      existingEmployers: [{ district: '天元区', chain: 'rail', kind: 'enterprise', size: 1 }],
    });
    const later = all(appended);
    const suffixes = new Set(first.map((t) => t.mobile.slice(3)));
    expect(later.every((t) => !suffixes.has(t.mobile.slice(3)))).toBe(true);
    expect(later.every((t) => t.employerIndex === null || t.employerIndex === 0)).toBe(true);
  });

  it('refuses impossible options', () => {
    expect(() => generateCity({ talents: -1, employers: 1, seed: 1 })).toThrow(RangeError);
    expect(() => generateCity({ talents: 10, employers: 0, seed: 1 })).toThrow(/employer/);
    expect(() => generateCity({ talents: 1, employers: 1, seed: 1, referenceDate: '2026-13-01' })).toThrow(RangeError);
    expect(() => generateCity({ talents: 1, employers: 1, seed: 1, referenceDate: '2026-02-30' })).toThrow(RangeError);
  });
});
