/** Session queries and mutations: who am I, sign in, register, sign out. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LoginBody, Me, RegisterEmployerBody, RegisterTalentBody } from '@bole/contracts';
import { api, isApiError } from '../../shared/api/client';

/** Query key of the signed-in account; its data is `null` when nobody is signed in. */
export const meKey = ['auth', 'me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/auth/me');
  } catch (err) {
    if (isApiError(err, 401)) return null;
    throw err;
  }
}

/** The signed-in account, or null. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** Forget everything cached for the previous account and remember the new one. */
function startSession(qc: QueryClient, me: Me | null): void {
  qc.removeQueries();
  qc.setQueryData(meKey, me);
}

/** Marks the session as ended (e.g. after a 401 from any call). */
export function endSession(qc: QueryClient): void {
  startSession(qc, null);
}

/** POST /auth/login. */
export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'login'],
    mutationFn: (body: LoginBody) => api.post<Me>('/auth/login', body),
    onSuccess: (me) => startSession(qc, me),
  });
}

/** POST /auth/register/talent — signs the new talent in. */
export function useRegisterTalent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterTalentBody) => api.post<Me>('/auth/register/talent', body),
    onSuccess: (me) => startSession(qc, me),
  });
}

/** POST /auth/register/employer — signs the new employer in. */
export function useRegisterEmployer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterEmployerBody) => api.post<Me>('/auth/register/employer', body),
    onSuccess: (me) => startSession(qc, me),
  });
}

/** POST /auth/logout; the local session ends even if the call fails. */
export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => endSession(qc),
  });
}
