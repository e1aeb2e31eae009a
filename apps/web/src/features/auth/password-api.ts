/** Password mutations: change your own, recover a talent's access by a text-message code. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody, Me, RecoveryRequestBody, RecoveryRequested, RecoveryResetBody } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** POST /auth/password — the account's own password; the server ends every other session. */
export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => api.post<void>('/auth/password', body),
    // A forced change is over: the guards let the person in.
    onSuccess: () => qc.setQueryData<Me | null>(queryKeys.auth.me, (me) => (me ? { ...me, mustChangePassword: false } : me)),
  });
}

/** POST /auth/recovery — asks for a code; the answer is the same whether the number is registered or not. */
export function useRequestRecoveryCode() {
  return useMutation({ mutationFn: (body: RecoveryRequestBody) => api.post<RecoveryRequested>('/auth/recovery', body) });
}

/** POST /auth/recovery/reset — the code and a new password. */
export function useRecoverWithCode() {
  return useMutation({ mutationFn: (body: RecoveryResetBody) => api.post<void>('/auth/recovery/reset', body) });
}
