/**
 * Compiles checked expressions into per-person closures. With `ctx.trace` set, every atom
 * (comparison, membership, `within`, boolean field) appends what it saw and, when it did not
 * hold, what would have made it hold; without it the closures run with short-circuiting only.
 */
import { addUnits, earliestWithin, formatIsoDate } from '../dates.js';
import type { CelType, Schema } from '../schema.js';
import type { CmpOp, Expr } from './ir.js';
import { varsOf } from './ir.js';
import type { AtomTrace, Hint } from './trace.js';
import { ALL_VARS, SLOT, UNKNOWN_BOOL, decodeSlot, formatValue, formatterOf, unknownBoolSlots, type Value } from './values.js';

/** Parameter values resolved at `at`: a scalar or a table indexed by enum code (256 slots). */
export type ParamValue = number | Float64Array;

/** Evaluation context of one person at one date. */
export interface EvalCtx {
  readonly row: number[];
  readonly at: number;
  readonly params: readonly ParamValue[];
  /** When set, atoms append their trace here. */
  trace: AtomTrace[] | null;
  /**
   * Optional per-evaluation memo of the `seen` record of single-variable atoms, by slot: the
   * same variable read by many atoms of one evaluation is formatted once (records are read-only).
   */
  seen?: (Readonly<Record<string, string>> | undefined)[];
}

/** A compiled expression. */
export type Compiled = (ctx: EvalCtx) => Value;

const INVERSE: Record<CmpOp, CmpOp> = { '==': '!=', '!=': '==', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };
const FLIP: Record<CmpOp, CmpOp> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** Applies a comparison to two non-null values. */
export function compareValues(op: CmpOp, a: number | boolean, b: number | boolean): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

/** The hint for a failed comparison `subject op need`; dates read as "on or after/before". */
function compareHint(schema: Schema, subject: string, op: CmpOp, t: CelType, need: Value, have: Value): Hint {
  if (t === 'date' && typeof need === 'number' && op !== '==' && op !== '!=') {
    if (op === '>=' || op === '>') return { kind: 'onOrAfter', subject, date: formatIsoDate(op === '>' ? need + 1 : need) };
    return { kind: 'onOrBefore', subject, date: formatIsoDate(op === '<' ? need - 1 : need) };
  }
  return { kind: 'compare', subject, op, need: formatValue(schema, t, need), have: formatValue(schema, t, have) };
}

/**
 * Compiles a condition (a policy's eligibility or a classification rule): it fails on a row where
 * a yes/no field it reads is not known, whether it asks for yes or for no.
 */
export function compileCondition(e: Expr, paramIndex: ReadonlyMap<string, number>, schema: Schema): Compiled {
  const run = compileTrace(e, paramIndex, schema);
  const unknown = unknownBoolSlots(e);
  if (unknown.length === 0) return run;
  return (ctx) => {
    for (const s of unknown) if (ctx.row[s] === UNKNOWN_BOOL) return false;
    return run(ctx);
  };
}

/** Compiles `e`; `paramIndex` maps parameter names to their position in `ctx.params`; `schema` names enum values in traces. */
export function compileTrace(e: Expr, paramIndex: ReadonlyMap<string, number>, schema: Schema): Compiled {
  return new TraceCompiler(paramIndex, schema).compile(e, true);
}

class TraceCompiler {
  constructor(
    private readonly paramIndex: ReadonlyMap<string, number>,
    private readonly schema: Schema,
  ) {}

  private slotOf(name: string): number {
    const s = SLOT.get(name);
    if (s === undefined) throw new Error(`no slot for ${name}`);
    return s;
  }

  private pIndex(name: string): number {
    const i = this.paramIndex.get(name);
    if (i === undefined) throw new Error(`no parameter ${name}`);
    return i;
  }

  /** `positive`: whether the atom is wanted true (false under an odd number of negations). */
  compile(e: Expr, positive: boolean): Compiled {
    switch (e.k) {
      case 'lit': {
        const v = e.v;
        return () => v;
      }
      case 'var':
        return this.atomize(e, positive, this.readVar(e.name));
      case 'param': {
        const i = this.pIndex(e.name);
        return (ctx) => ctx.params[i] as number;
      }
      case 'paramAt': {
        const i = this.pIndex(e.name);
        const key = this.compile(e.key, positive);
        return (ctx) => {
          const k = key(ctx);
          return k === null ? 0 : ((ctx.params[i] as Float64Array)[k as number] ?? 0);
        };
      }
      case 'not': {
        const a = this.compile(e.a, !positive);
        return (ctx) => !a(ctx);
      }
      case 'and':
      case 'or': {
        const a = this.compile(e.a, positive);
        const b = this.compile(e.b, positive);
        const isAnd = e.k === 'and';
        return (ctx) => {
          const x = a(ctx) === true;
          if (ctx.trace === null && x !== isAnd) return x;
          const y = b(ctx) === true;
          return isAnd ? x && y : x || y;
        };
      }
      case 'cond': {
        const c = this.compile(e.c, true);
        const a = this.compile(e.a, positive);
        const b = this.compile(e.b, positive);
        return (ctx) => (c(ctx) === true ? a(ctx) : b(ctx));
      }
      case 'arith': {
        const a = this.compile(e.a, positive);
        const b = this.compile(e.b, positive);
        if (e.op === '+') return (ctx) => (a(ctx) as number) + (b(ctx) as number);
        if (e.op === '-') return (ctx) => (a(ctx) as number) - (b(ctx) as number);
        return (ctx) => (a(ctx) as number) * (b(ctx) as number);
      }
      case 'minmax': {
        const a = this.compile(e.a, positive);
        const b = this.compile(e.b, positive);
        const f = e.op === 'min' ? Math.min : Math.max;
        return (ctx) => f(a(ctx) as number, b(ctx) as number);
      }
      default:
        return this.atom(e, positive);
    }
  }

  private readVar(name: string): Compiled {
    const slot = this.slotOf(name);
    const def = ALL_VARS[slot]!;
    return (ctx) => decodeSlot(def, ctx.row[slot]!);
  }

  /** Boolean fields are atoms of their own; other variables are plain reads. */
  private atomize(e: Expr, positive: boolean, read: Compiled): Compiled {
    if (e.t !== 'bool') return read;
    // Constant hints are built once per atom (traces are read-only data).
    const miss: Hint = { kind: 'mustBe', subject: e.src, value: positive };
    return this.traced(
      e,
      positive,
      (ctx) => read(ctx) === true,
      (pass) => (pass === positive ? undefined : miss),
    );
  }

  private atom(e: Expr, positive: boolean): Compiled {
    switch (e.k) {
      case 'cmp':
        return this.cmp(e, positive);
      case 'isNull': {
        const a = this.compile(e.a, positive);
        const wantNull = e.negate !== positive;
        const miss: Hint = { kind: 'presence', subject: e.a.src, present: !wantNull };
        return this.traced(
          e,
          positive,
          (ctx) => (a(ctx) === null) !== e.negate,
          (pass) => (pass === positive ? undefined : miss),
        );
      }
      case 'inList': {
        const a = this.compile(e.a, positive);
        const codes = new Set(e.codes);
        const names = e.codes.map((c) => formatValue(this.schema, e.a.t, c));
        const format = formatterOf(this.schema, e.a.t);
        let have: Value = null;
        return this.traced(
          e,
          positive,
          (ctx) => {
            have = a(ctx);
            return have !== null && codes.has(have as number);
          },
          (pass) => (pass === positive ? undefined : { kind: 'oneOf', subject: e.a.src, values: names.slice(), have: format(have), negate: !positive }),
        );
      }
      case 'hasSet': {
        const s = this.compile(e.set, positive);
        const bit = 1 << e.bit;
        const item = formatValue(this.schema, `enum:${e.set.t.slice(4)}`, e.bit);
        const miss: Hint = { kind: 'has', subject: e.set.src, value: item, negate: !positive };
        return this.traced(
          e,
          positive,
          (ctx) => ((s(ctx) as number) & bit) !== 0,
          (pass) => (pass === positive ? undefined : miss),
        );
      }
      case 'within':
        return this.within(e, positive);
      default:
        throw new Error(`not an atom: ${e.k}`);
    }
  }

  /** Compiles an operand: a variable is read without becoming an atom of its own. */
  private operand(e: Expr, positive: boolean): Compiled {
    return e.k === 'var' ? this.readVar(e.name) : this.compile(e, positive);
  }

  private cmp(e: Expr & { k: 'cmp' }, positive: boolean): Compiled {
    const a = this.operand(e.a, positive);
    const b = this.operand(e.b, positive);
    let av: Value = null;
    let bv: Value = null;
    const t = e.a.t;
    return this.traced(
      e,
      positive,
      (ctx) => {
        av = a(ctx);
        bv = b(ctx);
        return av !== null && bv !== null && compareValues(e.op, av, bv);
      },
      (pass) => {
        if (pass === positive) return undefined;
        const op = positive ? e.op : INVERSE[e.op];
        if (e.a.k !== 'lit' && av === null) return { kind: 'missing', subject: e.a.src };
        if (e.b.k !== 'lit' && bv === null) return { kind: 'missing', subject: e.b.src };
        const flipped = e.a.k === 'lit' && e.b.k !== 'lit';
        return compareHint(this.schema, flipped ? e.b.src : e.a.src, flipped ? FLIP[op] : op, t, flipped ? av : bv, flipped ? bv : av);
      },
    );
  }

  private within(e: Expr & { k: 'within' }, positive: boolean): Compiled {
    const d = this.compile(e.date, positive);
    const n = this.compile(e.n, positive);
    let dv: Value = null;
    let nv = 0;
    let at = 0;
    return this.traced(
      e,
      positive,
      (ctx) => {
        dv = d(ctx);
        nv = n(ctx) as number;
        at = ctx.at;
        return dv !== null && (dv as number) <= at && at < addUnits(dv as number, nv, e.unit);
      },
      (pass): Hint | undefined => {
        if (pass === positive || !positive) return undefined;
        if (dv === null) return { kind: 'missing', subject: e.date.src };
        if ((dv as number) > at) return { kind: 'onOrBefore', subject: e.date.src, date: formatIsoDate(at) };
        return { kind: 'onOrAfter', subject: e.date.src, date: formatIsoDate(earliestWithin(nv, e.unit, at)) };
      },
    );
  }

  /** Wraps an atom so that, when tracing, it records its pass/fail, the values seen and a hint. */
  private traced(e: Expr, positive: boolean, run: (ctx: EvalCtx) => boolean, hint: (pass: boolean) => Hint | undefined): Compiled {
    void positive;
    const names = varsOf(e).filter((n) => !n.startsWith('params.'));
    const count = names.length;
    const slots = names.map((n) => this.slotOf(n));
    const defs = slots.map((s) => ALL_VARS[s]!);
    const formats = defs.map((d) => formatterOf(this.schema, d.type));
    const src = e.src;
    if (count === 1) {
      const name = names[0]!;
      const slot = slots[0]!;
      const def = defs[0]!;
      const format = formats[0]!;
      return (ctx) => {
        const pass = run(ctx);
        if (ctx.trace !== null) {
          const memo = ctx.seen;
          let seen = memo === undefined ? undefined : memo[slot];
          if (seen === undefined) {
            const fresh: Record<string, string> = {};
            fresh[name] = format(decodeSlot(def, ctx.row[slot]!));
            seen = fresh;
            if (memo !== undefined) memo[slot] = fresh;
          }
          const h = hint(pass);
          ctx.trace.push(h ? { expr: src, pass, seen, hint: h } : { expr: src, pass, seen });
        }
        return pass;
      };
    }
    return (ctx) => {
      const pass = run(ctx);
      if (ctx.trace !== null) {
        const seen: Record<string, string> = {};
        for (let i = 0; i < count; i++) seen[names[i]!] = formats[i]!(decodeSlot(defs[i]!, ctx.row[slots[i]!]!));
        const h = hint(pass);
        ctx.trace.push(h ? { expr: src, pass, seen, hint: h } : { expr: src, pass, seen });
      }
      return pass;
    };
  }
}
