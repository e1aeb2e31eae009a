/** The talent code API: my code (QR), my SD-JWT and the public verification. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { IssuedSdJwt, MyTalentCode, TalentCodeVerification } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /talent-code/me (404 BOLE_NO_TALENT_CODE when none). */
export function useMyTalentCode() {
  return useQuery({ queryKey: queryKeys.talentCode.me, queryFn: () => api.get<MyTalentCode>('/talent-code/me'), retry: false });
}

/** POST /talent-code/verify (public). */
export function useVerifyTalentCode() {
  return useMutation({ mutationFn: (code: string) => api.post<TalentCodeVerification>('/talent-code/verify', { code }) });
}

/** POST /talent-code/sd-jwt (the talent): an SD-JWT of the live code with every disclosure. */
export function useCreateSdJwt() {
  return useMutation({ mutationFn: () => api.post<IssuedSdJwt>('/talent-code/sd-jwt', {}) });
}
