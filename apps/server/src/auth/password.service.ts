/**
 * Passwords after sign-up: a person changes their own (the current one, a new one, every other
 * session ended), an administrator resets someone's (a one-time password shown once; the
 * change is forced at the next sign-in), and a talent recovers access with a code sent by text
 * message to their registered mobile. Recovery never says whether a number is registered: the
 * answers, the throttles and the work done before a code is checked are the same for every
 * number.
 */
import type { FastifyRequest } from 'fastify';
import type { ChangePasswordBody, RecoveryRequestBody, RecoveryRequested, RecoveryResetBody } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound, unauthenticated } from '../http/errors.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { findUserById, findUserByLogin, lockUser, revokeAllCredentials, revokeOtherSessions, updateUser, type UserRow } from './account.repository.js';
import { addRecoveryAttempt, insertRecoveryCode, lockLiveRecoveryCode, useRecoveryCodes } from './recovery.repository.js';
import { hitThrottle } from './throttle.repository.js';
import {
  RECOVERY_CHECKS_PER_HOUR,
  RECOVERY_CODE_MINUTES,
  RECOVERY_CODE_TRIES,
  RECOVERY_GAP_MS,
  RECOVERY_PER_DAY,
  classifyLogin,
  newPasswordProblems,
} from './login-rules.js';
import { hashPassword, newNumericCode, newOneTimePassword, verifyPassword } from './secrets.js';
import { clearLoginThrottlesOf } from './login-throttle.js';

/** Passwords printed in the README and the start-up banner: never accepted as a new password. */
export const PUBLISHED_PASSWORDS: readonly string[] = [DEMO_PASSWORD];

function checkNewPassword(password: string, facts: { current?: string; login: string | null }): void {
  const problems = newPasswordProblems(password, { ...facts, published: PUBLISHED_PASSWORDS });
  if (problems.length) throw invalid(problems.map((message) => ({ field: 'newPassword', message })));
}

/** Sets a new password hash inside `tx` and records when; `mustChange` after an administrator's reset. */
async function setPassword(tx: Tx, user: UserRow, hash: string, mustChange: boolean, now: Date): Promise<void> {
  await updateUser(tx, user.id, { passwordHash: hash, mustChangePassword: mustChange, passwordPublished: false, passwordChangedAt: now, updatedAt: now });
}

/**
 * POST /auth/password: checks the current password, applies the new one and ends every other
 * session of the account (the one in use stays). 400 BOLE_WRONG_CURRENT_PASSWORD naming
 * `currentPassword`; 400 BOLE_VALIDATION naming `newPassword` when it is the current one,
 * contains the login or is a published password.
 */
export async function changePassword(ctx: AppContext, principal: Principal, body: ChangePasswordBody, ip: string | null): Promise<void> {
  const user = await findUserById(ctx.db, principal.userId);
  if (!user || user.disabled) throw unauthenticated();
  if (!(await verifyPassword(user.passwordHash, body.currentPassword))) {
    await ctx.db.transaction((tx) =>
      ctx.audit.record(tx, principal, { action: 'account.password.change_failed', entity: 'user', entityId: user.id, detail: {} }, ip),
    );
    throw fail('BOLE_WRONG_CURRENT_PASSWORD', {}, [{ field: 'currentPassword', message: 'is wrong' }]);
  }
  checkNewPassword(body.newPassword, { current: body.currentPassword, login: user.username ?? user.creditCode });
  const hash = await hashPassword(body.newPassword);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await setPassword(tx, user, hash, false, now);
    const ended = await revokeOtherSessions(tx, user.id, principal.via === 'session' ? principal.credentialId : null, now);
    await ctx.audit.record(tx, principal, { action: 'account.password.change', entity: 'user', entityId: user.id, detail: { endedSessions: ended } }, ip);
  });
}

/**
 * Resets an account's password to a fresh one-time password inside the caller's transaction:
 * every session and token of the account ends, lockouts are forgotten, and the person must
 * choose a new password at their next sign-in. Returns the one-time password (shown once,
 * never stored or logged) and what was ended; null when there is no such account.
 */
export async function resetAccountPassword(
  ctx: AppContext,
  tx: Tx,
  id: string,
  now: Date,
): Promise<{ oneTimePassword: string; revoked: { sessions: number; tokens: number } } | null> {
  const user = await lockUser(tx, id);
  if (!user) return null;
  const oneTimePassword = newOneTimePassword();
  await setPassword(tx, user, await hashPassword(oneTimePassword), true, now);
  const revoked = await revokeAllCredentials(tx, id, now);
  await clearLoginThrottlesOf(ctx, tx, user);
  return { oneTimePassword, revoked };
}

const sent: RecoveryRequested = { codeValidMinutes: RECOVERY_CODE_MINUTES };

function tooOften(what: { en: string; zh: string }, seconds: number) {
  const s = Math.max(1, Math.ceil(seconds));
  return fail('BOLE_RATE_LIMITED', { attempts: what, wait: { en: `${s} s`, zh: ` ${s} 秒` } });
}

const CODES = { en: 'codes sent to this number', zh: '该号码的验证码请求' };
const CHECKS = { en: 'code checks for this number', zh: '该号码的验证码校验' };

/** The talent account of a mobile number, or null (unknown, another role or disabled: all alike). */
async function talentByMobile(ctx: AppContext, mobile: string): Promise<UserRow | null> {
  const user = await findUserByLogin(ctx.db, { mobileHash: ctx.cipher.lookupHash('mobile', mobile) });
  return user && user.role === 'talent' && !user.disabled ? user : null;
}

/**
 * POST /auth/recovery: when the number belongs to a talent account, a 6-digit code valid for
 * RECOVERY_CODE_MINUTES is sent to it. The answer is the same either way; per number (known or
 * not) a code at most every minute and five a day (429). 503 BOLE_SMS_UNAVAILABLE when the
 * instance has no SMS sender (production without a gateway), before anything else.
 */
export async function requestRecoveryCode(ctx: AppContext, body: RecoveryRequestBody, request: FastifyRequest): Promise<RecoveryRequested> {
  const sms = ctx.sms;
  if (!sms) throw fail('BOLE_SMS_UNAVAILABLE');
  const now = ctx.clock.now();
  const numberKey = ctx.cipher.lookupHash('mobile', body.mobile);
  const gap = await hitThrottle(ctx.db, `recovery-gap:${numberKey}`, now, RECOVERY_GAP_MS);
  if (gap.count > 1) throw tooOften(CODES, (gap.windowStart.getTime() + RECOVERY_GAP_MS - now.getTime()) / 1000);
  const day = await hitThrottle(ctx.db, `recovery-day:${numberKey}`, now, 24 * 3600_000);
  if (day.count > RECOVERY_PER_DAY) throw tooOften(CODES, (day.windowStart.getTime() + 24 * 3600_000 - now.getTime()) / 1000);

  const user = await talentByMobile(ctx, body.mobile);
  if (!user) {
    await ctx.db.transaction((tx) =>
      ctx.audit.record(tx, null, { action: 'auth.recovery.request', entity: 'user', entityId: null, detail: { sent: false } }, request.ip),
    );
    return sent;
  }
  const code = newNumericCode();
  await ctx.db.transaction(async (tx) => {
    await insertRecoveryCode(tx, {
      userId: user.id,
      codeHash: ctx.cipher.lookupHash('recovery', `${user.id}:${code}`),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RECOVERY_CODE_MINUTES * 60_000),
    });
    await ctx.audit.record(tx, null, { action: 'auth.recovery.request', entity: 'user', entityId: user.id, detail: { sent: true, via: sms.name } }, request.ip);
  });
  // Sent after the code is stored (a code that arrives always works) and not awaited: a slow or
  // failing gateway must not make a registered number's answer differ from any other's.
  sms.send(body.mobile, `【伯乐】您的找回密码验证码为 ${code}，${RECOVERY_CODE_MINUTES} 分钟内有效。如非本人操作，请忽略。`).catch((err: unknown) => {
    process.stderr.write(`A recovery code could not be handed to the SMS sender (${sms.name}): ${err instanceof Error ? err.message : String(err)}\n`);
  });
  return sent;
}

/**
 * POST /auth/recovery/reset: a right, unexpired, unused code sets the new password, ends every
 * session and token and forgets lockouts. A wrong code, a used or expired one and an unknown
 * number all get 400 BOLE_RECOVERY_CODE_INVALID; per number at most ten checks an hour (429).
 */
export async function recoverWithCode(ctx: AppContext, body: RecoveryResetBody, ip: string | null): Promise<void> {
  const now = ctx.clock.now();
  const numberKey = ctx.cipher.lookupHash('mobile', body.mobile);
  const checks = await hitThrottle(ctx.db, `recovery-check:${numberKey}`, now, 3600_000);
  if (checks.count > RECOVERY_CHECKS_PER_HOUR) throw tooOften(CHECKS, (checks.windowStart.getTime() + 3600_000 - now.getTime()) / 1000);
  const invalidCode = () => fail('BOLE_RECOVERY_CODE_INVALID', {}, [{ field: 'code', message: 'is wrong, used or expired' }]);

  const user = await talentByMobile(ctx, body.mobile);
  if (!user) throw invalidCode();
  const matched = await ctx.db.transaction(async (tx) => {
    const live = await lockLiveRecoveryCode(tx, user.id, now);
    if (!live || live.attempts >= RECOVERY_CODE_TRIES) return false;
    if (live.codeHash !== ctx.cipher.lookupHash('recovery', `${user.id}:${body.code}`)) {
      await addRecoveryAttempt(tx, live.id);
      return false;
    }
    return true;
  });
  if (!matched) {
    await ctx.db.transaction((tx) => ctx.audit.record(tx, null, { action: 'auth.recovery.failed', entity: 'user', entityId: user.id, detail: {} }, ip));
    throw invalidCode();
  }
  checkNewPassword(body.newPassword, { login: null });
  const hash = await hashPassword(body.newPassword);
  await ctx.db.transaction(async (tx) => {
    // The code is spent in the same transaction as the password it buys.
    const live = await lockLiveRecoveryCode(tx, user.id, now);
    if (!live || live.codeHash !== ctx.cipher.lookupHash('recovery', `${user.id}:${body.code}`)) throw invalidCode();
    await useRecoveryCodes(tx, user.id, now);
    await setPassword(tx, user, hash, false, now);
    const revoked = await revokeAllCredentials(tx, user.id, now);
    await clearLoginThrottlesOf(ctx, tx, user);
    await ctx.audit.record(
      tx,
      { userId: user.id, role: user.role },
      { action: 'account.password.recover', entity: 'user', entityId: user.id, detail: { endedSessions: revoked.sessions, endedTokens: revoked.tokens } },
      ip,
    );
  });
}

/** `bole user reset-password`: resets the account signing in with `login` (the actor is the system). */
export async function resetPasswordByLogin(ctx: AppContext, login: string): Promise<{ oneTimePassword: string }> {
  const l = classifyLogin(login);
  const by =
    l.kind === 'mobile' ? { mobileHash: ctx.cipher.lookupHash('mobile', l.value) } : l.kind === 'creditCode' ? { creditCode: l.value } : { username: l.value };
  const user = await findUserByLogin(ctx.db, by);
  if (!user) throw notFound({ en: `The account "${login}"`, zh: `账号“${login}”` });
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const reset = (await resetAccountPassword(ctx, tx, user.id, now))!;
    await ctx.audit.record(tx, null, {
      action: 'account.password.reset',
      entity: 'user',
      entityId: user.id,
      detail: { revokedSessions: reset.revoked.sessions, revokedTokens: reset.revoked.tokens, via: 'cli' },
    });
    return { oneTimePassword: reset.oneTimePassword };
  });
}
