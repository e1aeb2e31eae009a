import { describe, expect, it } from 'vitest';
import { dates } from '../src/index.js';

const { addMonths, addYears, ageAt, parseIsoDate, formatIsoDate, within, earliestWithin } = dates;
const d = (s: string): number => {
  const n = parseIsoDate(s);
  if (n === null) throw new Error(`bad date ${s}`);
  return n;
};

describe('calendar dates', () => {
  it('round-trips day numbers across centuries', () => {
    for (const s of ['1970-01-01', '1900-03-01', '2000-02-29', '2024-12-31', '2100-02-28', '1600-01-01']) {
      expect(formatIsoDate(d(s))).toBe(s);
    }
    expect(d('1970-01-02') - d('1970-01-01')).toBe(1);
  });

  it('rejects impossible and malformed dates', () => {
    for (const s of ['1990-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '20240101', '2024-01-01T00:00:00Z']) {
      expect(parseIsoDate(s)).toBeNull();
    }
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
  });

  it('adds months clamping to the end of the month', () => {
    expect(formatIsoDate(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatIsoDate(addMonths(d('2023-01-31'), 1))).toBe('2023-02-28');
    expect(formatIsoDate(addMonths(d('2024-03-31'), 1))).toBe('2024-04-30');
    expect(formatIsoDate(addMonths(d('2024-01-31'), 2))).toBe('2024-03-31');
    expect(formatIsoDate(addMonths(d('2024-12-15'), 1))).toBe('2025-01-15');
    expect(formatIsoDate(addMonths(d('2024-03-31'), -1))).toBe('2024-02-29');
    expect(formatIsoDate(addMonths(d('2024-01-15'), -13))).toBe('2022-12-15');
  });

  it('adds years clamping Feb 29', () => {
    expect(formatIsoDate(addYears(d('2024-02-29'), 1))).toBe('2025-02-28');
    expect(formatIsoDate(addYears(d('2024-02-29'), 4))).toBe('2028-02-29');
    expect(formatIsoDate(addYears(d('2023-03-01'), 3))).toBe('2026-03-01');
  });

  it('computes age as the largest k with birth + k years <= at', () => {
    expect(ageAt(d('1990-05-01'), d('2026-04-30'))).toBe(35);
    expect(ageAt(d('1990-05-01'), d('2026-05-01'))).toBe(36);
    expect(ageAt(d('2000-01-01'), d('2000-01-01'))).toBe(0);
    // Feb 29 birthdays: the anniversary in a common year is Feb 28.
    expect(ageAt(d('2000-02-29'), d('2025-02-27'))).toBe(24);
    expect(ageAt(d('2000-02-29'), d('2025-02-28'))).toBe(25);
    expect(ageAt(d('2000-02-29'), d('2024-02-28'))).toBe(23);
    expect(ageAt(d('2000-02-29'), d('2024-02-29'))).toBe(24);
  });

  it('"within N months" includes D and excludes D + N months', () => {
    const D = d('2024-01-31');
    expect(within(D, 1, 'months', d('2024-01-31'))).toBe(true);
    expect(within(D, 1, 'months', d('2024-02-28'))).toBe(true);
    expect(within(D, 1, 'months', d('2024-02-29'))).toBe(false);
    expect(within(D, 1, 'months', d('2024-01-30'))).toBe(false);
    expect(within(null, 1, 'months', d('2024-02-01'))).toBe(false);
    expect(within(d('2023-03-01'), 3, 'years', d('2026-02-28'))).toBe(true);
    expect(within(d('2023-03-01'), 3, 'years', d('2026-03-01'))).toBe(false);
    expect(within(d('2024-02-29'), 1, 'years', d('2025-02-27'))).toBe(true);
    expect(within(d('2024-02-29'), 1, 'years', d('2025-02-28'))).toBe(false);
  });

  it('finds the earliest date that is still within', () => {
    for (const [at, n, unit] of [
      ['2026-03-01', 3, 'years'],
      ['2024-02-29', 1, 'months'],
      ['2025-02-28', 1, 'years'],
      ['2024-03-31', 1, 'months'],
      ['2026-07-01', 10, 'days'],
    ] as const) {
      const lo = earliestWithin(n, unit, d(at));
      expect(within(lo, n, unit, d(at))).toBe(true);
      expect(within(lo - 1, n, unit, d(at))).toBe(false);
    }
    expect(formatIsoDate(earliestWithin(1, 'months', d('2024-02-29')))).toBe('2024-02-01');
    expect(formatIsoDate(earliestWithin(3, 'years', d('2026-03-01')))).toBe('2023-03-02');
  });
});
