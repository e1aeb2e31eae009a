import { describe, expect, it } from 'vitest';
import { cockpitPeriod } from '@bole/contracts';
import { periodKind, periodRange, previousPeriod } from './period.js';

describe('cockpit periods', () => {
  it('turn a year, a quarter and a month into dates, the last day excluded', () => {
    expect(periodRange('2026')).toEqual({ from: '2026-01-01', to: '2027-01-01', months: 12 });
    expect(periodRange('2026-Q4')).toEqual({ from: '2026-10-01', to: '2027-01-01', months: 3 });
    expect(periodRange('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-07-01', months: 3 });
    expect(periodRange('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01', months: 1 });
    expect(periodRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-03-01', months: 1 });
  });

  it('refuse anything else', () => {
    for (const bad of ['2026-Q5', '2026-13', '26', '2026-1', 'last year', '0870', '0870-Q1', '2100']) expect(cockpitPeriod.safeParse(bad).success).toBe(false);
  });

  it('know the period before, of the same kind, across a year’s end', () => {
    expect(['2026', '2026-Q3', '2026-Q1', '2026-07', '2026-01'].map(previousPeriod)).toEqual(['2025', '2026-Q2', '2025-Q4', '2026-06', '2025-12']);
    expect(['2026', '2026-Q3', '2026-07'].map(periodKind)).toEqual(['year', 'quarter', 'month']);
  });
});
