/**
 * Compiles checked expressions into columnar kernels: one fused JavaScript loop per policy
 * over the population's typed-array columns, generated once at load time. Only engine-made
 * identifiers and numbers reach the generated source (enum strings are already codes), so
 * policy text can never inject code. Missing values keep their column sentinels and every
 * comparison with a missing value is false, as in the per-person evaluator; a condition reading
 * a yes/no field that is not known fails.
 */
import { NO_DATE, earliestWithin } from '../dates.js';
import { NO_ENUM } from '../schema.js';
import type { Expr } from './ir.js';
import { ALL_VARS, SLOT, UNKNOWN_BOOL, unknownBoolSlots } from './values.js';

/** Helpers the generated code may call. */
export const KERNEL_HELPERS = { earliestWithin } as const;

/**
 * A compiled kernel over rows 0..n-1: for each row where every condition holds, in row order,
 * appends the row index to `idx`, its amount (fen) to `amt` and its duration cap (months) to
 * `mon`; returns how many rows it appended.
 */
export type Kernel = (
  cols: readonly ArrayLike<number>[],
  n: number,
  at: number,
  params: readonly (number | Float64Array)[],
  idx: Int32Array,
  amt: Float64Array,
  mon: Int32Array,
) => number;

/** A tier kernel: writes the first matching row's tier code (or 255) into `out`. */
export type TierKernel = (cols: readonly ArrayLike<number>[], n: number, at: number, out: Uint8Array) => void;

class Codegen {
  readonly temps: string[] = [];
  readonly hoisted: string[] = [];
  readonly slots = new Set<number>();
  readonly params = new Set<number>();

  constructor(private readonly paramIndex: ReadonlyMap<string, number>) {}

  private temp(): string {
    const t = `t${this.temps.length}`;
    this.temps.push(t);
    return t;
  }

  private sentinelTest(e: Expr, t: string): string {
    if (!e.nullable) return 'true';
    if (e.t === 'date') return `${t} !== ${NO_DATE}`;
    if (e.t === 'string') return `${t} >= 0`;
    return `${t} !== ${NO_ENUM}`;
  }

  private pIndex(name: string): number {
    const i = this.paramIndex.get(name);
    if (i === undefined) throw new Error(`no parameter ${name}`);
    this.params.add(i);
    return i;
  }

  gen(e: Expr): string {
    switch (e.k) {
      case 'lit':
        return e.v === null ? 'null' : String(e.v);
      case 'var': {
        if (e.name === 'at') return 'at';
        const slot = SLOT.get(e.name)!;
        this.slots.add(slot);
        return ALL_VARS[slot]!.storage === 'bool' ? `(c${slot}[i] !== 0)` : `c${slot}[i]`;
      }
      case 'param':
        return `p${this.pIndex(e.name)}`;
      case 'paramAt':
        return `p${this.pIndex(e.name)}[${this.gen(e.key)}]`;
      case 'not':
        return `!(${this.gen(e.a)})`;
      case 'and':
        return `(${this.gen(e.a)} && ${this.gen(e.b)})`;
      case 'or':
        return `(${this.gen(e.a)} || ${this.gen(e.b)})`;
      case 'cond':
        return `(${this.gen(e.c)} ? ${this.gen(e.a)} : ${this.gen(e.b)})`;
      case 'arith':
        return `(${this.gen(e.a)} ${e.op} ${this.gen(e.b)})`;
      case 'minmax':
        return `Math.${e.op}(${this.gen(e.a)}, ${this.gen(e.b)})`;
      case 'cmp': {
        const op = e.op === '==' ? '===' : e.op === '!=' ? '!==' : e.op;
        if (!e.a.nullable && !e.b.nullable) return `(${this.gen(e.a)} ${op} ${this.gen(e.b)})`;
        const ta = this.temp();
        const tb = this.temp();
        return `((${ta} = ${this.gen(e.a)}), (${tb} = ${this.gen(e.b)}), ${this.sentinelTest(e.a, ta)} && ${this.sentinelTest(e.b, tb)} && ${ta} ${op} ${tb})`;
      }
      case 'isNull': {
        const t = this.temp();
        return `((${t} = ${this.gen(e.a)}), ${e.negate ? '' : '!'}(${this.sentinelTest(e.a, t)}))`;
      }
      case 'inList': {
        if (e.codes.length === 0) return 'false';
        const t = this.temp();
        return `((${t} = ${this.gen(e.a)}), ${e.codes.map((c) => `${t} === ${c}`).join(' || ')})`;
      }
      case 'hasSet':
        return `((${this.gen(e.set)} & ${1 << e.bit}) !== 0)`;
      case 'within': {
        const t = this.temp();
        let lo: string;
        if (e.n.k === 'lit' || e.n.k === 'param') {
          lo = `w${this.hoisted.length}`;
          this.hoisted.push(`const ${lo} = H.earliestWithin(${this.gen(e.n)}, '${e.unit}', at);`);
        } else {
          lo = `H.earliestWithin(${this.gen(e.n)}, '${e.unit}', at)`;
        }
        return `((${t} = ${this.gen(e.date)}), ${t} !== ${NO_DATE} && ${t} <= at && ${t} >= ${lo})`;
      }
    }
  }

  /**
   * The test that a yes/no field `e` reads is not known (`||`: any is unknown) or that none is
   * (`&&`), followed by the operator, or '' when it reads none: a condition fails on such a row.
   */
  unknownGuard(e: Expr, op: '||' | '&&'): string {
    return unknownBoolSlots(e)
      .map((s) => {
        this.slots.add(s);
        return op === '||' ? `c${s}[i] === ${UNKNOWN_BOOL} || ` : `c${s}[i] !== ${UNKNOWN_BOOL} && `;
      })
      .join('');
  }

  prologue(): string {
    const lines = [...this.slots].map((s) => `const c${s} = cols[${s}];`);
    lines.push(...[...this.params].map((p) => `const p${p} = P[${p}];`));
    lines.push(...this.hoisted);
    if (this.temps.length > 0) lines.push(`let ${this.temps.join(', ')};`);
    return lines.join('\n');
  }
}

/** The parts of a policy the kernel needs. */
export interface KernelSpec {
  readonly conditions: readonly Expr[];
  readonly amount: Expr;
  readonly months: Expr;
}

/** Generates the kernel of one policy. */
export function compileKernel(spec: KernelSpec, paramIndex: ReadonlyMap<string, number>): Kernel {
  const g = new Codegen(paramIndex);
  const conds = spec.conditions.map((c) => `if (${g.unknownGuard(c, '||')}!${g.gen(c)}) continue;`);
  const amount = spec.amount.t === 'int' ? `(${g.gen(spec.amount)}) * 100` : g.gen(spec.amount);
  const months = g.gen(spec.months);
  const body = `${g.prologue()}
let k = 0;
for (let i = 0; i < n; i++) {
${conds.join('\n')}
idx[k] = i;
amt[k] = ${amount};
mon[k] = ${months};
k++;
}
return k;`;
  const f = new Function('H', 'cols', 'n', 'at', 'P', 'idx', 'amt', 'mon', body) as (h: typeof KERNEL_HELPERS, ...rest: Parameters<Kernel>) => number;
  return (cols, n, at, params, idx, amt, mon) => f(KERNEL_HELPERS, cols, n, at, params, idx, amt, mon);
}

/** Generates the classification kernel: first row whose condition holds wins. */
export function compileTierKernel(rows: readonly { code: number; when: Expr }[]): TierKernel {
  const g = new Codegen(new Map());
  const tests = rows.map((r) => `if (${g.unknownGuard(r.when, '&&')}${g.gen(r.when)}) { out[i] = ${r.code}; continue; }`);
  const body = `${g.prologue()}
for (let i = 0; i < n; i++) {
${tests.join('\n')}
out[i] = ${NO_ENUM};
}`;
  const f = new Function('H', 'cols', 'n', 'at', 'out', body) as (h: typeof KERNEL_HELPERS, ...rest: Parameters<TierKernel>) => void;
  return (cols, n, at, out) => f(KERNEL_HELPERS, cols, n, at, out);
}
