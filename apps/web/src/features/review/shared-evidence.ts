/** One file offered as proof of several different things: the reviewer is told to look twice. */
import type { ApplicationRequirement } from '@bole/contracts';

/**
 * The files (by content hash) attached to requirements of two or more different evidence kinds —
 * a degree certificate also filed as the employment contract, say. The same file for two
 * requirements of one kind is not flagged.
 */
export function filesUsedForSeveralKinds(requirements: readonly Pick<ApplicationRequirement, 'kind' | 'evidence'>[]): Set<string> {
  const kindsOf = new Map<string, Set<string>>();
  for (const r of requirements) {
    for (const e of r.evidence) {
      const kinds = kindsOf.get(e.sha256) ?? new Set<string>();
      kinds.add(r.kind ?? e.kind);
      kindsOf.set(e.sha256, kinds);
    }
  }
  return new Set([...kindsOf].filter(([, kinds]) => kinds.size > 1).map(([sha]) => sha));
}
