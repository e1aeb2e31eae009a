/** Session queries and mutations: who am I, sign in, register, sign out. */
import { hashKey, queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LoginBody, Me, RegisterEmployerBody, RegisterTalentBody } from '@bole/contracts';
import { api, isApiError } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';
import type { SessionEnd } from './session-end';

export type { SessionEnd, SessionEndState } from './session-end';

/** Query key of the signed-in account; its data is `null` when nobody is signed in. */
export const meKey = queryKeys.auth.me;
const meHash = hashKey(meKey);

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/auth/me');
  } catch (err) {
    if (isApiError(err, 401)) return null;
    throw err;
  }
}

/** GET /auth/me: the signed-in account, or null. */
export const meQuery = queryOptions({ queryKey: queryKeys.auth.me, queryFn: fetchMe, staleTime: 5 * 60_000 });

/** The signed-in account, or null. */
export function useMe() {
  return useQuery(meQuery);
}

/**
 * Forget everything cached for the previous account and remember the new one. The account query
 * itself is updated, not removed: its observers (the route guards) stay attached to it and
 * re-render at once, also in a tab where nothing else happens (a sign-out in another tab).
 */
function startSession(qc: QueryClient, me: Me | null, ended?: SessionEnd): void {
  qc.removeQueries({ predicate: (q) => q.queryHash !== meHash });
  if (ended) qc.setQueryData(queryKeys.auth.sessionEnd, ended);
  qc.setQueryData(queryKeys.auth.me, me);
}

/**
 * Marks the session as ended: after a 401 from any call (the guards then ask to sign in again
 * and come back), or because the person signed out (`ended`: the sign-in page says so).
 */
export function endSession(qc: QueryClient, ended?: SessionEnd): void {
  startSession(qc, null, ended);
}

/** How the session ended, if the person ended it; read by the guards when the account goes. */
export function sessionEnd(qc: QueryClient): SessionEnd | undefined {
  return qc.getQueryData<SessionEnd>(queryKeys.auth.sessionEnd);
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

/**
 * POST /auth/logout. Succeeds only once the server has ended the session (a 401 means it had
 * already ended); a network or server failure is an error, so nobody is told "signed out" while
 * the session still lives on the server.
 */
export function useLogout() {
  return useMutation({
    mutationKey: ['auth', 'logout'],
    mutationFn: async () => {
      try {
        await api.post<void>('/auth/logout');
      } catch (err) {
        if (!isApiError(err, 401)) throw err;
      }
    },
  });
}

const SESSION_CHANNEL = 'bole-session';
const SIGNED_OUT = 'signed-out';
// Every channel object of the browser hears a message, this tab's listener included: the tab
// that signed out recognises its own message by this id.
const THIS_TAB = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Forgets the ended session in this tab and tells the app's other tabs of this browser. */
export function announceSignedOut(qc: QueryClient): void {
  endSession(qc, 'signedOut');
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(SESSION_CHANNEL);
  channel.postMessage({ kind: SIGNED_OUT, tab: THIS_TAB });
  channel.close();
}

/** Calls `onSignedOut` when another tab of this browser signs out; returns the unsubscribe. */
export function listenForSignOutElsewhere(onSignedOut: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(SESSION_CHANNEL);
  channel.onmessage = (e: MessageEvent<{ kind?: string; tab?: string }>) => {
    if (e.data?.kind === SIGNED_OUT && e.data.tab !== THIS_TAB) onSignedOut();
  };
  return () => channel.close();
}
