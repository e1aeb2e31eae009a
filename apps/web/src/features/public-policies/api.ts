/** The public policy API (no sign-in): the library of policies in force and the anonymous calculator. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { CalculatorResult, PublicPolicyLibrary } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /public/policies: every policy in force today, its conditions and amounts. */
export function usePublicPolicies() {
  return useQuery({ queryKey: queryKeys.publicPolicies, queryFn: () => api.get<PublicPolicyLibrary>('/public/policies') });
}

/** POST /public/calculator: what a profile would get; the server stores nothing. */
export function useAnonymousCalculation() {
  return useMutation({ mutationFn: (profile: Record<string, unknown>) => api.post<CalculatorResult>('/public/calculator', { profile }) });
}
