/**
 * Reforms (what-if): dated parameter overrides applied copy-on-write. Untouched policies are
 * shared with the original pack; changed ones get new parameter tables but keep their
 * compiled closures and kernels, since parameters are arguments, not code.
 */
import type { ParameterDoc } from '../pack/document.schema.js';
import { isoDateSchema } from '../pack/document.schema.js';
import { compileParam } from '../pack/params.js';
import type { CompiledPolicy, Pack } from '../pack/types.js';

/** One parameter change: from `from` (default: the whole history) the value becomes `value` (yuan for money). */
export interface ParamChange {
  readonly policy: string;
  readonly parameter: string;
  readonly from?: string;
  readonly value: number | Readonly<Record<string, number>>;
}

/** A named set of parameter changes. */
export interface Reform {
  readonly name?: string;
  readonly changes: readonly ParamChange[];
}

/** Result of applying a reform. */
export type ReformResult = { ok: true; pack: Pack; affected: string[] } | { ok: false; errors: string[] };

/** Applies `reform` to `pack`, returning a new pack that shares every unaffected policy. */
export function applyReform(pack: Pack, reform: Reform): ReformResult {
  const errors: string[] = [];
  const changed = new Map<string, CompiledPolicy>();
  for (const [i, c] of reform.changes.entries()) {
    const where = `changes[${i}] (${c.policy}.${c.parameter})`;
    const policy = changed.get(c.policy) ?? pack.policies.find((p) => p.id === c.policy);
    if (!policy) {
      errors.push(`${where}: unknown policy`);
      continue;
    }
    const doc = policy.doc.parameters[c.parameter];
    const index = policy.paramIndex.get(c.parameter);
    if (!doc || index === undefined) {
      errors.push(`${where}: unknown parameter; known: ${Object.keys(policy.doc.parameters).join(', ')}`);
      continue;
    }
    if (c.from !== undefined && !isoDateSchema.safeParse(c.from).success) {
      errors.push(`${where}: from must be a valid YYYY-MM-DD date`);
      continue;
    }
    const first = doc.values[0]!.from;
    const from = c.from === undefined || c.from < first ? first : c.from;
    const values = [...doc.values.filter((v) => v.from < from), { from, value: c.value as ParameterDoc['values'][number]['value'] }];
    const newDoc: ParameterDoc = { ...doc, values };
    const problems: string[] = [];
    const param = compileParam(c.parameter, newDoc, (path, message) => problems.push(`${where} ${path.join('.')}: ${message}`), pack.schema);
    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    const params = policy.params.slice();
    params[index] = param;
    changed.set(c.policy, { ...policy, params, doc: { ...policy.doc, parameters: { ...policy.doc.parameters, [c.parameter]: newDoc } } });
  }
  if (errors.length > 0) return { ok: false, errors };
  const policies = pack.policies.map((p) => changed.get(p.id) ?? p);
  return { ok: true, pack: { ...pack, policies }, affected: [...changed.keys()].sort() };
}
