/**
 * Which profile facts a policy's eligibility reads: the facts a reviewer confirms by approving an
 * application for it, and the ones a decision page marks as declared or verified.
 */
import { varsOf } from './cel/ir.js';
import type { CompiledClassification, CompiledPolicy } from './pack/types.js';
import { PROFILE_VARS } from './schema.js';

const STORED = new Set(PROFILE_VARS.map((v) => v.name));

/**
 * The stored profile variables a policy's conditions read, in first-seen order (parameters and
 * the derived `at`, `age` and `tier` left out: `age` comes from the birth date on the ID number,
 * `tier` from recognition). `employedInCity` and `employer.*` stand for the talent's employer.
 */
export function factsReadBy(policy: CompiledPolicy): string[] {
  const out: string[] = [];
  for (const c of policy.conditions) varsOf(c.expr, out);
  return out.filter((name) => STORED.has(name));
}

/** Per condition, by its source text (as the trace names it), the stored variables it reads. */
export function factsReadByCondition(policy: CompiledPolicy): Map<string, string[]> {
  return new Map(
    policy.conditions.map((c) => {
      const vars: string[] = [];
      varsOf(c.expr, vars);
      return [c.src, vars.filter((name) => STORED.has(name))];
    }),
  );
}

/**
 * Per classification row, by its text as the trace names it (`A: …`), the stored variables it
 * reads: the facts a recognition's proposed tier rests on.
 */
export function factsReadByTierRow(classification: CompiledClassification): Map<string, string[]> {
  return new Map(
    classification.rows.map((r) => {
      const vars: string[] = [];
      varsOf(r.expr, vars);
      return [`${r.tier}: ${r.src}`, vars.filter((name) => STORED.has(name))];
    }),
  );
}
