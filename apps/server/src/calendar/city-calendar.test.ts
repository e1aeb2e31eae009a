import { describe, expect, it } from 'vitest';
import { CalendarRangeError } from './working-days.js';
import { cityCalendarOf, provisionalYearData, withProvisionalYear } from './city-calendar.js';
import { seedYears } from './calendar-store.js';

const at = new Date('2026-11-25T00:00:00Z');

describe('cityCalendarOf', () => {
  const seed = seedYears(at);
  const cal = cityCalendarOf(withProvisionalYear(seed, [], at));

  it('adds the provisional year after the last official one, and only that far', () => {
    expect(cal.years.map((y) => [y.year, y.kind])).toEqual([
      [2025, 'official'],
      [2026, 'official'],
      [2027, 'provisional'],
    ]);
    expect(cal.lastOfficialYear).toBe(2026);
    expect(cal.provisionalYear).toBe(2027);
    // New Year 2027 is a Friday; the weekend follows: the first working day is Monday 01-04.
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    // Spring Festival 2027: 02-05 (除夕) … 02-10 (补休) off.
    expect(cal.addWorkingDays('2027-02-04', 1)).toBe('2027-02-11');
    expect(() => cal.addWorkingDays('2027-12-31', 1)).toThrow(CalendarRangeError);
    expect(() => cal.isWorkingDay('2028-01-03')).toThrow(
      /covers 2025–2027; 2028 is not in it yet\. Deadlines are computed up to the year after the last official one/,
    );
  });

  it('knows which dates lie in a provisional year', () => {
    expect(cal.isProvisional('2027-03-01')).toBe(true);
    expect(cal.isProvisional('2026-12-31')).toBe(false);
    expect(cal.isProvisional(null)).toBe(false);
    expect(cal.kindOf(2026)).toBe('official');
    expect(cal.kindOf(2028)).toBeNull();
  });

  it('keeps the official data of the seed untouched (the calendar the shipped tests describe)', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Saturday make-up
    expect(cal.isWorkingDay('2026-02-16')).toBe(false);
    expect(seed.find((y) => y.year === 2026)?.source).toContain('2026年部分节假日安排');
  });
});

describe('withProvisionalYear', () => {
  it('keeps a stored provisional year as stored and moves on after an import', () => {
    const seed = seedYears(at);
    const stored = { ...provisionalYearData(2027, new Date('2026-01-01T00:00:00Z')), source: 'as stored' };
    expect(withProvisionalYear(seed, [stored], at).at(-1)).toBe(stored);
    const official2027 = { ...stored, kind: 'official' as const };
    const next = withProvisionalYear([...seed, official2027], [stored], at);
    expect(next.map((y) => [y.year, y.kind])).toEqual([
      [2025, 'official'],
      [2026, 'official'],
      [2027, 'official'],
      [2028, 'provisional'],
    ]);
  });
});
