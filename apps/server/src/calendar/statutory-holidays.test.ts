import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './working-days.js';
import { cityCalendarOf, workingDaysInYear } from './city-calendar.js';
import { nameDays, provisionalYear, statutoryHolidays } from './statutory-holidays.js';

const dates = (days: { date: string }[]) => days.map((d) => d.date);

describe('statutoryHolidays (《全国年节及纪念日放假办法》, 2024 revision)', () => {
  it('gives the 13 statutory days of 2027 from the lunar calendar and the Qingming solar term', () => {
    // 2027 Spring Festival (正月初一) is Saturday 2027-02-06, so 除夕 (腊月廿九, a short month) is 02-05;
    // 端午 (五月初五) 06-09; 中秋 (八月十五) 09-15; 清明 04-05.
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节（除夕）' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ]);
  });

  it('agrees with the State Council notices of 2025 and 2026: every statutory day is a day off there', () => {
    for (const year of [2025, 2026]) {
      for (const s of statutoryHolidays(year)) expect(defaultCalendar.isWorkingDay(s.date), `${s.date} ${s.name}`).toBe(false);
    }
    expect(dates(statutoryHolidays(2026)).filter((d) => d.startsWith('2026-02'))).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']);
    expect(dates(statutoryHolidays(2025))).toContain('2025-10-06'); // 中秋 2025
  });
});

describe('provisionalYear', () => {
  it('makes up statutory days on a weekend on the next working days (补休) and has no 调休 workdays', () => {
    const p = provisionalYear(2027);
    expect(p.workdays).toEqual([]);
    expect(dates(p.holidays)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-05-03',
      '2027-05-04',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
      '2027-10-04',
      '2027-10-05',
    ]);
    expect(p.holidays.find((d) => d.date === '2027-02-09')?.name).toBe('春节（补休）');
    expect(p.holidays.find((d) => d.date === '2027-10-05')?.name).toBe('国庆节（补休）');
  });

  it('owes two days when two holidays fall on one date (中秋 on 10-01 in 2020)', () => {
    const p = provisionalYear(2020);
    expect(
      statutoryHolidays(2020)
        .filter((s) => s.date === '2020-10-01')
        .map((s) => s.name)
        .sort(),
    ).toEqual(['中秋节', '国庆节']);
    // Thu 10-01 (two holidays), Fri 10-02, Sat 10-03 → made up on Mon 10-05 and Tue 10-06.
    expect(dates(p.holidays).filter((d) => d.startsWith('2020-10'))).toEqual(['2020-10-01', '2020-10-02', '2020-10-03', '2020-10-05', '2020-10-06']);
  });

  it('keeps the number of working days of the official years (a 调休 swap moves a day, it adds none)', () => {
    for (const year of [2025, 2026]) {
      const p = provisionalYear(year);
      const cal = cityCalendarOf([
        { year, kind: 'provisional', holidays: p.holidays, workdays: [], source: '', loadedByName: 'system', loadedAt: new Date(0) },
      ]);
      expect(workingDaysInYear(cal, year)).toBe(workingDaysInYear(defaultCalendar, year));
    }
    const p27 = provisionalYear(2027);
    const cal27 = cityCalendarOf([
      { year: 2027, kind: 'provisional', holidays: p27.holidays, workdays: [], source: '', loadedByName: 'system', loadedAt: new Date(0) },
    ]);
    expect(workingDaysInYear(cal27, 2027)).toBe(248); // 261 weekdays − 13 statutory days off on weekdays (补休 included)
  });
});

describe('nameDays', () => {
  it('names each run of days off after the statutory holidays in it, and make-up days 调休上班', () => {
    const named = nameDays(
      2025,
      ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08', '2025-12-31'].map((date) => ({
        date,
        name: '',
      })),
      [{ date: '2025-09-28', name: '' }],
    );
    expect(named.holidays[0]).toEqual({ date: '2025-10-01', name: '国庆节、中秋节' });
    expect(named.holidays[7]).toEqual({ date: '2025-10-08', name: '国庆节、中秋节' });
    expect(named.holidays[8]).toEqual({ date: '2025-12-31', name: '' });
    expect(named.workdays).toEqual([{ date: '2025-09-28', name: '调休上班' }]);
  });
});
