/** /api/v1/auth — sign in, sign out, who am I, and bearer tokens. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STAFF_ROLES, createTokenBody, createdToken, idParams, loginBody, me, problem, tokenList } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { currentAccount } from './accounts.service.js';
import { LoginLockedError, login, logout } from './login.service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { createToken, listTokens, revokeToken } from './tokens.service.js';
import { fail } from '../http/errors.js';

/**
 * Sign-in attempts per client address per minute (on top of the per-account lockout); `max` is
 * the default of BOLE_LOGIN_RATE_LIMIT.
 */
export const LOGIN_RATE_LIMIT = {
  max: 20,
  timeWindow: 60_000,
  errorResponseBuilder: (_req: unknown, c: { ttl: number }) => {
    const s = Math.max(1, Math.ceil(c.ttl / 1000));
    return fail('BOLE_RATE_LIMITED', { attempts: { en: 'sign-in attempts from your network', zh: '登录尝试' }, wait: { en: `${s} s`, zh: ` ${s} 秒` } });
  },
};

/** Auth routes. */
export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/auth/login',
      {
        config: { access: 'public', rateLimit: { ...LOGIN_RATE_LIMIT, max: ctx.config.loginRateLimit } },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with a mobile number, credit code or username; sets the session cookie',
          body: loginBody,
          response: { 200: me, 401: problem, 429: problem },
        },
      },
      async (request, reply) => {
        try {
          const { me: who, token } = await login(ctx, request.body, request);
          setSessionCookie(request, reply, token, ctx.config.publicOrigin);
          return who;
        } catch (err) {
          if (err instanceof LoginLockedError) reply.header('retry-after', String(err.retryAfterSeconds));
          throw err;
        }
      },
    );

    app.post(
      '/api/v1/auth/logout',
      { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'Sign out: ends the current session', response: { 204: z.null() } } },
      async (request, reply) => {
        await logout(ctx, principalOf(request), request.ip);
        clearSessionCookie(request, reply, ctx.config.publicOrigin);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/me',
      { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'The signed-in account', response: { 200: me } } },
      async (request) => currentAccount(ctx, principalOf(request)),
    );

    app.post(
      '/api/v1/auth/tokens',
      {
        config: { access: STAFF_ROLES },
        schema: { tags: ['auth'], summary: 'Create a bearer token (shown only once)', body: createTokenBody, response: { 201: createdToken } },
      },
      async (request, reply) => reply.status(201).send(await createToken(ctx, principalOf(request), request.body.name)),
    );

    app.get(
      '/api/v1/auth/tokens',
      { config: { access: STAFF_ROLES }, schema: { tags: ['auth'], summary: 'Your bearer tokens', response: { 200: tokenList } } },
      async (request) => ({ items: await listTokens(ctx, principalOf(request)) }),
    );

    app.delete(
      '/api/v1/auth/tokens/:id',
      {
        config: { access: STAFF_ROLES },
        schema: { tags: ['auth'], summary: 'Revoke one of your bearer tokens', params: idParams, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await revokeToken(ctx, principalOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
