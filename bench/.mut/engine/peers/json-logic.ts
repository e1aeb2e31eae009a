/**
 * Peer: json-logic-js. The pack as JSON Logic rules (translated from `pack-spec.ts`) applied per
 * person: tier first, then each policy's eligibility and, when eligible, its benefit rule
 * yielding `[amount, months]`. Month-clamped date arithmetic and age are added operations.
 */
import jsonLogic from 'json-logic-js';
import { ageFast, parseDay, withinMonths } from '../dates.js';
import { finishPerson, type PersonOutcome, type RawAnswer } from '../pack-common.js';
import { PEER_POLICIES, TIER_RULES, type Amount, type Branch, type Cond } from './pack-spec.js';

type Rule = jsonLogic.RulesLogic<jsonLogic.AdditionalOperation>;
const v = (name: string): Rule => ({ var: name });

/** A condition as a JSON Logic rule. */
export function toJsonLogic(c: Cond): Rule {
  if ('tier' in c) return { in: [v('tier'), [...c.tier]] };
  if ('emp' in c) return { '===': [v('employedInCity'), true] };
  if ('within' in c) return { within: [v(c.within), c.months, v('at')] };
  if ('ageLt' in c) return { '<': [{ age: [v('birthDate'), v('at')] }, c.ageLt] };
  if ('gte' in c) return { '>=': [v(c.gte), c.v] };
  if ('is' in c) return { '===': [v(c.is), c.v] };
  if ('isNot' in c) return { '!==': [v(c.isNot), c.v] };
  if ('oneOf' in c) return { in: [v(c.oneOf), [...c.v]] };
  if ('has' in c) return { in: [c.v, v(c.has)] };
  if ('prefix' in c) return { '===': [{ substr: [v(c.prefix), 0, c.v.length] }, c.v] };
  if ('atFrom' in c) return { '>=': [v('at'), parseDay(c.atFrom)] };
  if ('atTo' in c) return { '<=': [v('at'), parseDay(c.atTo)] };
  if ('any' in c) return { or: c.any.map(toJsonLogic) };
  if ('all' in c) return { and: c.all.map(toJsonLogic) };
  return { '!': [toJsonLogic(c.not)] };
}

function amount(a: Amount): Rule {
  return typeof a === 'number' ? a : { min: [{ '*': [a.per, v(a.field)] }, a.cap] };
}

/** A benefit's branches as one `if` rule yielding `[amount, months]`. */
export function benefitJsonLogic(bs: readonly Branch[]): Rule {
  const args: Rule[] = [];
  for (const b of bs) {
    if (b.when) args.push(toJsonLogic(b.when));
    args.push([amount(b.yuan), b.months] as unknown as Rule);
    if (!b.when) break;
  }
  return args.length === 1 ? args[0]! : ({ if: args } as unknown as Rule);
}

/** The classification table as one `if` rule yielding the tier letter or ''. */
export function tierJsonLogic(): Rule {
  return { if: [...TIER_RULES.flatMap((r) => [toJsonLogic(r.when), r.tier]), ''] } as Rule;
}

/** Builds the JSON Logic evaluator over `peerFacts(…, 'day')`. */
export function makeJsonLogicPeer(): (facts: Record<string, unknown>) => PersonOutcome {
  jsonLogic.add_operation('within', (d: number, n: number, at: number) => withinMonths(d, n, at));
  jsonLogic.add_operation('age', (b: number, at: number) => ageFast(b, at));
  const tier = tierJsonLogic();
  const elig = PEER_POLICIES.map((p) => ({ and: p.eligible.map(toJsonLogic) }) as Rule);
  const ben = PEER_POLICIES.map((p) => benefitJsonLogic(p.benefit));
  return (facts) => {
    const t = jsonLogic.apply(tier, facts) as string;
    facts['tier'] = t;
    const raw: RawAnswer[] = new Array(elig.length);
    for (let k = 0; k < elig.length; k++) {
      if (jsonLogic.apply(elig[k]!, facts) !== true) {
        raw[k] = { eligible: false, amountYuan: 0, months: 1 };
        continue;
      }
      const [a, m] = jsonLogic.apply(ben[k]!, facts) as [number, number];
      raw[k] = { eligible: true, amountYuan: a, months: m };
    }
    return finishPerson(t === '' ? null : t, raw);
  };
}
