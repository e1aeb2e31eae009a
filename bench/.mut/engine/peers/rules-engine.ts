/**
 * Peer: json-rules-engine. The pack as rules over flat facts (translated from `pack-spec.ts`):
 * tier rules at a higher priority set a runtime fact `tier`; then one rule per benefit branch
 * (its policy's conditions, the branch's condition and the negation of earlier branches) emits
 * an event `{ type: policyId, params: { yuan, months } }`. Dates and age are custom operators.
 * The engine is asynchronous and slow, so the benchmark runs it on a sample and scales.
 */
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { ageFast, parseDay, withinMonths } from '../dates.js';
import { NP, PI, finishPerson, type PersonOutcome, type RawAnswer } from '../pack-common.js';
import { PEER_POLICIES, TIER_RULES, type Amount, type Cond } from './pack-spec.js';

const leaf = (fact: string, operator: string, value: unknown): NestedCondition => ({ fact, operator, value }) as NestedCondition;

/** A condition as a json-rules-engine condition. */
export function toRulesEngine(c: Cond): NestedCondition {
  if ('tier' in c) return leaf('tier', 'in', [...c.tier]);
  if ('emp' in c) return leaf('employedInCity', 'equal', true);
  if ('within' in c) return leaf(c.within, 'withinMonths', c.months);
  if ('ageLt' in c) return leaf('birthDate', 'ageBelow', c.ageLt);
  if ('gte' in c) return leaf(c.gte, 'greaterThanInclusive', c.v);
  if ('is' in c) return leaf(c.is, 'equal', c.v);
  if ('isNot' in c) return leaf(c.isNot, 'notEqual', c.v);
  if ('oneOf' in c) return leaf(c.oneOf, 'in', [...c.v]);
  if ('has' in c) return leaf(c.has, 'contains', c.v);
  if ('prefix' in c) return leaf(c.prefix, 'startsWith', c.v);
  if ('atFrom' in c) return leaf('at', 'greaterThanInclusive', parseDay(c.atFrom));
  if ('atTo' in c) return leaf('at', 'lessThanInclusive', parseDay(c.atTo));
  if ('any' in c) return { any: c.any.map(toRulesEngine) };
  if ('all' in c) return { all: c.all.map(toRulesEngine) };
  return { not: toRulesEngine(c.not) };
}

/** Every rule of the pack: tier rules (priority 2) and one rule per benefit branch (priority 1). */
export function packRules(): RuleProperties[] {
  const rules: RuleProperties[] = TIER_RULES.map((r, i) => ({
    priority: 2,
    conditions: { all: [toRulesEngine(r.when), ...TIER_RULES.slice(0, i).map((p) => ({ not: toRulesEngine(p.when) }))] } as TopLevelCondition,
    event: { type: 'tier', params: { tier: r.tier } },
    onSuccess: (event, almanac) => almanac.addRuntimeFact('tier', event.params!['tier']),
  }));
  for (const p of PEER_POLICIES) {
    p.benefit.forEach((b, i) => {
      const earlier = p.benefit.slice(0, i).map((x) => ({ not: toRulesEngine(x.when!) }));
      const all = [...p.eligible.map(toRulesEngine), ...(b.when ? [toRulesEngine(b.when)] : []), ...earlier];
      rules.push({ priority: 1, conditions: { all } as TopLevelCondition, event: { type: p.id, params: { yuan: b.yuan, months: b.months } } });
    });
  }
  return rules;
}

function yuanOf(a: Amount, facts: Record<string, unknown>): number {
  return typeof a === 'number' ? a : Math.min(a.per * (facts[a.field] as number), a.cap);
}

/** Builds the engine for evaluation date `at`; returns an async per-person function over flat facts. */
export function makeRulesEnginePeer(at: string): (facts: Record<string, unknown>) => Promise<PersonOutcome> {
  const A = parseDay(at);
  const engine = new Engine(packRules(), { allowUndefinedFacts: false });
  engine.addOperator<number, number>('withinMonths', (d, n) => withinMonths(d, n, A));
  engine.addOperator<number, number>('ageBelow', (b, n) => ageFast(b, A) < n);
  engine.addOperator<string, string>('startsWith', (s, p) => typeof s === 'string' && s.startsWith(p));
  return async (facts) => {
    const { events } = await engine.run({ ...facts, tier: '' });
    const raw: RawAnswer[] = Array.from({ length: NP }, () => ({ eligible: false, amountYuan: 0, months: 1 }));
    let tier: string | null = null;
    for (const e of events) {
      const params = e.params as { tier?: string; yuan: Amount; months: number };
      if (e.type === 'tier') tier = params.tier!;
      else raw[PI[e.type as keyof typeof PI]] = { eligible: true, amountYuan: yuanOf(params.yuan, facts), months: params.months };
    }
    return finishPerson(tier, raw);
  };
}
