/**
 * The policy pack's documents as GET /policies lists them: the list screen shows them, and any
 * screen that holds only policy ids (the sweep's diff) reads their titles from the same list.
 */
import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PolicyList } from '@bole/contracts';
import { pickText } from '../lib/bilingual';
import { api } from './client';
import { queryKeys } from './query-keys';

/** GET /policies, cached under the key every policy mutation refreshes (`['policies', …]`). */
export const policyListQuery = queryOptions({ queryKey: queryKeys.policies.list, queryFn: () => api.get<PolicyList>('/policies') });

/**
 * A policy id → its title in the interface language; the id itself while the list loads, when
 * it cannot be read, or for a document without a title.
 */
export function usePolicyTitle(): (policyId: string) => string {
  const { i18n } = useTranslation();
  const { data } = useQuery(policyListQuery);
  const lang = i18n.language;
  return useMemo(() => {
    const titles = new Map((data?.items ?? []).map((p) => [p.id, p.title]));
    return (policyId: string) => pickText(titles.get(policyId), lang) || policyId;
  }, [data, lang]);
}
