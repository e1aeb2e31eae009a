import { useMemo, useState } from 'react';
import type { PolicyParameter, ReformChange } from '@bole/contracts';

/** One parameter change being filled in on the what-if page. */
export interface Draft {
  policy?: string;
  param?: string;
  key?: string;
  value?: number | null;
}

/**
 * The what-if page's list of parameter changes: the rows being edited, the tunable parameters
 * they choose from, and the changes complete enough to simulate.
 */
export function useReformDrafts(parameters: readonly PolicyParameter[] | undefined) {
  const [drafts, setDrafts] = useState<Draft[]>([{}]);
  const policies = useMemo(() => {
    const seen = new Map<string, PolicyParameter>();
    for (const p of parameters ?? []) if (!seen.has(p.policy)) seen.set(p.policy, p);
    return [...seen.values()];
  }, [parameters]);
  const parameterOf = (d: Draft) => parameters?.find((p) => p.policy === d.policy && p.param === d.param);
  const parametersOf = (policy: string | undefined) => (parameters ?? []).filter((p) => p.policy === policy);
  const update = (i: number, patch: Draft) => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const add = () => setDrafts((ds) => [...ds, {}]);
  const remove = (i: number) => setDrafts((ds) => ds.filter((_, j) => j !== i));
  const complete = drafts.flatMap((d): ReformChange[] =>
    d.policy && d.param && typeof d.value === 'number' && (!parameterOf(d)?.key || d.key)
      ? [{ policy: d.policy, param: d.param, ...(d.key ? { key: d.key } : {}), value: d.value }]
      : [],
  );
  return { drafts, policies, parameterOf, parametersOf, update, add, remove, complete };
}
