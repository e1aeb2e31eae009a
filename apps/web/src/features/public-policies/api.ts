/** The public policy library's API (no sign-in): the policies in force. */
import { useQuery } from '@tanstack/react-query';
import type { PublicPolicyLibrary } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /public/policies: every policy in force today, its conditions and amounts. */
export function usePublicPolicies() {
  return useQuery({ queryKey: queryKeys.publicPolicies, queryFn: () => api.get<PublicPolicyLibrary>('/public/policies') });
}
