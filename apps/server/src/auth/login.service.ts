/**
 * Signing in and out. Wrong passwords count against the login from the client's address (a
 * growing lockout of that address only), against the address (across logins) and against the
 * login (a slow-down, never a lockout) — see login-rules.ts; unknown logins and wrong passwords
 * get the same answers in the same time, so the endpoint does not reveal which accounts exist.
 */
import type { FastifyRequest } from 'fastify';
import { businessDateTime, type LoginBody, type Me } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { AppError, fail } from '../http/errors.js';
import { findUserByLogin, revokeSession, updateUser, type UserRow } from './account.repository.js';
import { LOGIN_LIMITS, classifyLogin } from './login-rules.js';
import { clearLoginPair, countLoginFailure, loginGate, loginKeys } from './login-throttle.js';
import { hashPassword, passwordNeedsRehash, verifyAgainstNothing, verifyPassword } from './secrets.js';
import { openSession, toMe } from './accounts.service.js';

/** 401 for an unknown login or a wrong password — deliberately the same. */
export const invalidCredentials = () => fail('BOLE_INVALID_CREDENTIALS');

/** 429 while an account is locked after repeated wrong passwords; `retryAfterSeconds` goes to the Retry-After header. */
export class LoginLockedError extends AppError<'BOLE_LOGIN_LOCKED'> {
  constructor(
    readonly until: Date,
    now: Date,
  ) {
    const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
    super('BOLE_LOGIN_LOCKED', { seconds, until: businessDateTime(until) });
    this.retryAfterSeconds = seconds;
  }
  readonly retryAfterSeconds: number;
}

/** 429 while a client address has guessed too many passwords across logins. */
function addressLimited(until: Date, now: Date) {
  const s = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return fail('BOLE_RATE_LIMITED', { attempts: { en: 'wrong passwords from your network', zh: '密码错误' }, wait: { en: `${s} s`, zh: ` ${s} 秒` } });
}

/** 403 for a disabled account (said only after the right password). */
const accountDisabled = () => fail('BOLE_ACCOUNT_DISABLED');

async function findByLogin(ctx: AppContext, login: string): Promise<UserRow | null> {
  const l = classifyLogin(login);
  if (l.kind === 'mobile') return findUserByLogin(ctx.db, { mobileHash: ctx.cipher.lookupHash('mobile', l.value) });
  if (l.kind === 'creditCode') return findUserByLogin(ctx.db, { creditCode: l.value });
  return findUserByLogin(ctx.db, { username: l.value });
}

/** Waits `ms` (the answer to a login under a distributed guess). */
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks the credentials and opens a session; returns the user and the cookie token. Unknown
 * logins take the same path as known ones — the same counters, a password check of the same
 * cost, the same answers — so neither the answer nor its timing says which accounts exist.
 */
export async function login(ctx: AppContext, body: LoginBody, request: FastifyRequest): Promise<{ me: Me; token: string }> {
  const limits = ctx.config.loginLimits ?? LOGIN_LIMITS;
  const now = ctx.clock.now();
  const keys = loginKeys(ctx, body.login, request.ip);
  const gate = await loginGate(ctx.db, keys, now, limits);
  if (gate.pairLockedUntil) {
    ctx.metrics.loginFailed('locked');
    throw new LoginLockedError(gate.pairLockedUntil, now);
  }
  if (gate.addressBlockedUntil) {
    ctx.metrics.loginFailed('address_limited');
    throw addressLimited(gate.addressBlockedUntil, now);
  }
  if (gate.slow) await pause(limits.accountSlowMs);

  const user = await findByLogin(ctx, body.login);
  let ok = false;
  if (user) ok = await verifyPassword(user.passwordHash, body.password);
  else await verifyAgainstNothing(body.password);

  if (!user || !ok) {
    const failure = await ctx.db.transaction(async (tx) => {
      const counted = await countLoginFailure(tx, keys, now, limits);
      await ctx.audit.record(
        tx,
        user ? { userId: user.id, role: user.role } : null,
        {
          action: 'auth.login.failed',
          entity: 'user',
          entityId: user?.id ?? null,
          detail: {
            reason: user ? 'wrong_password' : 'unknown_login',
            failedCount: counted.failedCount,
            lockedUntil: counted.lockedUntil?.toISOString() ?? null,
            slowed: gate.slow,
          },
        },
        request.ip,
      );
      return counted;
    });
    ctx.metrics.loginFailed(user ? 'wrong_password' : 'unknown_login');
    if (failure.lockedUntil) throw new LoginLockedError(failure.lockedUntil, now);
    throw invalidCredentials();
  }
  if (user.disabled) throw accountDisabled();

  const actor = { userId: user.id, role: user.role };
  const rehash = passwordNeedsRehash(user.passwordHash) ? await hashPassword(body.password) : null;
  const { token } = await ctx.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { lastLoginAt: now, updatedAt: now, ...(rehash ? { passwordHash: rehash } : {}) });
    await clearLoginPair(tx, keys);
    const opened = await openSession(ctx, tx, user.id, request);
    await ctx.audit.record(tx, actor, { action: 'auth.login', entity: 'session', entityId: opened.id, detail: { userId: user.id } }, request.ip);
    return opened;
  });
  return { me: toMe(user), token };
}

/** Ends the caller's web session (bearer tokens are revoked through the token API instead). */
export async function logout(ctx: AppContext, principal: Principal, ip: string | null): Promise<void> {
  if (principal.via !== 'session') return;
  await ctx.db.transaction(async (tx) => {
    const ended = await revokeSession(tx, principal.credentialId, ctx.clock.now());
    if (!ended) return;
    await ctx.audit.record(tx, principal, { action: 'auth.logout', entity: 'session', entityId: principal.credentialId, detail: {} }, ip);
  });
}
