/** The employer's own record. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmployerProfile, EmployerProfileInput } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /employers/me. */
export function useEmployerProfile() {
  return useQuery({ queryKey: queryKeys.employers.me, queryFn: () => api.get<EmployerProfile>('/employers/me') });
}

/** Body of PUT /employers/me; `contactMobile` absent means "keep the (masked) one on file". */
export type EmployerSaveBody = EmployerProfileInput;

/** PUT /employers/me. */
export function useSaveEmployerProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployerSaveBody) => api.put<EmployerProfile>('/employers/me', body),
    onSuccess: (saved) => qc.setQueryData(queryKeys.employers.me, saved),
  });
}
