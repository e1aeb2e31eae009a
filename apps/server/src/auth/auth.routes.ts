/** /api/v1/auth — sign in, sign out, who am I, and bearer tokens. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordBody,
  createTokenBody,
  createdToken,
  idParams,
  loginBody,
  me,
  problem,
  recoveryRequestBody,
  recoveryRequested,
  recoveryResetBody,
  tokenList,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { currentAccount } from './accounts.service.js';
import { LoginLockedError, login, logout } from './login.service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { createToken, listTokens, revokeToken } from './tokens.service.js';
import { hourlyLimit, perAddressLimit } from './rate-limits.js';
import { changePassword, recoverWithCode, requestRecoveryCode } from './password.service.js';

/**
 * Sign-in attempts per client address per minute (on top of the per-account lockout); `max` is
 * the default of BOLE_LOGIN_RATE_LIMIT.
 */
export const LOGIN_RATE_LIMIT = perAddressLimit(20, 60_000, { en: 'sign-in attempts from your network', zh: '登录尝试' });

/** Auth routes. */
export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/auth/login',
      {
        config: {
          access: 'public',
          errorCodes: ['BOLE_INVALID_CREDENTIALS', 'BOLE_ACCOUNT_DISABLED', 'BOLE_LOGIN_LOCKED'],
          rateLimit: { ...LOGIN_RATE_LIMIT, max: ctx.config.loginRateLimit },
        },
        schema: {
          operationId: 'login',
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
      {
        config: { access: 'authenticated', duringPasswordChange: true },
        schema: { operationId: 'logout', tags: ['auth'], summary: 'Sign out: ends the current session', response: { 204: z.null() } },
      },
      async (request, reply) => {
        await logout(ctx, principalOf(request), request.ip);
        clearSessionCookie(request, reply, ctx.config.publicOrigin);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/me',
      {
        config: { access: 'authenticated', duringPasswordChange: true },
        schema: { operationId: 'getMyAccount', tags: ['auth'], summary: 'The signed-in account', response: { 200: me } },
      },
      async (request) => currentAccount(ctx, principalOf(request)),
    );

    app.post(
      '/api/v1/auth/password',
      {
        config: {
          access: 'authenticated',
          errorCodes: ['BOLE_WRONG_CURRENT_PASSWORD'],
          duringPasswordChange: true,
          rateLimit: hourlyLimit(30, { en: 'password changes from your network', zh: '修改密码' }),
        },
        schema: {
          operationId: 'changePassword',
          tags: ['auth'],
          summary: 'Change your own password (current and new); every other session of the account ends',
          body: changePasswordBody,
          response: { 204: z.null(), 400: problem },
        },
      },
      async (request, reply) => {
        await changePassword(ctx, principalOf(request), request.body, request.ip ?? null);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/recovery',
      {
        config: {
          access: 'public',
          errorCodes: ['BOLE_SMS_UNAVAILABLE'],
          rateLimit: hourlyLimit(10, { en: 'code requests from your network', zh: '验证码请求' }),
        },
        schema: {
          operationId: 'requestRecoveryCode',
          tags: ['auth'],
          summary: 'A talent asks for a recovery code by text message; the answer never says whether the number is registered',
          body: recoveryRequestBody,
          response: { 202: recoveryRequested, 429: problem, 503: problem },
        },
      },
      async (request, reply) => reply.status(202).send(await requestRecoveryCode(ctx, request.body, request)),
    );

    app.post(
      '/api/v1/auth/recovery/reset',
      {
        config: {
          access: 'public',
          errorCodes: ['BOLE_RECOVERY_CODE_INVALID'],
          rateLimit: hourlyLimit(30, { en: 'code checks from your network', zh: '验证码校验' }),
        },
        schema: {
          operationId: 'resetPasswordWithCode',
          tags: ['auth'],
          summary: 'Set a new password with the code from the text message; every session and token of the account ends',
          body: recoveryResetBody,
          response: { 204: z.null(), 400: problem, 429: problem },
        },
      },
      async (request, reply) => {
        await recoverWithCode(ctx, request.body, request.ip ?? null);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/tokens',
      {
        schema: {
          operationId: 'createToken',
          tags: ['auth'],
          summary: 'Create a bearer token (shown only once)',
          body: createTokenBody,
          response: { 201: createdToken },
        },
      },
      async (request, reply) => reply.status(201).send(await createToken(ctx, principalOf(request), request.body.name)),
    );

    app.get(
      '/api/v1/auth/tokens',
      { schema: { operationId: 'listTokens', tags: ['auth'], summary: 'Your bearer tokens', response: { 200: tokenList } } },
      async (request) => ({ items: await listTokens(ctx, principalOf(request)) }),
    );

    app.delete(
      '/api/v1/auth/tokens/:id',
      {
        schema: { operationId: 'revokeToken', tags: ['auth'], summary: 'Revoke one of your bearer tokens', params: idParams, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await revokeToken(ctx, principalOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
