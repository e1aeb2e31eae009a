import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/** Client errors (4xx) are answers, not glitches: never retry them. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * Creates the app's query client. `onUnauthorized` runs when any call other than the
 * session probe answers 401 (the session expired or was revoked).
 */
export function createQueryClient(onUnauthorized: (qc: QueryClient) => void, sessionKey: readonly unknown[]): QueryClient {
  const isSessionProbe = (key: readonly unknown[]) => JSON.stringify(key) === JSON.stringify(sessionKey);
  const qc: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (err, query) => {
        if (err instanceof ApiError && err.status === 401 && !isSessionProbe(query.queryKey)) onUnauthorized(qc);
      },
    }),
    mutationCache: new MutationCache({
      onError: (err, _v, _c, mutation) => {
        const key = mutation.options.mutationKey;
        if (err instanceof ApiError && err.status === 401 && !(key && key[0] === 'auth')) onUnauthorized(qc);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return qc;
}
