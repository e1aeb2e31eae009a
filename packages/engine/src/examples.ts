/** Runs the example cases that policies carry, against the per-person evaluator. */
import { evaluate } from './evaluate.js';
import type { Pack } from './pack/types.js';
import { parseProfile } from './profile.js';

/** The outcome of one example case. */
export interface ExampleOutcome {
  readonly policy: string;
  readonly name: string;
  readonly ok: boolean;
  /** What differed, e.g. `amountFen: expected 15000000, got 0`. */
  readonly mismatches: readonly string[];
}

/** Every example case of every policy, in policy then file order. */
export function listExamples(pack: Pack): { policy: string; name: string; run: () => ExampleOutcome }[] {
  return pack.policies.flatMap((p) =>
    p.doc.examples.map((ex) => ({
      policy: p.id,
      name: ex.name,
      run: (): ExampleOutcome => {
        const parsed = parseProfile(ex.profile, ex.at, pack.schema);
        if (!parsed.ok) {
          const mismatches = parsed.errors.map((e) => `input ${e.field}: ${e.message}`);
          return { policy: p.id, name: ex.name, ok: false, mismatches };
        }
        const ev = evaluate(pack, parsed.profile, ex.at);
        const r = ev.results.find((x) => x.policy === p.id)!;
        const got: Record<string, unknown> = { ...r, tier: ev.tier ?? 'none' };
        const mismatches = Object.entries(ex.expect)
          .filter(([k, v]) => got[k] !== v)
          .map(([k, v]) => `${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(got[k])}`);
        return { policy: p.id, name: ex.name, ok: mismatches.length === 0, mismatches };
      },
    })),
  );
}
