/**
 * The web session cookie: httpOnly, SameSite=Lax, scoped to the whole site, Secure when the
 * request came over https or the public origin (BOLE_PUBLIC_ORIGIN) is https — behind a proxy
 * that terminates TLS the app may see plain http, yet the browser is on https.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'bole_session';

function options(request: FastifyRequest, publicOrigin: string | undefined) {
  const secure = request.protocol === 'https' || (publicOrigin?.startsWith('https:') ?? false);
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}

/** Sets the session cookie (a browser-session cookie: it ends when the browser closes, or earlier on the server). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, publicOrigin: string | undefined): void {
  reply.setCookie(SESSION_COOKIE, token, options(request, publicOrigin));
}

/** Tells the browser to drop the session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, publicOrigin: string | undefined): void {
  reply.clearCookie(SESSION_COOKIE, options(request, publicOrigin));
}

/** The session token the request carries, if any. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const v = request.cookies?.[SESSION_COOKIE];
  return v ? v : undefined;
}
