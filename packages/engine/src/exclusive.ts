/** 就高不重复: inside an exclusive group only the eligible member of highest value is granted. */
import type { ExclusiveGroup } from './pack/types.js';

/**
 * For each displaced policy, the id of the group member that won. `valueOf` returns a member's
 * value when eligible, null otherwise. Ties go to the member listed first.
 */
export function resolveGroupWinners(groups: readonly ExclusiveGroup[], valueOf: (policy: string) => number | null): Map<string, string> {
  const displaced = new Map<string, string>();
  for (const g of groups) {
    let winner: string | null = null;
    let best = -Infinity;
    for (const m of g.members) {
      const v = valueOf(m);
      if (v !== null && v > best) {
        best = v;
        winner = m;
      }
    }
    if (winner === null) continue;
    for (const m of g.members) if (m !== winner && valueOf(m) !== null) displaced.set(m, winner);
  }
  return displaced;
}
