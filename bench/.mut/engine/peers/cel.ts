/**
 * Peer: @marcbachmann/cel-js. The pack's conditions are written as CEL strings (translated from
 * `pack-spec.ts`), parsed once, and evaluated per person: the tier expression, then each
 * policy's eligibility and, when eligible, its benefit expression `[amount, months]`.
 * Calendar rules (month clamping, age) are custom functions, as CEL has no calendar months.
 */
import { Environment } from '@marcbachmann/cel-js';
import { ageFast, parseDay, withinMonths } from '../dates.js';
import { finishPerson, type PersonOutcome, type RawAnswer } from '../pack-common.js';
import { PEER_POLICIES, TIER_RULES, type Amount, type Branch, type Cond } from './pack-spec.js';

const q = (s: string): string => `'${s}'`;
const list = (xs: readonly string[]): string => `[${xs.map(q).join(', ')}]`;

/** A condition as CEL source. */
export function toCel(c: Cond): string {
  if ('tier' in c) return `tier in ${list([...c.tier])}`;
  if ('emp' in c) return 'employedInCity';
  if ('within' in c) return `within(${c.within}, ${c.months}, at)`;
  if ('ageLt' in c) return `ageAt(birthDate, at) < ${c.ageLt}`;
  if ('gte' in c) return `${c.gte} >= ${c.v}`;
  if ('is' in c) return `${c.is} == ${typeof c.v === 'string' ? q(c.v) : c.v}`;
  if ('isNot' in c) return `${c.isNot} != ${q(c.v)}`;
  if ('oneOf' in c) return `${c.oneOf} in ${list(c.v)}`;
  if ('has' in c) return `${q(c.v)} in ${c.has}`;
  if ('prefix' in c) return `${c.prefix}.startsWith(${q(c.v)})`;
  if ('atFrom' in c) return `at >= ${parseDay(c.atFrom)}`;
  if ('atTo' in c) return `at <= ${parseDay(c.atTo)}`;
  if ('any' in c) return `(${c.any.map(toCel).join(' || ')})`;
  if ('all' in c) return `(${c.all.map(toCel).join(' && ')})`;
  return `!(${toCel(c.not)})`;
}

function amount(a: Amount): string {
  if (typeof a === 'number') return String(a);
  return `(${a.per} * int(${a.field}) < ${a.cap} ? ${a.per} * int(${a.field}) : ${a.cap})`;
}

/** A benefit's branches as one CEL expression yielding `[amount, months]`. */
export function benefitCel(bs: readonly Branch[]): string {
  return bs.reduceRight((rest, b) => {
    const here = `[${amount(b.yuan)}, ${b.months}]`;
    return b.when && rest ? `(${toCel(b.when)} ? ${here} : ${rest})` : here;
  }, '');
}

/** The classification table as one CEL expression yielding the tier letter or ''. */
export function tierCel(): string {
  return TIER_RULES.reduceRight((rest, r) => `(${toCel(r.when)} ? '${r.tier}' : ${rest})`, "''");
}

type Fn = (ctx: Record<string, unknown>) => unknown;

/** Builds the cel-js evaluator; returns a per-person function over `peerFacts(…, 'day')`. */
export function makeCelPeer(): (facts: Record<string, unknown>) => PersonOutcome {
  const env = new Environment({ unlistedVariablesAreDyn: true })
    .registerFunction('within(dyn, int, dyn): bool', (d: number, n: bigint, at: number) => withinMonths(d, Number(n), at))
    .registerFunction('ageAt(dyn, dyn): int', (b: number, at: number) => BigInt(ageFast(b, at)));
  const tier = env.parse(tierCel()) as unknown as Fn;
  const elig = PEER_POLICIES.map((p) => env.parse(p.eligible.map(toCel).join(' && ')) as unknown as Fn);
  const ben = PEER_POLICIES.map((p) => env.parse(benefitCel(p.benefit)) as unknown as Fn);
  return (facts) => {
    const t = tier(facts) as string;
    facts['tier'] = t;
    const raw: RawAnswer[] = new Array(elig.length);
    for (let k = 0; k < elig.length; k++) {
      if (elig[k]!(facts) !== true) {
        raw[k] = { eligible: false, amountYuan: 0, months: 1 };
        continue;
      }
      const [a, m] = ben[k]!(facts) as [bigint, bigint];
      raw[k] = { eligible: true, amountYuan: Number(a), months: Number(m) };
    }
    return finishPerson(t === '' ? null : t, raw);
  };
}
