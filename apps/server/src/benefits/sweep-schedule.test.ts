import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../calendar/working-days.js';
import { nextSweepDate } from './sweep-schedule.js';

describe('the next 免申即享 sweep date', () => {
  it('is the first working day of the next month, past weekends and the New Year holiday', () => {
    expect(nextSweepDate('2026-07-15', addWorkingDays)).toBe('2026-08-03'); // 1 August 2026 is a Saturday
    expect(nextSweepDate('2026-09-01', addWorkingDays)).toBe('2026-10-08'); // National Day week
    expect(nextSweepDate('2025-12-31', addWorkingDays)).toBe('2026-01-04'); // 1–3 January off, the 4th a make-up workday
  });

  it('is the 1st when the calendar does not cover the month', () => {
    const uncovered = () => {
      throw new Error('out of range');
    };
    expect(nextSweepDate('2031-12-20', uncovered)).toBe('2032-01-01');
  });
});
