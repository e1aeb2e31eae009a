import { describe, expect, it } from 'vitest';
import { addWorkingDays, CalendarDataError, CalendarRangeError, defaultCalendar, isWorkingDay, loadCalendar, workingDaysBetween } from './working-days.js';

describe('isWorkingDay', () => {
  it('follows the weekly rule on ordinary days', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false); // Sunday
  });
  it('knows holidays on weekdays and make-up workdays (调休) on weekends', () => {
    expect(isWorkingDay('2026-02-16')).toBe(false); // Monday, Spring Festival
    expect(isWorkingDay('2026-02-14')).toBe(true); // Saturday make-up
    expect(isWorkingDay('2026-02-28')).toBe(true); // Saturday make-up
    expect(isWorkingDay('2025-09-28')).toBe(true); // Sunday make-up before National Day
    expect(isWorkingDay('2025-10-08')).toBe(false); // Wednesday, National Day + Mid-Autumn 2025
    expect(isWorkingDay('2025-10-11')).toBe(true); // Saturday make-up
    expect(isWorkingDay('2026-09-25')).toBe(false); // Friday, Mid-Autumn 2026
    expect(isWorkingDay('2026-09-20')).toBe(true); // Sunday make-up
  });
});

describe('addWorkingDays', () => {
  it('crosses the 2026 Spring Festival, counting the Saturday make-up day 02-14', () => {
    // Fri 02-13 → Sat 02-14 (1, make-up), 02-15..02-23 holiday, Tue 02-24 (2) … Fri 02-27 (5)
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
    expect(addWorkingDays('2026-02-13', 6)).toBe('2026-02-28'); // Saturday make-up
  });
  it('handles National Day 2025 with make-up days 09-28 and 10-11', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-28', 1)).toBe('2025-09-29');
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-30', 4)).toBe('2025-10-13');
  });
  it('handles the 2026 Mid-Autumn break 09-25..09-27', () => {
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20'); // Sunday make-up
    expect(addWorkingDays('2026-09-24', 1)).toBe('2026-09-28');
  });
  it('crosses the year boundary 2025-12-31 → 2026 (New Year 01-01..01-03, make-up Sunday 01-04)', () => {
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
    expect(addWorkingDays('2025-12-30', 1)).toBe('2025-12-31');
  });
  it('n = 0 is the day itself when it is a working day, else the next working day', () => {
    expect(addWorkingDays('2026-02-13', 0)).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-15', 0)).toBe('2026-02-24');
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
  });
  it('never counts the start day: from a holiday, day 1 is the first working day after it', () => {
    expect(addWorkingDays('2026-10-01', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-01', 3)).toBe('2026-10-10'); // Saturday make-up
  });
  it('rejects a negative or fractional n', () => {
    expect(() => addWorkingDays('2026-02-13', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-13', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('is the inverse of addWorkingDays', () => {
    for (const [from, n] of [
      ['2026-02-13', 5],
      ['2025-09-30', 3],
      ['2025-12-31', 2],
      ['2026-09-24', 1],
      ['2026-01-05', 200],
    ] as const) {
      expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
    }
  });
  it('is antisymmetric and zero on the same day', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5);
    expect(workingDaysBetween('2026-02-27', '2026-02-13')).toBe(-5);
    expect(workingDaysBetween('2026-02-16', '2026-02-16')).toBe(0);
    expect(workingDaysBetween('2025-09-30', '2025-10-08')).toBe(0);
    expect(workingDaysBetween('2025-10-08', '2025-09-30')).toBe(-0);
    expect(workingDaysBetween('2025-12-31', '2026-01-05')).toBe(2);
    expect(workingDaysBetween('2026-01-05', '2025-12-31')).toBe(-2);
  });
  it('counts 248 working days in 2025 and in 2026 (261 weekdays − weekday holidays + make-up days)', () => {
    expect(workingDaysBetween('2025-01-01', '2025-12-31') + (isWorkingDay('2025-01-01') ? 1 : 0)).toBe(248);
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('range and data', () => {
  it('refuses dates outside the years of the data instead of guessing', () => {
    expect(() => isWorkingDay('2027-01-04')).toThrow(CalendarRangeError);
    expect(() => addWorkingDays('2026-12-31', 1)).toThrow(/covers 2025–2026; 2027/);
    expect(() => workingDaysBetween('2024-12-30', '2025-01-02')).toThrow(CalendarRangeError);
    expect(defaultCalendar.firstYear).toBe(2025);
    expect(defaultCalendar.lastYear).toBe(2026);
  });
  it('tells what to do about a missing year when the caller says how', () => {
    const cal = loadCalendar({ '2026': { holidays: [], workdays: [] } }, { missingYearHint: { en: 'Import the notice.', zh: '请导入通知。' } });
    expect(() => cal.isWorkingDay('2027-01-04')).toThrow('The holiday calendar covers 2026–2026; 2027 is not in it yet. Import the notice.');
    const err = (() => {
      try {
        cal.isWorkingDay('2027-01-04');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CalendarRangeError);
    expect((err as CalendarRangeError).messageZh).toBe('节假日日历只包含 2026–2026 年，尚无 2027 年的数据。请导入通知。');
  });
  it('refuses malformed dates', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(CalendarRangeError);
    expect(() => isWorkingDay('2026/02/13')).toThrow(CalendarRangeError);
  });
  it('loads other data: an officer adds 2027', () => {
    const cal = loadCalendar({
      '2026': { holidays: [], workdays: [] },
      '2027': { holidays: ['2027-01-01'], workdays: ['2027-01-02'] },
    });
    expect(cal.isWorkingDay('2027-01-01')).toBe(false); // Friday holiday
    expect(cal.isWorkingDay('2027-01-02')).toBe(true); // Saturday make-up
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-02');
    expect(cal.isWorkingDay('2026-02-16')).toBe(true); // this data has no 2026 holidays
  });
  it('rejects bad calendar data', () => {
    expect(() => loadCalendar({ about: 'x' })).toThrow(CalendarDataError);
    expect(() => loadCalendar({ '2026': { holidays: ['2025-01-01'], workdays: [] } })).toThrow(/not a date of 2026/);
    expect(() => loadCalendar({ '2026': { holidays: [], workdays: ['2026-02-16'] } })).toThrow(/not a Saturday or Sunday/);
    expect(() => loadCalendar({ '2026': { holidays: ['2026-02-14'], workdays: ['2026-02-14'] } })).toThrow(/both/);
    expect(() => loadCalendar({ '2025': { holidays: [], workdays: [] }, '2027': { holidays: [], workdays: [] } })).toThrow(/2026 is missing/);
  });
});
