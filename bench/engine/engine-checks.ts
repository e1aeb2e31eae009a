/**
 * Correctness before speed: every implementation's per-person outcome is compared with the
 * literal reference (`referencePerson`), and the two columnar implementations (engine and
 * hand-written kernel) are compared with each other on every person. Disagreements are
 * collected with the person, date, policy and both answers so they can be reported.
 */
import { diffOutcomes, type PersonOutcome } from './pack-common.js';

/** One person on which an implementation disagrees with the reference. */
export interface Disagreement {
  readonly impl: string;
  readonly at: string;
  readonly person: number;
  /** `policy: reference vs implementation` lines. */
  readonly diffs: readonly string[];
}

/** Collects disagreements and counts comparisons per implementation. */
export class Checks {
  readonly found: Disagreement[] = [];
  readonly compared = new Map<string, number>();

  /** Compares `actual` from `impl` with `expected` for person `i` at `at`. */
  compare(impl: string, at: string, i: number, expected: PersonOutcome, actual: PersonOutcome): void {
    this.compared.set(impl, (this.compared.get(impl) ?? 0) + 1);
    const diffs = diffOutcomes(expected, actual);
    if (diffs.length > 0) this.found.push({ impl, at, person: i, diffs });
  }

  /** Records `count` people compared column-wise, of whom `mismatched` are compared in full. */
  columnar(
    impl: string,
    at: string,
    count: number,
    mismatched: readonly number[],
    expected: (i: number) => PersonOutcome,
    actual: (i: number) => PersonOutcome,
  ): void {
    for (const i of mismatched) this.compare(impl, at, i, expected(i), actual(i));
    this.compared.set(impl, (this.compared.get(impl) ?? 0) + count - mismatched.length);
  }

  /** Records two outputs of `count` people compared as bytes (one disagreement when they differ). */
  sameBytes(impl: string, at: string, count: number, identical: boolean): void {
    this.compared.set(impl, (this.compared.get(impl) ?? 0) + count);
    if (!identical) this.found.push({ impl, at, person: -1, diffs: ['the result lines or the messages differ'] });
  }

  /** Runs `compare` over `count` people with a synchronous implementation. */
  all(impl: string, at: string, count: number, expected: (i: number) => PersonOutcome, actual: (i: number) => PersonOutcome): void {
    for (let i = 0; i < count; i++) this.compare(impl, at, i, expected(i), actual(i));
  }

  /** Same as `all` for an asynchronous implementation, one person at a time. */
  async allAsync(
    impl: string,
    at: string,
    count: number,
    expected: (i: number) => PersonOutcome,
    actual: (i: number) => Promise<PersonOutcome>,
  ): Promise<void> {
    for (let i = 0; i < count; i++) this.compare(impl, at, i, expected(i), await actual(i));
  }

  /** A report: comparisons per implementation, then up to `max` examples per implementation. */
  report(max = 5, profileOf?: (i: number) => unknown): string[] {
    const lines = [...this.compared].map(([impl, n]) => {
      const bad = this.found.filter((d) => d.impl === impl).length;
      return `  ${impl.padEnd(34)} ${String(n).padStart(9)} people compared, ${bad === 0 ? 'all agree' : `${bad} DISAGREE`}`;
    });
    for (const impl of new Set(this.found.map((d) => d.impl))) {
      for (const d of this.found.filter((x) => x.impl === impl).slice(0, max)) {
        lines.push(`  ✗ ${impl} at ${d.at}, person p${d.person} (expected vs ${impl.includes(' vs ') ? 'engine' : impl}):`);
        for (const x of d.diffs) lines.push(`      ${x}`);
        if (profileOf) lines.push(`      profile: ${JSON.stringify(profileOf(d.person))}`);
      }
    }
    return lines;
  }
}
