/**
 * Identifies the caller of every API request: a bearer token (`Authorization: Bearer …`) or
 * the web session cookie. Disabled accounts, revoked or expired sessions and revoked tokens
 * are anonymous; a session ended by another node is seen within `SESSION_CACHE_MS`. Requests that could carry the cookie (no bearer header) and change state must
 * come from our own origin (CSRF guard), or they are refused with 403 BOLE_ORIGIN_MISMATCH.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../platform/context.js';
import type { Authenticate, Principal } from '../http/access.js';
import { fail } from '../http/errors.js';
import { findApiTokenByHash, findSessionByTokenHash, touchApiToken, touchSession, type UserRow } from './account.repository.js';
import { SESSION_CACHE_MS, SESSION_TOUCH_MS, originAllowed, sessionIsLive } from './login-rules.js';
import { SessionCache } from './session-cache.js';
import { hashSecret } from './secrets.js';
import { sessionTokenOf } from './session-cookie.js';

/** 403 for a state-changing browser request from another site. */
export const originMismatch = () => fail('BOLE_ORIGIN_MISMATCH');

function principal(user: UserRow, via: Principal['via'], credentialId: string): Principal {
  return {
    userId: user.id,
    role: user.role,
    displayName: user.displayName,
    department: user.department ?? null,
    talentId: user.talentId ?? null,
    employerId: user.employerId ?? null,
    via,
    credentialId,
    mustChangePassword: user.mustChangePassword,
  };
}

function bearerOf(request: FastifyRequest): string | undefined {
  const h = request.headers.authorization;
  if (!h) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1] : '';
}

function header(request: FastifyRequest, name: string): string | undefined {
  const v = request.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** A session and its account, as one lookup reads them. */
type SessionLookup = NonNullable<Awaited<ReturnType<typeof findSessionByTokenHash>>>;

/**
 * Builds the request authenticator over the context's database and clock. Session lookups are
 * remembered for `sessionCacheMs` (default `SESSION_CACHE_MS`; 0 remembers nothing): see
 * session-cache.ts for when a change is seen.
 */
export function createAuthenticate(ctx: AppContext, opts: { sessionCacheMs?: number } = {}): Authenticate {
  const sessions = new SessionCache<SessionLookup>(opts.sessionCacheMs ?? SESSION_CACHE_MS);
  return async (request) => {
    const bearer = bearerOf(request);
    if (bearer !== undefined) return bearer ? fromToken(ctx, bearer) : null;
    const allowed = originAllowed({
      method: request.method,
      origin: header(request, 'origin'),
      secFetchSite: header(request, 'sec-fetch-site'),
      host: request.host,
      publicOrigin: ctx.config.publicOrigin,
    });
    if (!allowed) throw originMismatch();
    const token = sessionTokenOf(request);
    return token ? fromSession(ctx, sessions, token) : null;
  };
}

/** The session's principal: remembered, or read (and touched when due) and then remembered. */
async function fromSession(ctx: AppContext, sessions: SessionCache<SessionLookup>, token: string): Promise<Principal | null> {
  const hash = hashSecret(token);
  const now = ctx.clock.now();
  const dueForTouch = (f: SessionLookup) => now.getTime() - f.session.lastSeenAt.getTime() > SESSION_TOUCH_MS;
  let found: SessionLookup | null | undefined = sessions.get(hash);
  if (!found || dueForTouch(found)) {
    const remember = sessions.begin();
    found = await findSessionByTokenHash(ctx.db, hash);
    if (!found || found.user.disabled || !sessionIsLive(found.session, now)) return null;
    if (dueForTouch(found)) {
      await touchSession(ctx.db, found.session.id, now);
      found.session.lastSeenAt = now;
    }
    remember(hash, found);
  } else if (!sessionIsLive(found.session, now)) return null;
  return principal(found.user, 'session', found.session.id);
}

/** The account a bearer token names (the CLI's officer for four-eyes commands); null when unknown, revoked or disabled. */
export async function principalOfToken(ctx: AppContext, token: string): Promise<Principal | null> {
  return fromToken(ctx, token);
}

async function fromToken(ctx: AppContext, token: string): Promise<Principal | null> {
  const found = await findApiTokenByHash(ctx.db, hashSecret(token));
  if (!found || found.token.revokedAt || found.user.disabled) return null;
  const now = ctx.clock.now();
  const last = found.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - last > SESSION_TOUCH_MS) await touchApiToken(ctx.db, found.token.id, now);
  return { ...principal(found.user, 'token', found.token.id), scope: found.token.scope ?? null };
}
