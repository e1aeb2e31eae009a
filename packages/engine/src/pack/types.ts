/** Compiled pack types: what `loadPack` produces and the evaluators consume. */
import type { Compiled, ParamValue } from '../cel/compile-trace.js';
import type { Kernel, TierKernel } from '../cel/compile-kernel.js';
import type { Expr } from '../cel/ir.js';
import type { ClassificationDoc, PolicyDoc } from './document.schema.js';
import type { Schema } from '../schema.js';

/** A dated parameter with values converted to engine units (fen for yuan). */
export interface CompiledParam {
  readonly name: string;
  readonly type: 'int' | 'money';
  readonly key?: string;
  readonly reference: string;
  /** Sorted by `from` (day number); a map value is a 256-slot table indexed by enum code. */
  readonly values: readonly { readonly from: number; readonly value: ParamValue }[];
}

/** One compiled eligibility condition. */
export interface CompiledCondition {
  readonly src: string;
  readonly label?: { readonly zh: string; readonly en: string };
  readonly expr: Expr;
  readonly run: Compiled;
}

/** A policy compiled into both forms. */
export interface CompiledPolicy {
  readonly id: string;
  readonly doc: PolicyDoc;
  readonly file: string;
  readonly windowFrom: number;
  readonly windowTo: number | null;
  readonly params: readonly CompiledParam[];
  readonly paramIndex: ReadonlyMap<string, number>;
  readonly conditions: readonly CompiledCondition[];
  readonly amount: { readonly expr: Expr; readonly run: Compiled };
  readonly months: { readonly expr: Expr; readonly run: Compiled };
  readonly kernel: Kernel;
}

/** One row of the compiled classification table. */
export interface CompiledTierRow {
  readonly tier: string;
  readonly code: number;
  readonly label?: { readonly zh: string; readonly en: string };
  readonly src: string;
  readonly expr: Expr;
  readonly run: Compiled;
}

/** The classification table in both forms. */
export interface CompiledClassification {
  readonly doc: ClassificationDoc;
  readonly rows: readonly CompiledTierRow[];
  readonly kernel: TierKernel;
}

/** An exclusive group: members in listed order (earlier wins ties). */
export interface ExclusiveGroup {
  readonly id: string;
  readonly members: readonly string[];
}

/** A loaded, checked and compiled policy pack. Immutable; reforms copy on write. */
export interface Pack {
  /** The enums the pack was checked against: the generic ones and its city's districts and chains. */
  readonly schema: Schema;
  readonly classification: CompiledClassification;
  /** Policies sorted by id. */
  readonly policies: readonly CompiledPolicy[];
  readonly groups: readonly ExclusiveGroup[];
}

/** An authoring error with its location. */
export interface PackError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}
