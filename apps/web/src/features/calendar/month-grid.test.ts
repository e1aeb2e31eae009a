import { describe, expect, it } from 'vitest';
import { monthGrid, needsNoticeWarning } from './month-grid';

describe('monthGrid', () => {
  it('lays February 2027 out Monday-first with the Spring Festival days off', () => {
    const holidays = new Map([
      ['2027-02-05', '春节（除夕）'],
      ['2027-02-08', '春节'],
    ]);
    const weeks = monthGrid(2027, 2, holidays, new Map([['2027-02-20', '调休上班']]));
    // 2027-02-01 is a Monday; 28 days make exactly four weeks.
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]).toEqual({ date: '2027-02-01', day: 1, mark: 'weekday', name: '' });
    expect(weeks[0]![4]).toEqual({ date: '2027-02-05', day: 5, mark: 'holiday', name: '春节（除夕）' });
    expect(weeks[0]![5]!.mark).toBe('weekend');
    expect(weeks[2]![5]).toEqual({ date: '2027-02-20', day: 20, mark: 'workday', name: '调休上班' });
  });

  it('pads the first and last week with empty cells', () => {
    const weeks = monthGrid(2026, 11, new Map(), new Map()); // 2026-11-01 is a Sunday
    expect(weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]![6]!.date).toBe('2026-11-01');
    expect(weeks.at(-1)!.filter(Boolean).at(-1)!.date).toBe('2026-11-30');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});

describe('needsNoticeWarning', () => {
  it('warns while next year is provisional, not when only a later year is', () => {
    expect(needsNoticeWarning(2027, '2026-11-25')).toBe(true);
    expect(needsNoticeWarning(2028, '2026-11-25')).toBe(false);
    expect(needsNoticeWarning(null, '2026-11-25')).toBe(false);
  });
});
