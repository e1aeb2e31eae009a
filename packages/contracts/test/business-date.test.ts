import { describe, expect, it } from 'vitest';
import { businessDate, businessDateTime, businessMonth, businessYear } from '../src/rules/business-date.js';

describe('business dates are days in Asia/Shanghai, whatever the machine says', () => {
  it('a new city day starts at 16:00 UTC', () => {
    expect(businessDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(businessDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(businessMonth(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01');
    expect(businessYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('the wall-clock minute people read is Shanghai time', () => {
    expect(businessDateTime(new Date('2026-12-06T04:30:59Z'))).toBe('2026-12-06 12:30');
    expect(businessDateTime(new Date('2026-12-31T16:05:00Z'))).toBe('2027-01-01 00:05');
  });
});
