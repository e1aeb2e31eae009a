import { describe, expect, it } from 'vitest';
import { validateTalentProfile } from './profile-validation';
import { talentProfileInput, type TalentProfile } from '@bole/contracts';
import { emptyFormValues, toFormValues, toSaveBody, type TalentFormValues } from './profile-form';

const TODAY = '2026-11-25';
const base = (patch: Partial<TalentFormValues> = {}): Partial<TalentFormValues> => ({
  ...emptyFormValues('李文博'),
  birthDate: '1949-12-31',
  highestDegree: 'master',
  ...patch,
});
const fields = (v: Partial<TalentFormValues>) => validateTalentProfile(v, TODAY).map((i) => `${i.field}:${i.key}`);

describe('talent profile validation', () => {
  it('passes a minimal complete profile', () => {
    expect(fields(base())).toEqual([]);
  });

  it('requires name, birth date and highest degree', () => {
    expect(fields(base({ name: ' ', birthDate: null, highestDegree: null }))).toEqual([
      'name:validation.required',
      'birthDate:validation.choose',
      'highestDegree:validation.choose',
    ]);
  });

  it('wants graduation and other dates after birth, none in the future', () => {
    expect(fields(base({ graduationDate: '1949-06-01' }))).toEqual(['graduationDate:validation.graduationAfterBirth']);
    expect(fields(base({ arrivalDate: '1940-01-01' }))).toEqual(['arrivalDate:validation.dateAfterBirth']);
    expect(fields(base({ titleDate: '2027-01-01' }))).toEqual(['titleDate:validation.notInFuture']);
  });

  it('wants a postdoc completed after graduating, as the server does', () => {
    const issues = validateTalentProfile(base({ graduationDate: '1975-07-01', postdocCompletedDate: '1975-06-30' }), TODAY);
    expect(issues).toEqual([{ field: 'postdocCompletedDate', key: 'validation.postdocAfterGraduation', params: { date: '1975-07-01' } }]);
  });

  it('checks a newly typed ID number: checksum, then birth date and gender against the profile', () => {
    expect(fields(base({ idNumber: '110105194912310021' }))).toEqual(['idNumber:validation.idNumberChecksum']);
    expect(fields(base({ idNumber: '11010519491231002X', gender: 'female' }))).toEqual([]);
    expect(fields(base({ idNumber: '11010519491231002X', gender: 'male' }))).toEqual(['gender:validation.idNumberGenderMismatch']);
    const issues = validateTalentProfile(base({ idNumber: '11010519491231002X', birthDate: '1950-01-01' }), TODAY);
    expect(issues).toEqual([{ field: 'idNumber', key: 'validation.idNumberBirthMismatch', params: { date: '1949-12-31' } }]);
  });

  it('leaves the number on file alone when none is typed', () => {
    expect(toSaveBody(base({ idNumber: '' }))).not.toHaveProperty('idNumber');
    expect(toSaveBody(base({ idNumber: ' 11010519491231002x ' })).idNumber).toBe('11010519491231002X');
  });

  it('treats cleared number inputs as 0 and rejects negatives', () => {
    expect(toSaveBody(base({ socialInsuranceMonths: null as unknown as number })).socialInsuranceMonths).toBe(0);
    expect(fields(base({ childrenSchoolAge: -1 }))).toEqual(['childrenSchoolAge:validation.min']);
  });
});

describe('saving a loaded profile', () => {
  it('sends back only what the profile form edits: the server refuses unknown fields, so a saved payout account must not ride along', () => {
    const loaded = {
      ...emptyFormValues('李文博'),
      id: 't1',
      mobile: '139****7267',
      tier: null,
      employerName: null,
      updatedAt: '2026-12-07T01:00:00Z',
      idNumber: '430211********1435',
      complete: true,
      payoutAccount: { bank: '中国建设银行株洲分行', accountMasked: '**** **** **** 1234', holderName: '李文博', setAt: '2026-12-07T01:00:00Z' },
    } as unknown as TalentProfile;
    const body = toSaveBody(toFormValues(loaded));
    const editable = new Set(Object.keys(talentProfileInput.shape));
    expect(Object.keys(body).filter((k) => !editable.has(k))).toEqual([]);
    expect(body).not.toHaveProperty('payoutAccount');
  });
});
