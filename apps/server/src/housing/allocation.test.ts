import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { allocateRound, eligibleListHash, lotteryNumber, type RoundInputs } from './allocation.js';
import { checkRound } from './allocation-check.js';

const seed = 'a'.repeat(64);

function round(eligible: RoundInputs['eligible'], stock: RoundInputs['stock']): RoundInputs {
  return { round: 'HR2026-01', seed, stock, eligible };
}

function publishedOf(inputs: RoundInputs) {
  const result = allocateRound(inputs);
  return { inputs: { ...inputs, eligibleHash: eligibleListHash(inputs.eligible) }, result };
}

describe('housing allocation', () => {
  it('gives anyone the lottery number sha256sum of "seed|round|number" gives', () => {
    const expected = createHash('sha256').update(`${seed}|HR2026-01|HR2026-01-000001`).digest('hex');
    expect(lotteryNumber(seed, 'HR2026-01', 'HR2026-01-000001')).toBe(expected);
  });

  it('serves tier A before tier E whatever their lottery numbers, and lottery order within a tier', () => {
    const eligible = ['1', '2', '3', '4', '5', '6'].map((n, i) => ({ applicationNumber: `N${n}`, tier: i < 2 ? 'E' : i < 4 ? 'A' : null, choices: ['P/one'] }));
    const { placements } = allocateRound(round(eligible, [{ unitType: 'P/one', units: ['u1', 'u2', 'u3'] }]));
    expect(placements.map((p) => p.tier)).toEqual(['A', 'A', 'E', 'E', null, null]);
    for (let i = 1; i < placements.length; i++) {
      if (placements[i]!.tier === placements[i - 1]!.tier) expect(placements[i]!.lottery > placements[i - 1]!.lottery).toBe(true);
    }
    expect(placements.filter((p) => p.unit).map((p) => p.position)).toEqual([1, 2, 3]);
  });

  it('walks each applicant’s choices in order, publishes each type’s cutoff and says why a choice was missed', () => {
    const stock = [
      { unitType: 'P/one', units: ['u1'] },
      { unitType: 'P/two', units: ['u2', 'u3'] },
    ];
    const eligible = ['a', 'b', 'c', 'd'].map((n) => ({ applicationNumber: n, tier: 'C', choices: ['P/one', 'X/none', 'P/two'] }));
    const { placements, cutoffs } = allocateRound(round(eligible, stock));
    const [first, second, , last] = placements;
    expect(first!.why).toEqual([{ unitType: 'P/one', outcome: 'allocated', unit: 'u1' }]);
    expect(first!.choiceRank).toBe(1);
    expect(second!.why).toEqual([
      { unitType: 'P/one', outcome: 'full', cutoffPosition: 1 },
      { unitType: 'X/none', outcome: 'not_in_round' },
      { unitType: 'P/two', outcome: 'allocated', unit: 'u2' },
    ]);
    expect(last!.unit).toBeNull();
    expect(last!.why.map((w) => w.outcome)).toEqual(['full', 'not_in_round', 'full']);
    expect(cutoffs).toEqual([
      { unitType: 'P/one', units: 1, allocated: 1, lastPosition: 1, lastTier: 'C', lastLottery: first!.lottery },
      { unitType: 'P/two', units: 2, allocated: 2, lastPosition: 3, lastTier: 'C', lastLottery: placements[2]!.lottery },
    ]);
  });

  it('leaves the cutoff open when a type still had units after everyone was served', () => {
    const { cutoffs } = allocateRound(round([{ applicationNumber: 'a', tier: 'A', choices: ['P/one'] }], [{ unitType: 'P/one', units: ['u1', 'u2'] }]));
    expect(cutoffs[0]).toMatchObject({ allocated: 1, lastPosition: null, lastLottery: null });
  });
});

describe('the independent re-check', () => {
  const arbitraryRound = fc
    .record({
      types: fc.integer({ min: 1, max: 6 }),
      sizes: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }),
      applicants: fc.array(
        fc.record({ tier: fc.constantFrom('A', 'B', 'C', 'D', 'E', null), choices: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }) }),
        { maxLength: 40 },
      ),
      seed: fc.string({ minLength: 1, maxLength: 10 }),
    })
    .map(({ types, sizes, applicants, seed: s }) => ({
      round: 'R',
      seed: s,
      stock: Array.from({ length: types }, (_, t) => ({ unitType: `T${t}`, units: Array.from({ length: sizes[t]! }, (_, u) => `T${t}-${u}`) })),
      eligible: applicants.map((a, i) => ({ applicationNumber: `R-${i}`, tier: a.tier, choices: a.choices.map((c) => `T${c}`) })),
    }));

  it('agrees with the allocation on any round', () => {
    fc.assert(
      fc.property(arbitraryRound, (inputs) => {
        const p = publishedOf(inputs);
        expect(checkRound(p.inputs, p.result)).toMatchObject({ agrees: true, differences: [] });
      }),
    );
  });

  it('finds a swapped unit, a changed lottery number and an eligible list that is not the one committed to', () => {
    const eligible = ['a', 'b', 'c'].map((n) => ({ applicationNumber: n, tier: 'B', choices: ['P/one'] }));
    const p = publishedOf(round(eligible, [{ unitType: 'P/one', units: ['u1', 'u2'] }]));
    const [x, y, z] = p.result.placements;
    const swapped = { ...p.result, placements: [{ ...x!, unit: y!.unit }, { ...y!, unit: x!.unit }, z!] };
    expect(checkRound(p.inputs, swapped).differences).toHaveLength(2);
    const relabelled = { ...p.result, placements: [{ ...x!, lottery: '0'.repeat(64) }, y!, z!] };
    expect(checkRound(p.inputs, relabelled).differences[0]).toContain('lottery number');
    const extra = { ...p.inputs, eligible: [...p.inputs.eligible, { applicationNumber: 'd', tier: 'A', choices: ['P/one'] }] };
    const report = checkRound(extra, p.result);
    expect(report.agrees).toBe(false);
    expect(report.differences[0]).toContain('published hash');
  });
});
