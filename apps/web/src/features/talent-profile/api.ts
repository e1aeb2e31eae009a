/** The talent's own profile and the employer picker's options. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmployerOption, TalentFacts, TalentProfile, TalentProfileInput } from '@bole/contracts';
import { api, isApiError, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /talents/me; `null` while the talent has not saved a profile yet (404). */
export function useTalentProfile() {
  return useQuery({
    queryKey: queryKeys.talents.me,
    queryFn: async () => {
      try {
        return await api.get<TalentProfile>('/talents/me');
      } catch (err) {
        if (isApiError(err, 404)) return null;
        throw err;
      }
    },
  });
}

/** GET /talents/me/facts: each fact's status (verified with who and when, declared only, contradicted). */
export function useMyFacts(enabled: boolean) {
  return useQuery({ queryKey: queryKeys.talents.myFacts, queryFn: () => api.get<TalentFacts>('/talents/me/facts'), enabled });
}

/**
 * PUT /talents/me. `idNumber` is left out of the body when the talent did not type a new
 * one: the server keeps the number on file (the browser only ever sees it masked).
 */
export function useSaveTalentProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TalentProfileInput) => api.put<TalentProfile>('/talents/me', body),
    onSuccess: (saved) => {
      qc.setQueryData(queryKeys.talents.me, saved);
      void qc.invalidateQueries({ queryKey: queryKeys.talents.myFacts });
    },
  });
}

/** GET /employers/options?q= for the employer picker. */
export function useEmployerOptions(q: string) {
  return useQuery({
    queryKey: queryKeys.employers.options(q),
    queryFn: () => api.get<EmployerOption[]>(`/employers/options${toQueryString({ q })}`),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
