/** Consent rules: the region hash of an ID number, a consent's state, and what live consents cover. */
import { describe, expect, it } from 'vitest';
import { consentStatus, coveringConsent, regionSubjectHash, type ConsentTerms } from './consent.js';

const consent = (over: Partial<ConsentTerms> = {}): ConsentTerms => ({
  id: 'c1',
  facts: ['socialInsuranceMonths', 'highestDegree'],
  purpose: 'benefit_application',
  until: '2026-12-31',
  revokedAt: null,
  ...over,
});

describe('consents', () => {
  it('identify the talent by a hash that never shows the ID number and ignores the check letter’s case', () => {
    const h = regionSubjectHash('43020319900101123x');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).toBe(regionSubjectHash('43020319900101123X'));
    expect(h).not.toBe(regionSubjectHash('430203199001011234'));
  });

  it('are active until their last day, then expired; revoked once revoked', () => {
    expect(consentStatus(consent(), '2026-12-31')).toBe('active');
    expect(consentStatus(consent(), '2027-01-01')).toBe('expired');
    expect(consentStatus(consent({ revokedAt: new Date() }), '2026-07-15')).toBe('revoked');
  });

  it('cover a request only with every fact and the purpose', () => {
    const today = '2026-07-15';
    expect(coveringConsent([consent()], { facts: ['highestDegree'], purpose: 'benefit_application' }, today)).toMatchObject({ consent: { id: 'c1' } });
    expect(coveringConsent([consent()], { facts: ['highestDegree', 'title'], purpose: 'benefit_application' }, today)).toEqual({ reason: 'fact_not_covered' });
    expect(coveringConsent([consent()], { facts: ['highestDegree'], purpose: 'recognition' }, today)).toEqual({ reason: 'fact_not_covered' });
    expect(coveringConsent([consent({ revokedAt: new Date() })], { facts: ['highestDegree'], purpose: 'benefit_application' }, today)).toEqual({
      reason: 'no_consent',
    });
    expect(coveringConsent([], { facts: ['highestDegree'], purpose: 'benefit_application' }, today)).toEqual({ reason: 'no_consent' });
  });
});
