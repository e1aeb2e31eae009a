import { describe, expect, it } from 'vitest';
import { idCheckChar, isValidIdNumber, parseProfile } from '../src/index.js';
import { ZHUZHOU_SCHEMA } from './city-fixture.js';

const base = { id: 'p1', birthDate: '1990-05-01', highestDegree: 'master' };
const fields = (input: unknown, at?: string): string[] => {
  const r = parseProfile(input, at, ZHUZHOU_SCHEMA);
  return r.ok ? [] : r.errors.map((e) => e.field);
};

describe('profile input', () => {
  it('applies the pack defaults to absent and null fields', () => {
    const r = parseProfile({ ...base, title: null }, undefined, ZHUZHOU_SCHEMA);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile).toMatchObject({
      schoolTier: 'other',
      title: 'none',
      skillLevel: 'none',
      engagementMode: 'none',
      specialPost: 'none',
      honors: [],
      socialInsuranceMonths: 0,
      hukouInCity: false,
      employerId: null,
      employer: null,
      graduationDate: null,
      gender: null,
    });
  });

  it('requires id, birthDate and highestDegree', () => {
    expect(fields({})).toEqual(['id', 'birthDate', 'highestDegree']);
    expect(fields({ ...base, id: '' })).toEqual(['id']);
  });

  it('rejects wrong types, unknown enum values, impossible dates and negative counts', () => {
    expect(fields({ ...base, socialInsuranceMonths: '6' })).toEqual(['socialInsuranceMonths']);
    expect(fields({ ...base, socialInsuranceMonths: 2.5 })).toEqual(['socialInsuranceMonths']);
    expect(fields({ ...base, childrenSchoolAge: -1 })).toEqual(['childrenSchoolAge']);
    expect(fields({ ...base, highestDegree: 'mastr' })).toEqual(['highestDegree']);
    expect(fields({ ...base, honors: ['academician', 'nobel'] })).toEqual(['honors']);
    expect(fields({ ...base, honors: 'academician' })).toEqual(['honors']);
    expect(fields({ ...base, birthDate: '1990-02-30' })).toEqual(['birthDate']);
    expect(fields({ ...base, hukouInCity: 'yes' })).toEqual(['hukouInCity']);
    expect(fields({ ...base, arrivalDate: 20240101 })).toEqual(['arrivalDate']);
    expect(fields('not an object')).toEqual(['(profile)']);
  });

  it('rejects a birthDate after the evaluation date but accepts the same day', () => {
    expect(fields({ ...base, birthDate: '2026-03-02' }, '2026-03-01')).toEqual(['birthDate']);
    expect(fields({ ...base, birthDate: '2026-03-01' }, '2026-03-01')).toEqual([]);
  });

  it('requires employer {chain, kind, district} when employerId is set', () => {
    expect(fields({ ...base, employerId: 'e1' })).toEqual(['employer']);
    expect(fields({ ...base, employerId: 'e1', employer: { chain: 'rail' } })).toEqual(['employer.kind', 'employer.district']);
    expect(fields({ ...base, employerId: 'e1', employer: { chain: 'rail', kind: 'enterprise', district: '北京', flags: ['x'] } })).toEqual([
      'employer.district',
      'employer.flags',
    ]);
    const ok = parseProfile({ ...base, employerId: 'e1', employer: { chain: 'rail', kind: 'enterprise', district: '攸县' } }, undefined, ZHUZHOU_SCHEMA);
    expect(ok.ok && ok.profile.employer).toEqual({ chain: 'rail', kind: 'enterprise', district: '攸县', flags: [] });
  });

  it('ignores an employer object without employerId', () => {
    const r = parseProfile({ ...base, employer: { chain: 'rail', kind: 'enterprise', district: '攸县' } }, undefined, ZHUZHOU_SCHEMA);
    expect(r.ok && r.profile.employer).toBeNull();
  });

  it('checks GB 11643 identity numbers (ISO 7064 MOD 11-2)', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('430202199005011230')).toBe(true);
    expect(isValidIdNumber('43020219900501123')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(fields({ ...base, idNumber: '430202199005011231' })).toEqual(['idNumber']);
    expect(fields({ ...base, idNumber: '430202199005011230' })).toEqual([]);
  });
});
