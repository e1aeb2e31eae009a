/**
 * Signing in and out. Wrong passwords count against the account and lock it for growing
 * periods; unknown logins and wrong passwords get the same answer in the same time, so the
 * endpoint does not reveal which accounts exist.
 */
import type { FastifyRequest } from 'fastify';
import { businessDateTime, type LoginBody, type Me } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { AppError, fail } from '../http/errors.js';
import { findUserByLogin, incrementFailedLogins, revokeSession, updateUser, type UserRow } from './account.repository.js';
import { classifyLogin, lockoutMs } from './login-rules.js';
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

/** 403 for a disabled account (said only after the right password). */
const accountDisabled = () => fail('BOLE_ACCOUNT_DISABLED');

async function findByLogin(ctx: AppContext, login: string): Promise<UserRow | null> {
  const l = classifyLogin(login);
  if (l.kind === 'mobile') return findUserByLogin(ctx.db, { mobileHash: ctx.cipher.lookupHash('mobile', l.value) });
  if (l.kind === 'creditCode') return findUserByLogin(ctx.db, { creditCode: l.value });
  return findUserByLogin(ctx.db, { username: l.value });
}

/** Checks the credentials and opens a session; returns the user and the cookie token. */
export async function login(ctx: AppContext, body: LoginBody, request: FastifyRequest): Promise<{ me: Me; token: string }> {
  const user = await findByLogin(ctx, body.login);
  const now = ctx.clock.now();
  if (!user) {
    await verifyAgainstNothing(body.password);
    await ctx.db.transaction((tx) =>
      ctx.audit.record(tx, null, { action: 'auth.login.failed', entity: 'user', entityId: null, detail: { reason: 'unknown_login' } }, request.ip),
    );
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) throw new LoginLockedError(user.lockedUntil, now);

  const ok = await verifyPassword(user.passwordHash, body.password);
  const actor = { userId: user.id, role: user.role };
  if (!ok) {
    const lockedUntil = await ctx.db.transaction(async (tx) => {
      const count = await incrementFailedLogins(tx, user.id, now);
      const lockFor = lockoutMs(count);
      const until = lockFor > 0 ? new Date(now.getTime() + lockFor) : null;
      if (until) await updateUser(tx, user.id, { lockedUntil: until });
      await ctx.audit.record(
        tx,
        actor,
        {
          action: 'auth.login.failed',
          entity: 'user',
          entityId: user.id,
          detail: { reason: 'wrong_password', failedCount: count, lockedUntil: until?.toISOString() ?? null },
        },
        request.ip,
      );
      return until;
    });
    if (lockedUntil) throw new LoginLockedError(lockedUntil, now);
    throw invalidCredentials();
  }
  if (user.disabled) throw accountDisabled();

  const rehash = passwordNeedsRehash(user.passwordHash) ? await hashPassword(body.password) : null;
  const { token } = await ctx.db.transaction(async (tx) => {
    await updateUser(tx, user.id, {
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: now,
      updatedAt: now,
      ...(rehash ? { passwordHash: rehash } : {}),
    });
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
