/**
 * Before signing in: the policy library — every policy in force at a date with its conditions
 * in plain language (their labels) and the amounts its benefit reads, worded by the engine's
 * explainer — and the calculator for an anonymous profile, evaluated and forgotten (nothing is
 * stored or logged).
 */
import { evaluate, parseProfile, valueText, yuanText, type Pack } from '@bole/engine';
import type { CalculatorResult, PublicCalculatorBody, PublicPolicy, PublicPolicyAmount, PublicPolicyLibrary } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { citySchema, cityValueNames } from '../city/city-file.js';
import { invalid } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import { packInForce, present } from './calculator.service.js';

type CompiledPolicy = Pack['policies'][number];
type ParameterDoc = CompiledPolicy['doc']['parameters'][string];

/** The value a parameter has at `at` (its latest dated value from on or before it). */
function valueAt(p: ParameterDoc, at: string): number | Record<string, number> | null {
  const dated = p.values.filter((v) => v.from <= at).sort((a, b) => (a.from < b.from ? -1 : 1));
  return dated.at(-1)?.value ?? null;
}

/** The money amounts the benefit's amount expression reads (`params.amount[tier]` → the amount per tier). */
function amountsOf(policy: CompiledPolicy, at: string, names: ReturnType<typeof cityValueNames>): PublicPolicyAmount[] {
  const read = [...String(policy.doc.benefit.amount).matchAll(/params\.([A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]!);
  return [...new Set(read)].flatMap((name): PublicPolicyAmount[] => {
    const param = policy.doc.parameters[name];
    if (!param || param.unit !== 'yuan') return [];
    const value = valueAt(param, at);
    if (value === null) return [];
    if (typeof value === 'number') return [{ key: null, keyLabel: null, amountFen: Math.round(value * 100), text: yuanText(Math.round(value * 100)) }];
    return Object.entries(value).map(([key, yuan]) => ({
      key,
      keyLabel: valueText(key, param.key ?? '', names),
      amountFen: Math.round(yuan * 100),
      text: yuanText(Math.round(yuan * 100)),
    }));
  });
}

/** GET /api/v1/public/policies: every policy in force today, as anyone may read it. */
export async function publicPolicyLibrary(ctx: AppContext): Promise<PublicPolicyLibrary> {
  const at = businessDate(ctx.clock.now());
  const resolved = await packInForce(ctx, at);
  const versionOf = new Map(resolved.versions.map((v) => [v.policyId, v.version]));
  const names = cityValueNames(ctx.city);
  const items = resolved.pack.policies
    .filter((p) => p.doc.window.from <= at && (!p.doc.window.to || at <= p.doc.window.to))
    .map((p): PublicPolicy => ({
      id: p.id,
      version: versionOf.get(p.id) ?? 0,
      title: p.doc.title,
      pillar: p.doc.pillar,
      benefitKind: p.doc.benefit.kind,
      payee: p.doc.benefit.payee,
      period: p.doc.benefit.period,
      conditions: p.conditions.map((c) => c.label ?? { zh: c.src, en: c.src }),
      amounts: amountsOf(p, at, names),
      note: p.doc.benefit.note ?? null,
    }));
  return { at, items };
}

/** POST /api/v1/public/calculator: what the profile would get; a bad profile is a 400 naming the field. */
export async function calculateAnonymous(ctx: AppContext, body: PublicCalculatorBody): Promise<CalculatorResult> {
  const at = body.at ?? businessDate(ctx.clock.now());
  const parsed = parseProfile(body.profile, at, citySchema(ctx.city));
  if (!parsed.ok) throw invalid(parsed.errors.map((e) => ({ field: `profile.${e.field}`, message: e.message })));
  const resolved = await packInForce(ctx, at);
  return present(evaluate(resolved.pack, parsed.profile, at), resolved, { kind: 'profile', id: '' }, cityValueNames(ctx.city));
}
