import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dates } from '../src/index.js';

const { addMonths, addYears, ageAt, civilFromDays, daysFromCivil, within, earliestWithin } = dates;

/** Reference month addition through the JS Date API (UTC), clamping to the month's last day. */
function refAddMonths(day: number, n: number): number {
  const t = new Date(day * 86_400_000);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(t.getUTCDate(), last)) / 86_400_000);
}

const day = fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2100, 12, 31) });

describe('date arithmetic properties', () => {
  it('civil <-> day number round-trips and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(day, (d) => {
        const [y, m, dd] = civilFromDays(d);
        expect(daysFromCivil(y, m, dd)).toBe(d);
        expect(Date.UTC(y, m - 1, dd) / 86_400_000).toBe(d);
      }),
      { numRuns: 5000 },
    );
  });

  it('addMonths matches a Date-based reference', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -240, max: 240 }), (d, n) => addMonths(d, n) === refAddMonths(d, n)),
      { numRuns: 5000 },
    );
  });

  it('age is the largest k with birth + k years <= at', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40_000 }), (birth, span) => {
        const at = birth + span;
        const k = ageAt(birth, at);
        return addYears(birth, k) <= at && addYears(birth, k + 1) > at;
      }),
      { numRuns: 5000 },
    );
  });

  it('earliestWithin is the exact lower bound of "within"', () => {
    const unit = fc.constantFrom('days' as const, 'months' as const, 'years' as const);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), unit, fc.integer({ min: -2000, max: 2000 }), (at, n, u, offset) => {
        const lo = earliestWithin(n, u, at);
        const d = at + offset;
        return within(d, n, u, at) === (d >= lo && d <= at);
      }),
      { numRuns: 5000 },
    );
  });
});
