/** 就高不重复 over columnar outcomes: the merge-based resolver against a dense reference. */
import { describe, expect, it } from 'vitest';
import { resolveGroups, type PolicyOutcome } from '../src/population/evaluate-population.js';
import type { ExclusiveGroup } from '../src/pack/types.js';
import { createRng } from '@bole/contracts';

/** The former dense algorithm: best value and winner per row, ties to the member listed first. */
function reference(groups: readonly ExclusiveGroup[], outcomes: PolicyOutcome[], n: number): void {
  for (const g of groups) {
    const best = new Float64Array(n).fill(-Infinity);
    const win = new Uint8Array(n).fill(255);
    const members = g.members.map((id) => outcomes.findIndex((o) => o.policy === id));
    members.forEach((oi, m) => {
      const o = outcomes[oi];
      if (!o) return;
      for (let k = 0; k < o.rows.length; k++) {
        const i = o.rows[k]!;
        if (o.valueFen[k]! > best[i]!) {
          best[i] = o.valueFen[k]!;
          win[i] = m;
        }
      }
    });
    members.forEach((oi, m) => {
      const o = outcomes[oi];
      if (!o) return;
      const granted = new Uint8Array(o.rows.length);
      const winner = new Uint8Array(o.rows.length).fill(255);
      for (let k = 0; k < o.rows.length; k++) {
        const w = win[o.rows[k]!]!;
        granted[k] = w === m ? 1 : 0;
        if (w !== m) winner[k] = w;
      }
      outcomes[oi] = { ...o, granted, winner, group: g };
    });
  }
}

function outcome(policy: string, n: number, r: () => number): PolicyOutcome {
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (r() < 0.4) rows.push(i);
  const values = [0, 100, 100, 500, 1000, -Infinity];
  const valueFen = Float64Array.from(rows, () => values[Math.floor(r() * values.length)]!);
  const c = rows.length;
  return {
    policy,
    period: 'once',
    rows: Int32Array.from(rows),
    amountFen: valueFen.slice(),
    months: new Int32Array(c).fill(1),
    valueFen,
    granted: new Uint8Array(c).fill(1),
    winner: new Uint8Array(c).fill(255),
    group: null,
  };
}

describe('resolveGroups', () => {
  it.each([1, 2, 3, 4])('agrees with the dense reference (seed %i)', (seed) => {
    const r = createRng(seed).next;
    const n = 2000;
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const make = (): PolicyOutcome[] => ids.map((id) => outcome(id, n, r));
    const groups: ExclusiveGroup[] = [
      { id: 'two', members: ['b', 'a'] },
      { id: 'three', members: ['c', 'd', 'e'] },
      { id: 'missing', members: ['f', 'zz'] },
      { id: 'none', members: ['yy'] },
    ];
    const base = make();
    const mine = base.slice();
    const ref = base.slice();
    resolveGroups(groups, mine, n);
    reference(groups, ref, n);
    for (let i = 0; i < ids.length; i++) {
      expect(Array.from(mine[i]!.granted), ids[i]).toEqual(Array.from(ref[i]!.granted));
      expect(Array.from(mine[i]!.winner), ids[i]).toEqual(Array.from(ref[i]!.winner));
      expect(mine[i]!.group).toBe(ref[i]!.group);
      // The inputs are replaced, never mutated.
      expect(Array.from(base[i]!.granted).every((g) => g === 1)).toBe(true);
    }
  });
});
