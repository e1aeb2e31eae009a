import { describe, expect, it } from 'vitest';
import { talentProfileInput, type TalentProfileInput } from '@bole/contracts';
import { checkProfile, monthsBetween } from './profile-rules.js';
import { makeIdNumber } from '../identity/id-number.js';

const TODAY = '2026-07-15';
const ID = makeIdNumber('430203', '1995-05-20', 12, 'female');

function profile(over: Partial<TalentProfileInput> = {}): TalentProfileInput {
  return talentProfileInput.parse({ name: '李四', birthDate: '1995-05-20', highestDegree: 'master', gender: 'female', ...over });
}
const fields = (p: TalentProfileInput, id: string | null = null, isNew = true) =>
  checkProfile(p, { today: TODAY, idNumber: id, idNumberIsNew: isNew }).map((e) => e.field);

describe('checkProfile', () => {
  it('accepts a consistent profile', () => {
    const p = profile({
      graduationDate: '2021-06-30',
      titleDate: '2024-01-01',
      skillCertDate: '2023-03-01',
      arrivalDate: '2021-07-15',
      firstHomePurchaseDate: '2025-10-01',
      isPostdoc: false,
      postdocCompletedDate: '2026-01-31',
      socialInsuranceMonths: 60,
      yearsWorkedOutside: 3,
    });
    expect(checkProfile(p, { today: TODAY, idNumber: ID, idNumberIsNew: true })).toEqual([]);
  });

  it('refuses a birth date in the future', () => {
    expect(fields(profile({ birthDate: '2026-07-16' }))).toContain('birthDate');
    expect(fields(profile({ birthDate: TODAY }))).not.toContain('birthDate');
    // Only the root cause is reported, not every date that now looks "before birth".
    expect(fields(profile({ birthDate: '2030-01-01', graduationDate: '2020-06-30', socialInsuranceMonths: 10 }))).toEqual(['birthDate']);
  });

  it.each(['graduationDate', 'titleDate', 'skillCertDate', 'arrivalDate', 'firstHomePurchaseDate', 'postdocCompletedDate'] as const)(
    '%s must be after the birth date and not in the future',
    (f) => {
      expect(fields(profile({ [f]: '1995-05-20' }))).toEqual([f]);
      expect(fields(profile({ [f]: '1990-01-01' }))).toEqual([f]);
      expect(fields(profile({ [f]: '2026-07-16' }))).toEqual([f]);
      expect(fields(profile({ [f]: '2026-07-15' }))).toEqual([]);
    },
  );

  it('names the date it compares with', () => {
    const [e] = checkProfile(profile({ graduationDate: '1994-01-01' }), { today: TODAY, idNumber: null, idNumberIsNew: false });
    expect(e).toEqual({ field: 'graduationDate', message: 'must be after birthDate (1995-05-20)' });
  });

  it('wants the postdoc completed after graduation', () => {
    expect(fields(profile({ graduationDate: '2020-06-30', postdocCompletedDate: '2020-06-30' }))).toEqual(['postdocCompletedDate']);
    expect(fields(profile({ graduationDate: '2020-06-30', postdocCompletedDate: '2019-06-30' }))).toEqual(['postdocCompletedDate']);
    expect(fields(profile({ graduationDate: '2020-06-30', postdocCompletedDate: '2022-06-30' }))).toEqual([]);
  });

  it('checks a new ID number: check character, birth date and gender agreement', () => {
    expect(fields(profile(), ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0'))).toEqual(['idNumber']);
    expect(fields(profile({ birthDate: '1995-05-21' }), ID)).toEqual(['idNumber']);
    expect(fields(profile({ gender: 'male' }), ID)).toEqual(['gender']);
    expect(fields(profile({ gender: null }), ID)).toEqual([]);
    const [e] = checkProfile(profile({ birthDate: '1995-05-21' }), { today: TODAY, idNumber: ID, idNumberIsNew: true });
    expect(e!.message).toMatch(/1995-05-20/);
  });

  it('checks the ID number on file against a changed birth date', () => {
    expect(fields(profile({ birthDate: '1995-05-21' }), ID, false)).toEqual(['birthDate']);
  });

  it('refuses social insurance months beyond the working age', () => {
    // Born 1995-05-20: 16 on 2011-05-20; on 2026-07-15 that is 181 whole months of working age.
    expect(fields(profile({ socialInsuranceMonths: 181 }))).toEqual([]);
    expect(fields(profile({ socialInsuranceMonths: 182 }))).toEqual(['socialInsuranceMonths']);
    expect(fields(profile({ birthDate: '2012-01-01', socialInsuranceMonths: 1 }))).toEqual(['socialInsuranceMonths']);
    expect(fields(profile({ yearsWorkedOutside: 16 }))).toEqual(['yearsWorkedOutside']);
  });

  it('reports several problems at once', () => {
    expect(fields(profile({ graduationDate: '1990-01-01', arrivalDate: '2030-01-01', socialInsuranceMonths: 400 }))).toEqual([
      'graduationDate',
      'arrivalDate',
      'socialInsuranceMonths',
    ]);
  });
});

describe('monthsBetween', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2020-01-31', '2020-02-29')).toBe(0);
    expect(monthsBetween('2020-01-31', '2020-03-01')).toBe(1);
    expect(monthsBetween('2020-01-15', '2021-01-15')).toBe(12);
    expect(monthsBetween('2021-01-15', '2020-01-15')).toBe(-12);
  });
});
