import { describe, expect, it } from 'vitest';
import { endDateOf, isPeriod, monthBounds, paysIn, payingPeriods } from './entitlement-period.js';

describe('entitlement periods', () => {
  it('ends start + months calendar months later, clamping the day', () => {
    expect(endDateOf('2024-01-31', 'month', 1)).toBe('2024-02-29');
    expect(endDateOf('2026-07-15', 'month', 36)).toBe('2029-07-15');
    expect(endDateOf('2026-07-15', 'once', 99)).toBe('2026-08-15');
  });

  it('pays once in the start month, monthly for `months` months, yearly every 12 months', () => {
    expect(payingPeriods({ period: 'once', months: 1, startDate: '2026-07-20', endedOn: null })).toEqual(['2026-07']);
    expect(payingPeriods({ period: 'month', months: 3, startDate: '2026-11-30', endedOn: null })).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(payingPeriods({ period: 'year', months: 36, startDate: '2026-07-01', endedOn: null })).toEqual(['2026-07', '2027-07', '2028-07']);
    expect(payingPeriods({ period: 'year', months: 12, startDate: '2026-07-01', endedOn: null })).toEqual(['2026-07']);
  });

  it('stops paying the months that begin after an early end', () => {
    const e = { period: 'month' as const, months: 36, startDate: '2026-07-15', endedOn: '2026-09-10' };
    expect(payingPeriods(e)).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(paysIn({ ...e, endedOn: '2026-09-01' }, '2026-09')).toBe(false);
    expect(paysIn({ ...e, endedOn: '2026-07-15' }, '2026-07')).toBe(false);
    expect(paysIn({ ...e, endedOn: '2026-07-16' }, '2026-07')).toBe(true);
  });

  it('knows its months', () => {
    expect(isPeriod('2026-07')).toBe(true);
    expect(isPeriod('2026-13')).toBe(false);
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', nextFirst: '2027-01-01' });
  });
});
