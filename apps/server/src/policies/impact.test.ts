import { describe, expect, it } from 'vitest';
import type { PolicyOutcome, PopulationEvaluation } from '@bole/engine';
import { compareEvaluations } from './impact.js';

/** An outcome where `rows` are eligible with the given amounts (fen); `displaced` rows are not granted. */
function outcome(
  policy: string,
  period: 'once' | 'month',
  grants: [row: number, amountFen: number, months: number][],
  displaced: number[] = [],
): PolicyOutcome {
  return {
    policy,
    period,
    rows: Int32Array.from(grants.map((g) => g[0])),
    amountFen: Float64Array.from(grants.map((g) => g[1])),
    months: Int32Array.from(grants.map((g) => g[2])),
    valueFen: Float64Array.from(grants.map((g) => (period === 'month' ? g[1] * g[2] : g[1]))),
    granted: Uint8Array.from(grants.map((g) => (displaced.includes(g[0]) ? 0 : 1))),
    winner: new Uint8Array(grants.length).fill(255),
    group: null,
  };
}
const ev = (size: number, outcomes: PolicyOutcome[]): PopulationEvaluation => ({ at: '2026-07-15', size, tier: new Uint8Array(size), outcomes });

describe('compareEvaluations', () => {
  const district = (i: number) => ['天元区', '攸县', '攸县', 'none'][i]!;
  const chain = (i: number) => ['rail', 'rail', 'auto', 'none'][i]!;

  it('counts gainers, losers and changes per policy and per person, and the annual delta', () => {
    const before = ev(4, [
      outcome('a', 'once', [
        [0, 100, 1],
        [1, 100, 1],
      ]),
      outcome('b', 'month', [[2, 10, 36]]),
    ]);
    // a: row 0 up, row 1 lost, row 2 new; b: row 2 displaced now (moved to a), row 3 untouched.
    const after = ev(4, [
      outcome('a', 'once', [
        [0, 150, 1],
        [2, 200, 1],
      ]),
      outcome('b', 'month', [[2, 10, 36]], [2]),
    ]);
    const impact = compareEvaluations(before, after, district, chain);
    expect(impact.policies).toEqual([
      {
        policy: 'a',
        gainers: 2,
        losers: 1,
        changed: 3,
        budgetDeltaFen: 50 - 100 + 200,
        grantedBefore: 2,
        grantedAfter: 2,
        annualBeforeFen: 200,
        annualAfterFen: 350,
      },
      { policy: 'b', gainers: 0, losers: 1, changed: 1, budgetDeltaFen: -120, grantedBefore: 1, grantedAfter: 0, annualBeforeFen: 120, annualAfterFen: 0 },
    ]);
    // Per person: row 0 +50, row 1 −100, row 2 +200 −120 = +80.
    expect(impact.total).toEqual({ gainers: 2, losers: 1, changed: 3, budgetDeltaFen: 30 });
    expect(impact.total.budgetDeltaFen).toBe(impact.policies.reduce((s, p) => s + p.budgetDeltaFen, 0));
    expect(impact.byDistrict).toEqual([
      { key: '天元区', gainers: 1, losers: 0, changed: 1, budgetDeltaFen: 50 },
      { key: '攸县', gainers: 1, losers: 1, changed: 2, budgetDeltaFen: -20 },
    ]);
    expect(impact.byChain.map((c) => c.key).sort()).toEqual(['auto', 'rail']);
  });

  it('lists an unchanged policy only when asked', () => {
    const same = ev(1, [outcome('a', 'once', [[0, 100, 1]])]);
    expect(compareEvaluations(same, same, district, chain).policies).toEqual([]);
    expect(compareEvaluations(same, same, district, chain, new Set(['a'])).policies[0]).toMatchObject({ policy: 'a', changed: 0, budgetDeltaFen: 0 });
  });
});
