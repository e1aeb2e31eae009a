/**
 * Pure rules of signing in: which kind of login a string is, how long an address stays locked
 * out of a login after wrong passwords, and whether a session is still alive. No I/O.
 */

/** What a login string identifies: a talent's mobile, an employer's credit code or a staff username. */
export type LoginKind = { kind: 'mobile'; value: string } | { kind: 'creditCode'; value: string } | { kind: 'username'; value: string };

/**
 * Limits on wrong passwords. Counters are kept per login string (never per existing account,
 * so an unknown login is treated exactly like a known one):
 * - per (login, client address): after FREE_ATTEMPTS wrong passwords that address is locked out
 *   of that login for growing periods (`lockoutMs`); the owner signing in from elsewhere is not;
 * - per client address, across logins: `addressPerHour` wrong passwords, then the address waits
 *   for the hour to end (guessing many accounts from one place);
 * - per login, across addresses: after `accountSlowAfter` wrong passwords in a day every attempt
 *   on it is answered only after `accountSlowMs` — it slows a distributed guesser but never
 *   locks the owner out.
 */
export interface LoginLimits {
  addressPerHour: number;
  accountSlowAfter: number;
  accountSlowMs: number;
}

/** The limits in force unless a test narrows them. */
export const LOGIN_LIMITS: LoginLimits = { addressPerHour: 100, accountSlowAfter: 50, accountSlowMs: 2_000 };

/** Window of the per-(login, address) and per-login counters. */
export const LOGIN_DAY_MS = 24 * 3600_000;
/** Window of the per-address counter. */
export const LOGIN_HOUR_MS = 3600_000;

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
/**
 * A node remembers a session lookup this long (session-cache.ts): a session ended on another
 * node, or by the `bole` command, may still answer here for up to this long; one ended on this
 * node stops at once.
 */
export const SESSION_CACHE_MS = 2_000;

/** Classifies a login: 11-digit mobile, 18-character credit code, otherwise a username. */
export function classifyLogin(raw: string): LoginKind {
  const s = raw.trim();
  if (/^1[3-9]\d{9}$/.test(s)) return { kind: 'mobile', value: s };
  if (/^[0-9A-HJ-NPQRTUWXY]{18}$/i.test(s)) return { kind: 'creditCode', value: s.toUpperCase() };
  return { kind: 'username', value: s.toLowerCase() };
}

/**
 * How long to lock an address out of a login after its `failedCount`-th consecutive wrong password:
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

/** How long a recovery code sent by text message stays valid. */
export const RECOVERY_CODE_MINUTES = 10;
/** Wrong tries a recovery code survives; the next one needs a new code. */
export const RECOVERY_CODE_TRIES = 5;
/** At least this long between two codes to one number. */
export const RECOVERY_GAP_MS = 60_000;
/** At most this many codes to one number per day. */
export const RECOVERY_PER_DAY = 5;
/** At most this many code checks for one number per hour (whatever the codes). */
export const RECOVERY_CHECKS_PER_HOUR = 10;

/**
 * What is wrong with a new password beyond the shape rule every password form checks (8–128
 * characters, a letter and a digit): the same as the current one, the login itself inside it,
 * or a password printed in the documentation. Empty when it is fine.
 */
export function newPasswordProblems(password: string, facts: { current?: string; login?: string | null; published: readonly string[] }): string[] {
  const problems: string[] = [];
  if (facts.current !== undefined && password === facts.current) problems.push('must differ from the current password');
  if (facts.login && facts.login.length >= 3 && password.toLowerCase().includes(facts.login.toLowerCase())) problems.push('must not contain the login');
  if (facts.published.includes(password)) problems.push('is published in the documentation; choose your own');
  return problems;
}
