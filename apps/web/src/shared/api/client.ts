/**
 * The one way the web app talks to the API: same-origin fetch with the session cookie,
 * JSON in and out, RFC 9457 problem+json turned into an {@link ApiError}.
 */
import type { Problem } from '@bole/contracts';

/** A failed API call; `problem` is the server's problem+json body when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/** True for an {@link ApiError} with the given HTTP status. */
export function isApiError(err: unknown, status?: number): err is ApiError {
  return err instanceof ApiError && (status === undefined || err.status === status);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function readProblem(res: Response): Promise<Problem | null> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body = (await res.json()) as Partial<Problem>;
    if (typeof body !== 'object' || body === null) return null;
    return {
      type: body.type ?? 'about:blank',
      title: body.title ?? res.statusText,
      status: body.status ?? res.status,
      code: body.code ?? `HTTP_${res.status}`,
      detail: body.detail ?? body.title ?? res.statusText,
      detailZh: body.detailZh,
      errors: body.errors,
    };
  } catch {
    return null;
  }
}

/** Fetches `/api/v1${path}` with the session cookie and reads the JSON answer or the problem. */
async function send<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { ...init, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, null);
  }
  if (!res.ok) throw new ApiError(res.status, await readProblem(res));
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Sends a request under `/api/v1` and returns the parsed JSON body (undefined for 204). */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') headers['Content-Type'] = 'application/json';
  return send<T>(path, { method, headers, body: method === 'GET' ? undefined : JSON.stringify(body ?? {}) });
}

/**
 * POSTs one file as multipart form data (field `file`) under `/api/v1` and returns the parsed
 * JSON body; a refusal becomes an {@link ApiError} as for {@link apiRequest}.
 */
export async function apiUpload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  // No Content-Type: the browser writes the multipart boundary.
  return send<T>(path, { method: 'POST', headers: { Accept: 'application/json' }, body: form });
}

/** Query-string from an object, leaving out empty values. */
export function toQueryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** Thin helpers over {@link apiRequest}. */
export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
  upload: <T>(path: string, file: File) => apiUpload<T>(path, file),
};
