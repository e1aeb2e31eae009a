/**
 * The per-person evaluator: what one talent gets at one date and why. Classification first,
 * then every policy with its trace, then 就高不重复 inside exclusive groups.
 */
import { valueFen, type Period } from './benefit.js';
import type { EvalCtx, ParamValue } from './cel/compile-trace.js';
import type { AtomTrace, ConditionTrace } from './cel/trace.js';
import { ROW_SIZE, SLOT } from './cel/values.js';
import { ageAt, formatIsoDate, parseIsoDate } from './dates.js';
import { encodeProfile } from './encode.js';
import { resolveGroupWinners } from './exclusive.js';
import { resolveParams } from './pack/params.js';
import type { CompiledPolicy, CompiledTierRow, Pack } from './pack/types.js';
import type { Profile } from './profile.js';
import { NO_ENUM, TIER_VALUES } from './schema.js';

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
  /**
   * The tier the policies read, when the caller knows it (a tier granted by recognition; null:
   * no tier). Absent: the pack's classification decides, as `bole eval` does. The classification
   * is run and returned either way (`classification`: what the rules would propose).
   */
  readonly tier?: string | null;
}

/**
 * Atoms of the condition being traced are collected in one reused array and copied out at
 * their exact size (a fresh `[]` per condition grows a 17-slot backing store for one atom).
 */
const atomScratch: AtomTrace[] = [];

function startAtoms(): AtomTrace[] {
  atomScratch.length = 0;
  return atomScratch;
}

function takeAtoms(): AtomTrace[] {
  const atoms = atomScratch.slice();
  atomScratch.length = 0;
  return atoms;
}

const rowExprs = new WeakMap<CompiledTierRow, string>();

/** A classification row as shown in traces ("A: …"), built once per row. */
function rowExpr(row: CompiledTierRow): string {
  let s = rowExprs.get(row);
  if (s === undefined) {
    s = `${row.tier}: ${row.src}`;
    rowExprs.set(row, s);
  }
  return s;
}

/** Classifies a prepared row (slots `at` and `age` set) and writes its tier slot. */
function classify(pack: Pack, ctx: EvalCtx): TierResult {
  const trace: ConditionTrace[] = [];
  const tierSlot = SLOT.get('tier')!;
  const tracing = ctx.trace !== null;
  for (const row of pack.classification.rows) {
    if (tracing) ctx.trace = startAtoms();
    const pass = row.run(ctx) === true;
    if (tracing) {
      const atoms = takeAtoms();
      const expr = rowExpr(row);
      trace.push(row.label ? { expr, pass, atoms, label: row.label } : { expr, pass, atoms });
    }
    if (pass) {
      ctx.row[tierSlot] = row.code;
      return { tier: row.tier, trace };
    }
  }
  ctx.row[tierSlot] = NO_ENUM;
  return { tier: null, trace };
}

/** The parts of a policy's window trace that do not depend on the date, computed once. */
interface WindowText {
  readonly expr: string;
  readonly from: string;
  readonly to: string | null;
  readonly label: { readonly zh: string; readonly en: string };
}

const AT_SLOT = SLOT.get('at')!;

const windowTexts = new WeakMap<CompiledPolicy, WindowText>();

function windowText(p: CompiledPolicy): WindowText {
  let w = windowTexts.get(p);
  if (w === undefined) {
    const from = formatIsoDate(p.windowFrom);
    const to = p.windowTo === null ? null : formatIsoDate(p.windowTo);
    w = { expr: to === null ? `at >= ${from}` : `${from} <= at <= ${to}`, from, to, label: { zh: '政策有效期', en: 'policy window' } };
    windowTexts.set(p, w);
  }
  return w;
}

function windowTrace(
  p: CompiledPolicy,
  at: number,
  atText: string,
  inWindow: boolean,
  memo?: (Readonly<Record<string, string>> | undefined)[],
): ConditionTrace {
  const w = windowText(p);
  // The `at` record is the same for every policy of one evaluation: share it (read-only).
  let seen = memo === undefined ? undefined : memo[AT_SLOT];
  if (seen === undefined || seen['at'] !== atText) {
    seen = { at: atText };
    if (memo !== undefined) memo[AT_SLOT] = seen;
  }
  const atom: AtomTrace = inWindow
    ? { expr: w.expr, pass: inWindow, seen }
    : at < p.windowFrom
      ? { expr: w.expr, pass: inWindow, seen, hint: { kind: 'onOrAfter', subject: 'at', date: w.from } }
      : { expr: w.expr, pass: inWindow, seen, hint: { kind: 'onOrBefore', subject: 'at', date: w.to ?? w.from } };
  return { expr: w.expr, label: w.label, pass: inWindow, atoms: [atom] };
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
export function evaluatePolicy(p: CompiledPolicy, ctx: EvalCtx, tracing: boolean, atText?: string): Mutable<PolicyResult> {
  const at = ctx.at;
  const inWindow = at >= p.windowFrom && (p.windowTo === null || at <= p.windowTo);
  const local: EvalCtx =
    ctx.seen === undefined
      ? { row: ctx.row, at, params: cachedParams(p, at), trace: null }
      : { row: ctx.row, at, params: cachedParams(p, at), trace: null, seen: ctx.seen };
  const trace: ConditionTrace[] = tracing ? new Array<ConditionTrace>(1 + p.conditions.length) : [];
  if (tracing) trace[0] = windowTrace(p, at, atText ?? formatIsoDate(at), inWindow, ctx.seen);
  let all = inWindow;
  for (let j = 0; j < p.conditions.length; j++) {
    const c = p.conditions[j]!;
    if (!tracing && !all) break;
    if (tracing) local.trace = startAtoms();
    const pass = c.run(local) === true;
    all &&= pass;
    if (tracing) {
      const atoms = takeAtoms();
      trace[j + 1] = c.label ? { expr: c.src, pass, atoms, label: c.label } : { expr: c.src, pass, atoms };
    }
  }
  local.trace = null;
  const period = p.doc.benefit.period;
  if (!all)
    return {
      policy: p.id,
      title: p.doc.title,
      kind: p.doc.benefit.kind,
      eligible: false,
      inWindow,
      granted: false,
      amountFen: 0,
      period,
      months: 0,
      valueFen: 0,
      displacedBy: null,
      trace,
    };
  const raw = p.amount.run(local) as number;
  const amountFen = p.amount.expr.t === 'int' ? raw * 100 : raw;
  const months = period === 'once' ? 1 : (p.months.run(local) as number);
  const value = valueFen(period, amountFen, months);
  return {
    policy: p.id,
    title: p.doc.title,
    kind: p.doc.benefit.kind,
    eligible: true,
    inWindow,
    granted: true,
    amountFen,
    period,
    months,
    valueFen: value,
    displacedBy: null,
    trace,
  };
}

/** Evaluates a validated profile against the whole pack at `at` (YYYY-MM-DD). */
export function evaluate(pack: Pack, profile: Profile, at: string, options: EvaluateOptions = {}): Evaluation {
  const atDay = parseIsoDate(at);
  if (atDay === null) throw new RangeError(`invalid evaluation date: ${at}`);
  const tracing = options.trace !== false;
  const row = encodeProfile(profile, pack.schema);
  row[SLOT.get('at')!] = atDay;
  const age = ageAt(row[SLOT.get('birthDate')!]!, atDay);
  row[SLOT.get('age')!] = age;
  const ctx: EvalCtx = tracing ? { row, at: atDay, params: [], trace: [], seen: new Array(ROW_SIZE) } : { row, at: atDay, params: [], trace: null };
  const classification = classify(pack, ctx);
  // The tier slot was just written: forget anything recorded for it during classification.
  if (ctx.seen !== undefined) ctx.seen[SLOT.get('tier')!] = undefined;
  ctx.trace = null;
  const tier = options.tier === undefined ? classification.tier : options.tier;
  if (options.tier !== undefined) row[SLOT.get('tier')!] = tierCode(options.tier);
  const atText = tracing ? formatIsoDate(atDay) : '';
  const results = pack.policies.map((p) => evaluatePolicy(p, ctx, tracing, atText));
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
  return { id: profile.id, at, age, tier, classification, results };
}

/** The code of a tier in the tier slot and column (NO_ENUM for none); RangeError for an unknown tier. */
export function tierCode(tier: string | null): number {
  if (tier === null) return NO_ENUM;
  const code = TIER_VALUES.indexOf(tier);
  if (code < 0) throw new RangeError(`unknown tier: ${tier}`);
  return code;
}

/** The tier names, for callers that need the vocabulary. */
export const TIER_NAMES: readonly string[] = TIER_VALUES;
