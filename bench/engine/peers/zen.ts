/**
 * Peer: @gorules/zen-engine (Rust core, native binary from npm). The pack as one decision graph:
 * input → expression node `tier` (pass-through) → expression node with one key per policy
 * (`eligible ? [amount, months] : null`) → output. ZEN has month-clamped calendar arithmetic
 * (`d(x).add(n, "M")`), so dates stay ISO strings and no custom function is needed.
 * Evaluation is asynchronous; the benchmark runs it on a sample and scales.
 */
import { ZenEngine } from '@gorules/zen-engine';
import { finishPerson, NP, type PersonOutcome, type RawAnswer } from '../pack-common.js';
import { PEER_POLICIES, TIER_RULES, type Amount, type Branch, type Cond } from './pack-spec.js';

const q = (s: string): string => JSON.stringify(s);
const list = (xs: readonly string[]): string => `[${xs.map(q).join(', ')}]`;

/** A condition as a ZEN expression. */
export function toZen(c: Cond): string {
  if ('tier' in c) return `tier in ${list([...c.tier])}`;
  if ('emp' in c) return 'employedInCity';
  if ('within' in c) return `(${c.within} != null and d(${c.within}) <= d(at) and d(${c.within}).add(${c.months}, "M") > d(at))`;
  if ('ageLt' in c) return `d(birthDate).add(${12 * c.ageLt}, "M") > d(at)`;
  if ('gte' in c) return `${c.gte} >= ${c.v}`;
  if ('is' in c) return `${c.is} == ${typeof c.v === 'string' ? q(c.v) : c.v}`;
  if ('isNot' in c) return `${c.isNot} != ${q(c.v)}`;
  if ('oneOf' in c) return `${c.oneOf} in ${list(c.v)}`;
  if ('has' in c) return `${q(c.v)} in ${c.has}`;
  if ('prefix' in c) return `startsWith(${c.prefix}, ${q(c.v)})`;
  if ('atFrom' in c) return `d(at) >= d(${q(c.atFrom)})`;
  if ('atTo' in c) return `d(at) <= d(${q(c.atTo)})`;
  if ('any' in c) return `(${c.any.map(toZen).join(' or ')})`;
  if ('all' in c) return `(${c.all.map(toZen).join(' and ')})`;
  return `not (${toZen(c.not)})`;
}

function amount(a: Amount): string {
  return typeof a === 'number' ? String(a) : `min([${a.per} * ${a.field}, ${a.cap}])`;
}

function benefit(bs: readonly Branch[]): string {
  return bs.reduceRight((rest, b) => {
    const here = `[${amount(b.yuan)}, ${b.months}]`;
    return b.when && rest ? `(${toZen(b.when)} ? ${here} : ${rest})` : here;
  }, '');
}

/** The decision graph (JDM) of the whole pack. */
export function zenGraph(): object {
  const tier = TIER_RULES.reduceRight((rest, r) => `(${toZen(r.when)} ? ${q(r.tier)} : ${rest})`, '""');
  const expressions = PEER_POLICIES.map((p, k) => ({
    id: `p${k}`,
    key: `p${k}`,
    value: `(${p.eligible.map(toZen).join(' and ')}) ? ${benefit(p.benefit)} : null`,
  }));
  const pos = { x: 0, y: 0 };
  const node = (id: string, passThrough: boolean, exprs: object[]): object => ({
    id,
    type: 'expressionNode',
    name: id,
    position: pos,
    content: { passThrough, inputField: null, outputPath: null, executionMode: 'single', expressions: exprs },
  });
  return {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'in', position: pos },
      node('tier', true, [{ id: 'tier', key: 'tier', value: tier }]),
      node('policies', false, [{ id: 'tierOut', key: 'tier', value: 'tier' }, ...expressions]),
      { id: 'out', type: 'outputNode', name: 'out', position: pos },
    ],
    edges: [
      { id: 'e1', sourceId: 'in', targetId: 'tier', type: 'edge' },
      { id: 'e2', sourceId: 'tier', targetId: 'policies', type: 'edge' },
      { id: 'e3', sourceId: 'policies', targetId: 'out', type: 'edge' },
    ],
  };
}

/** Loads the graph into ZEN; returns an async per-person function over `peerFacts(…, 'iso')` and a disposer. */
export function makeZenPeer(): { evaluate: (facts: Record<string, unknown>) => Promise<PersonOutcome>; dispose: () => void } {
  const engine = new ZenEngine();
  const decision = engine.createDecision(Buffer.from(JSON.stringify(zenGraph())) as never);
  const evaluate = async (facts: Record<string, unknown>): Promise<PersonOutcome> => {
    const { result } = (await decision.evaluate(facts)) as { result: Record<string, unknown> };
    const raw: RawAnswer[] = new Array(NP);
    for (let k = 0; k < NP; k++) {
      const r = result[`p${k}`] as [number, number] | null | undefined;
      raw[k] = r == null ? { eligible: false, amountYuan: 0, months: 1 } : { eligible: true, amountYuan: r[0], months: r[1] };
    }
    const t = (result['tier'] ?? '') as string;
    return finishPerson(t === '' ? null : t, raw);
  };
  return { evaluate, dispose: () => engine.dispose() };
}
