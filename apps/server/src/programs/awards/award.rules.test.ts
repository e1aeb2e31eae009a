import { describe, expect, it } from 'vitest';
import type { AwardRecord } from '@bole/contracts';
import { awardNotFinal, awardedFen, milestoneShares } from './award.rules.js';

const award = (over: Partial<AwardRecord> = {}): AwardRecord => ({
  outcome: 'awarded',
  reason: '评审排名第一',
  amountFen: 100_000_01,
  decidedBy: 'a',
  decidedAt: '2026-03-20T02:00:00Z',
  approvalId: 'x',
  confirmedBy: 'b',
  confirmedAt: '2026-03-20T03:00:00Z',
  objections: [],
  milestones: [],
  ...over,
});

describe('award arithmetic', () => {
  it('splits an award into whole-fen shares that add up to it exactly', () => {
    const split = milestoneShares(100_000_01, [
      { id: 'signing', percent: 50 },
      { id: 'midterm', percent: 50 },
    ]);
    expect([...split.values()]).toEqual([50_000_01, 50_000_00]);
    const thirds = milestoneShares(100, [
      { id: 'a', percent: 33 },
      { id: 'b', percent: 33 },
      { id: 'c', percent: 34 },
    ]);
    expect([...thirds.values()].reduce((s, x) => s + x, 0)).toBe(100);
    const odd = milestoneShares(7, [
      { id: 'a', percent: 30 },
      { id: 'b', percent: 30 },
      { id: 'c', percent: 40 },
    ]);
    expect(Object.fromEntries(odd)).toEqual({ a: 2, b: 2, c: 3 });
  });

  it('counts every award against the budget, confirmed or not, and nothing for the others', () => {
    expect(awardedFen([award(), award({ confirmedBy: null, amountFen: 5 }), award({ outcome: 'not_awarded', amountFen: 0 }), null])).toBe(100_000_06);
  });

  it('pays an award only once it is confirmed, its notice is over and no objection is open', () => {
    const notice = { startsOn: '2026-03-23', endsOn: '2026-03-27' };
    expect(awardNotFinal(award({ confirmedBy: null }), notice, '2026-03-30')).toBe('unconfirmed');
    expect(awardNotFinal(award(), null, '2026-03-30')).toBe('notice_not_published');
    expect(awardNotFinal(award(), notice, '2026-03-27')).toBe('notice_running');
    const open = {
      id: 'o',
      name: '某',
      contactEnc: '',
      reason: '',
      filedAt: '',
      status: 'open' as const,
      resolution: null,
      resolvedBy: null,
      resolvedAt: null,
    };
    expect(awardNotFinal(award({ objections: [open] }), notice, '2026-03-30')).toBe('open_objections');
    expect(awardNotFinal(award(), notice, '2026-03-30')).toBeNull();
    expect(awardNotFinal(award({ outcome: 'not_awarded' }), notice, '2026-03-30')).toBe('not_awarded');
  });
});
