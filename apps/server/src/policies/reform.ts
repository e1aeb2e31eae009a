/**
 * A what-if reform as the API states it — set one parameter, or one key of a keyed parameter,
 * to a new value in its own unit — turned into the engine's parameter changes from the
 * simulation date on. Every change is checked against the pack first, so a mistake is a 400
 * naming `changes.N.policy|param|key`. Pure.
 */
import type { Pack, ParamChange } from '@bole/engine';
import type { ReformChange } from '@bole/contracts';
import type { FieldError } from '../http/errors.js';

/** The engine's changes, or the API changes at fault. */
export type ReformCheck = { ok: true; changes: ParamChange[] } | { ok: false; errors: FieldError[] };

/** Checks `changes` against `pack` and builds the engine's changes effective from `at`. */
export function toParamChanges(pack: Pack, changes: readonly ReformChange[], at: string): ReformCheck {
  const errors: FieldError[] = [];
  const out: ParamChange[] = [];
  // Several changes may touch keys of the same parameter: accumulate them into one map.
  const maps = new Map<string, Record<string, number>>();
  changes.forEach((c, i) => {
    const field = `changes.${i}`;
    const policy = pack.policies.find((p) => p.id === c.policy);
    if (!policy) {
      errors.push({ field: `${field}.policy`, message: `no policy ${c.policy} is in force at ${at}` });
      return;
    }
    const doc = policy.doc.parameters[c.param];
    if (!doc) {
      const known = Object.keys(policy.doc.parameters).join(', ');
      errors.push({ field: `${field}.param`, message: `policy ${c.policy} has no parameter ${c.param}${known ? `; it has: ${known}` : ''}` });
      return;
    }
    if (doc.key && c.key === undefined) {
      errors.push({ field: `${field}.key`, message: `parameter ${c.param} is keyed by ${doc.key}: name the key to change` });
      return;
    }
    if (!doc.key && c.key !== undefined) {
      errors.push({ field: `${field}.key`, message: `parameter ${c.param} has no keys` });
      return;
    }
    const inForce = doc.values.filter((v) => v.from <= at);
    const current = (inForce[inForce.length - 1] ?? doc.values[0]!).value;
    if (!doc.key) {
      out.push({ policy: c.policy, parameter: c.param, from: at, value: c.value });
      return;
    }
    if (typeof current !== 'object' || !(c.key! in current)) {
      const keys = typeof current === 'object' ? Object.keys(current).join(', ') : '';
      errors.push({ field: `${field}.key`, message: `parameter ${c.param} has no key ${c.key}; its keys are ${keys}` });
      return;
    }
    const id = `${c.policy}.${c.param}`;
    const map = maps.get(id) ?? { ...current };
    map[c.key!] = c.value;
    if (!maps.has(id)) {
      maps.set(id, map);
      out.push({ policy: c.policy, parameter: c.param, from: at, value: map });
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes: out };
}
