/**
 * Pure rules of signing in: which kind of login a string is, how long an account stays
 * locked after wrong passwords, and whether a session is still alive. No I/O.
 */

/** What a login string identifies: a talent's mobile, an employer's credit code or a staff username. */
export type LoginKind = { kind: 'mobile'; value: string } | { kind: 'creditCode'; value: string } | { kind: 'username'; value: string };

/** Failed attempts allowed before the first lockout. */
export const FREE_ATTEMPTS = 4;
/** The longest lockout. */
export const MAX_LOCK_MS = 60 * 60_000;
/** A session ends after this long without use. */
export const SESSION_IDLE_MS = 12 * 3600_000;
/** A session ends this long after sign-in, however active. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 3600_000;
/** `last_seen_at` is written at most this often (saves a write per request). */
export const SESSION_TOUCH_MS = 60_000;

/** Classifies a login: 11-digit mobile, 18-character credit code, otherwise a username. */
export function classifyLogin(raw: string): LoginKind {
  const s = raw.trim();
  if (/^1[3-9]\d{9}$/.test(s)) return { kind: 'mobile', value: s };
  if (/^[0-9A-HJ-NPQRTUWXY]{18}$/i.test(s)) return { kind: 'creditCode', value: s.toUpperCase() };
  return { kind: 'username', value: s.toLowerCase() };
}

/**
 * How long to lock an account after its `failedCount`-th consecutive wrong password:
 * nothing for the first four, then 1, 2, 4, 8 … minutes, at most an hour.
 */
export function lockoutMs(failedCount: number): number {
  if (failedCount <= FREE_ATTEMPTS) return 0;
  return Math.min(60_000 * 2 ** (failedCount - FREE_ATTEMPTS - 1), MAX_LOCK_MS);
}

/** Whether a session may still be used at `now`. */
export function sessionIsLive(s: { lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null }, now: Date): boolean {
  if (s.revokedAt) return false;
  const t = now.getTime();
  return t < s.expiresAt.getTime() && t < s.lastSeenAt.getTime() + SESSION_IDLE_MS;
}

/** The request's own origin and the configured public origin, against which `Origin` is checked. */
export interface OriginFacts {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** Host (and port) the request was sent to, as the server sees it (proxy-aware). */
  host: string | undefined;
  publicOrigin: string | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard for requests a browser could send with the session cookie:
 * a state-changing request must come from our own origin. An `Origin` header must match the
 * Host or `BOLE_PUBLIC_ORIGIN`; without one, `Sec-Fetch-Site` must be absent or `same-origin`
 * (non-browser clients send neither).
 */
export function originAllowed(f: OriginFacts): boolean {
  if (SAFE_METHODS.has(f.method.toUpperCase())) return true;
  if (f.origin !== undefined) {
    let url: URL;
    try {
      url = new URL(f.origin);
    } catch {
      return false;
    }
    if (url.origin === 'null') return false;
    if (f.publicOrigin && safeOrigin(f.publicOrigin) === url.origin) return true;
    return f.host !== undefined && sameHost(url, f.host);
  }
  return f.secFetchSite === undefined || f.secFetchSite === 'same-origin';
}

/** Host equality with the origin's default port made explicit on both sides (`example.org:443` = `example.org`). */
function sameHost(origin: URL, host: string): boolean {
  try {
    return new URL(`${origin.protocol}//${host}`).host === origin.host;
  } catch {
    return false;
  }
}

function safeOrigin(s: string): string | null {
  try {
    return new URL(s).origin;
  } catch {
    return null;
  }
}
