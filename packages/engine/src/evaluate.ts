/**
 * The per-person evaluator: what one talent gets at one date and why. Classification first,
 * then every policy with its trace, then 就高不重复 inside exclusive groups.
 */
import { valueFen, type Period } from './benefit.js';
import type { EvalCtx, ParamValue } from './cel/compile-trace.js';
import type { AtomTrace, ConditionTrace } from './cel/trace.js';
import { SLOT } from './cel/values.js';
import { ageAt, formatIsoDate, parseIsoDate } from './dates.js';
import { encodeProfile } from './encode.js';
import { resolveGroupWinners } from './exclusive.js';
import { resolveParams } from './pack/params.js';
import type { CompiledPolicy, Pack } from './pack/types.js';
import type { Profile } from './profile.js';
import { ENUMS, NO_ENUM } from './schema.js';

/** The outcome of one policy for one person. */
export interface PolicyResult {
  readonly policy: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly kind: 'cash' | 'in_kind' | 'service';
  /** In its window and every condition holds. */
  readonly eligible: boolean;
  readonly inWindow: boolean;
  /** Eligible and not displaced in its exclusive group. */
  readonly granted: boolean;
  readonly amountFen: number;
  readonly period: Period;
  readonly months: number;
  readonly valueFen: number;
  /** The group member that won instead, when eligible but displaced. */
  readonly displacedBy: string | null;
  /** Window check first, then each eligibility condition (empty when evaluated without trace). */
  readonly trace: readonly ConditionTrace[];
}

/** Classification outcome with the row that matched. */
export interface TierResult {
  readonly tier: string | null;
  readonly trace: readonly ConditionTrace[];
}

/** Everything the engine answers for one profile at one date. */
export interface Evaluation {
  readonly id: string | number;
  readonly at: string;
  readonly age: number;
  readonly tier: string | null;
  readonly classification: TierResult;
  /** One result per policy, sorted by policy id. */
  readonly results: readonly PolicyResult[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** Record traces (default true); false is faster when only the outcome matters. */
  readonly trace?: boolean;
}

/** Classifies a prepared row (slots `at` and `age` set) and writes its tier slot. */
function classify(pack: Pack, ctx: EvalCtx): TierResult {
  const trace: ConditionTrace[] = [];
  const tierSlot = SLOT.get('tier')!;
  for (const row of pack.classification.rows) {
    const atoms: AtomTrace[] | null = ctx.trace === null ? null : [];
    ctx.trace = atoms;
    const pass = row.run(ctx) === true;
    if (atoms) trace.push({ expr: `${row.tier}: ${row.src}`, pass, atoms, ...(row.label ? { label: row.label } : {}) });
    if (pass) {
      ctx.row[tierSlot] = row.code;
      return { tier: row.tier, trace };
    }
  }
  ctx.row[tierSlot] = NO_ENUM;
  return { tier: null, trace };
}

function windowTrace(p: CompiledPolicy, at: number, inWindow: boolean): ConditionTrace {
  const from = formatIsoDate(p.windowFrom);
  const to = p.windowTo === null ? null : formatIsoDate(p.windowTo);
  const atom: AtomTrace = {
    expr: to === null ? `at >= ${from}` : `${from} <= at <= ${to}`,
    pass: inWindow,
    seen: { at: formatIsoDate(at) },
    ...(inWindow ? {} : at < p.windowFrom ? { hint: { kind: 'onOrAfter', subject: 'at', date: from } } : { hint: { kind: 'onOrBefore', subject: 'at', date: to ?? from } }),
  };
  return { expr: atom.expr, label: { zh: '政策有效期', en: 'policy window' }, pass: inWindow, atoms: [atom] };
}

const paramCache = new WeakMap<CompiledPolicy, { at: number; params: ParamValue[] }>();

/** Parameters of `p` at `at`, cached for repeated evaluations at the same date. */
function cachedParams(p: CompiledPolicy, at: number): ParamValue[] {
  const hit = paramCache.get(p);
  if (hit && hit.at === at) return hit.params;
  const params = resolveParams(p, at);
  paramCache.set(p, { at, params });
  return params;
}

/** Evaluates one policy on a prepared row (derived slots set). */
export function evaluatePolicy(p: CompiledPolicy, ctx: EvalCtx, tracing: boolean): Mutable<PolicyResult> {
  const at = ctx.at;
  const inWindow = at >= p.windowFrom && (p.windowTo === null || at <= p.windowTo);
  const local: EvalCtx = { row: ctx.row, at, params: cachedParams(p, at), trace: null };
  const trace: ConditionTrace[] = tracing ? [windowTrace(p, at, inWindow)] : [];
  let all = inWindow;
  for (const c of p.conditions) {
    if (!tracing && !all) break;
    const atoms: AtomTrace[] | null = tracing ? [] : null;
    local.trace = atoms;
    const pass = c.run(local) === true;
    all &&= pass;
    if (atoms) trace.push({ expr: c.src, pass, atoms, ...(c.label ? { label: c.label } : {}) });
  }
  local.trace = null;
  const period = p.doc.benefit.period;
  if (!all) return { policy: p.id, title: p.doc.title, kind: p.doc.benefit.kind, eligible: false, inWindow, granted: false, amountFen: 0, period, months: 0, valueFen: 0, displacedBy: null, trace };
  const raw = p.amount.run(local) as number;
  const amountFen = p.amount.expr.t === 'int' ? raw * 100 : raw;
  const months = period === 'once' ? 1 : (p.months.run(local) as number);
  const value = valueFen(period, amountFen, months);
  return { policy: p.id, title: p.doc.title, kind: p.doc.benefit.kind, eligible: true, inWindow, granted: true, amountFen, period, months, valueFen: value, displacedBy: null, trace };
}

/** Evaluates a validated profile against the whole pack at `at` (YYYY-MM-DD). */
export function evaluate(pack: Pack, profile: Profile, at: string, options: EvaluateOptions = {}): Evaluation {
  const atDay = parseIsoDate(at);
  if (atDay === null) throw new RangeError(`invalid evaluation date: ${at}`);
  const tracing = options.trace !== false;
  const row = encodeProfile(profile);
  row[SLOT.get('at')!] = atDay;
  const age = ageAt(row[SLOT.get('birthDate')!]!, atDay);
  row[SLOT.get('age')!] = age;
  const ctx: EvalCtx = { row, at: atDay, params: [], trace: tracing ? [] : null };
  const classification = classify(pack, ctx);
  ctx.trace = null;
  const results = pack.policies.map((p) => evaluatePolicy(p, ctx, tracing));
  if (pack.groups.length > 0) {
    const byId = new Map(results.map((r) => [r.policy, r] as const));
    const winners = resolveGroupWinners(pack.groups, (id) => {
      const r = byId.get(id);
      return r && r.eligible ? r.valueFen : null;
    });
    for (const [loser, winner] of winners) {
      const r = byId.get(loser)!;
      r.granted = false;
      r.displacedBy = winner;
    }
  }
  return { id: profile.id, at, age, tier: classification.tier, classification, results };
}

/** The tier names, for callers that need the vocabulary. */
export const TIER_NAMES: readonly string[] = ENUMS.tier!.values;
