/** The consents API (我的授权): my consents with what was shared under each, give, revoke. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentCreated, GiveConsentInput, MyConsents } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /me/consents. */
export function useMyConsents() {
  return useQuery({ queryKey: queryKeys.consents.mine, queryFn: () => api.get<MyConsents>('/me/consents') });
}

/** POST /me/consents. */
export function useGiveConsent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: GiveConsentInput) => api.post<ConsentCreated>('/me/consents', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.consents.all }),
  });
}

/** POST /me/consents/:id/revoke. */
export function useRevokeConsent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/me/consents/${id}/revoke`),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.consents.all }),
  });
}
