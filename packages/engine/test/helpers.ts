/** Small helpers shared by scenario tests. */
import { evaluate, parseProfile, type Evaluation, type Pack, type PolicyResult, type Profile } from '../src/index.js';
import { ZHUZHOU_SCHEMA } from './city-fixture.js';

/** Parses a raw profile, failing the test on input errors. */
export function profile(raw: Record<string, unknown>, at?: string): Profile {
  const r = parseProfile({ id: 't', ...raw }, at, ZHUZHOU_SCHEMA);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}

/** Evaluates a raw profile at `at`. */
export function run(pack: Pack, raw: Record<string, unknown>, at: string): Evaluation {
  return evaluate(pack, profile(raw, at), at);
}

/** The result of one policy. */
export function resultOf(ev: Evaluation, policy: string): PolicyResult {
  const r = ev.results.find((x) => x.policy === policy);
  if (!r) throw new Error(`no policy ${policy}`);
  return r;
}

/** Ids of the granted policies. */
export function grantedIds(ev: Evaluation): string[] {
  return ev.results.filter((r) => r.granted).map((r) => r.policy);
}

/** An employer in the city. */
export const EMPLOYED = { employerId: 'e1', employer: { chain: 'rail', kind: 'enterprise', district: '天元区', flags: ['high_tech'] } };
