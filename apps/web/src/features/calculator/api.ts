/** The calculator's API: the signed-in talent's entitlements at a date, and an anonymous profile's (public). */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { CalculatorResult } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** POST /calculator for the signed-in talent (their stored record) at `at` (today when null). */
export function useMyCalculation(at: string | null) {
  return useQuery({
    queryKey: queryKeys.calculator.me(at),
    queryFn: () => api.post<CalculatorResult>('/calculator', at ? { at } : {}),
    retry: false,
  });
}

/** POST /public/calculator: what a profile would get, without signing in; the server stores nothing. */
export function useAnonymousCalculation() {
  return useMutation({ mutationFn: (profile: Record<string, unknown>) => api.post<CalculatorResult>('/public/calculator', { profile }) });
}
