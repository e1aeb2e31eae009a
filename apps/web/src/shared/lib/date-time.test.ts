import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, monthName, nextDay } from './date-time';

describe('one date and time format, always in Shanghai', () => {
  it('shows a UTC moment at its Shanghai time, 24-hour', () => {
    expect(formatDateTime('2026-03-01T16:05:00Z')).toBe('2026-03-02 00:05');
    expect(formatDateTime('2026-03-01T05:30:00.000Z')).toBe('2026-03-01 13:30');
  });

  it('gives the Shanghai day of a moment and keeps a plain date as it is', () => {
    expect(formatDate('2026-03-01T16:05:00Z')).toBe('2026-03-02');
    expect(formatDate('2026-12-31')).toBe('2026-12-31');
  });

  it('gives the last day covered by a period that ends at midnight', () => {
    expect(formatDate('2027-01-31T16:00:00Z', { exclusiveEnd: true })).toBe('2027-01-31');
  });

  it('gives the day after a day, across months and years (the first day 办结认定 is possible)', () => {
    expect(nextDay('2026-12-14')).toBe('2026-12-15');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('names a month in the interface language', () => {
    expect(monthName(1, 'en')).toBe('January');
    expect(monthName(12, 'en')).toBe('December');
    expect(monthName(10, 'zh-CN')).toBe('十月');
  });
});
