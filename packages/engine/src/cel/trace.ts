/** The trace the per-person evaluator records for each condition it evaluates. */
import type { CmpOp } from './ir.js';

/** Why an atom failed and what would have passed. Values are display strings. */
export type Hint =
  | { kind: 'compare'; subject: string; op: CmpOp; need: string; have: string }
  | { kind: 'missing'; subject: string }
  | { kind: 'onOrAfter'; subject: string; date: string }
  | { kind: 'onOrBefore'; subject: string; date: string }
  | { kind: 'oneOf'; subject: string; values: string[]; have: string; negate: boolean }
  | { kind: 'has'; subject: string; value: string; negate: boolean }
  | { kind: 'mustBe'; subject: string; value: boolean }
  | { kind: 'presence'; subject: string; present: boolean };

/** One elementary test (comparison, membership, `within`, boolean field) and what it saw. */
export interface AtomTrace {
  readonly expr: string;
  readonly pass: boolean;
  /** Each variable the atom read and its value, as display strings. */
  readonly seen: Readonly<Record<string, string>>;
  readonly hint?: Hint;
}

/** One eligibility condition of a policy (or the window, or a classification row). */
export interface ConditionTrace {
  readonly expr: string;
  readonly label?: { readonly zh: string; readonly en: string };
  readonly pass: boolean;
  readonly atoms: readonly AtomTrace[];
}
