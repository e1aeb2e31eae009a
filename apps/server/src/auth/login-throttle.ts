/**
 * The counters behind the sign-in limits of login-rules.ts (`LoginLimits`), keyed by a keyed
 * hash of the login string and by the client address — never by whether an account exists,
 * so the answers for an unknown login and a known one are the same.
 */
import type { AppContext } from '../platform/context.js';
import type { Db, Tx } from '../db/database.js';
import type { UserRow } from './account.repository.js';
import { blockThrottle, blockedWithPrefix, clearThrottles, findThrottles, hitThrottle } from './throttle.repository.js';
import { LOGIN_DAY_MS, LOGIN_HOUR_MS, LOGIN_LIMITS, classifyLogin, lockoutMs, type LoginKind, type LoginLimits } from './login-rules.js';

/** The login string an account signs in with, as `classifyLogin` would read it. */
export function loginNameOf(ctx: AppContext, user: Pick<UserRow, 'username' | 'creditCode' | 'mobileEnc'>): LoginKind | null {
  if (user.username) return { kind: 'username', value: user.username };
  if (user.creditCode) return { kind: 'creditCode', value: user.creditCode };
  if (user.mobileEnc) return { kind: 'mobile', value: ctx.cipher.decrypt(user.mobileEnc) };
  return null;
}

function loginKey(ctx: AppContext, l: LoginKind): string {
  return ctx.cipher.lookupHash('login', `${l.kind}:${l.value}`);
}

/** The three counters one sign-in attempt touches. */
export interface LoginKeys {
  pair: string;
  address: string;
  login: string;
}

/** The counter keys of an attempt on `login` from `ip`. */
export function loginKeys(ctx: AppContext, login: string, ip: string): LoginKeys {
  const k = loginKey(ctx, classifyLogin(login));
  return { pair: `login-pair:${k}|${ip}`, address: `login-addr:${ip}`, login: `login-acct:${k}` };
}

/** What the counters say before the password is checked. */
export interface LoginGate {
  /** This address is locked out of this login until then. */
  pairLockedUntil: Date | null;
  /** This address has guessed too much, across logins, until then. */
  addressBlockedUntil: Date | null;
  /** The login is under a distributed guess: answer slowly. */
  slow: boolean;
}

/** Reads the counters of an attempt. */
export async function loginGate(db: Db, keys: LoginKeys, now: Date, limits: LoginLimits = LOGIN_LIMITS): Promise<LoginGate> {
  const rows = new Map((await findThrottles(db, [keys.pair, keys.address, keys.login])).map((r) => [r.key, r]));
  const live = (d: Date | null | undefined) => (d && d > now ? d : null);
  const acct = rows.get(keys.login);
  const acctLive = acct && acct.windowStart.getTime() + LOGIN_DAY_MS > now.getTime();
  return {
    pairLockedUntil: live(rows.get(keys.pair)?.blockedUntil),
    addressBlockedUntil: live(rows.get(keys.address)?.blockedUntil),
    slow: Boolean(acctLive && acct.count >= limits.accountSlowAfter),
  };
}

/**
 * Counts a wrong password inside `tx`; returns the pair's failure count and, when this
 * failure locks the address out of the login, until when.
 */
export async function countLoginFailure(
  tx: Tx,
  keys: LoginKeys,
  now: Date,
  limits: LoginLimits = LOGIN_LIMITS,
): Promise<{ failedCount: number; lockedUntil: Date | null }> {
  const pair = await hitThrottle(tx, keys.pair, now, LOGIN_DAY_MS);
  const lockFor = lockoutMs(pair.count);
  const lockedUntil = lockFor > 0 ? new Date(now.getTime() + lockFor) : null;
  if (lockedUntil) await blockThrottle(tx, keys.pair, lockedUntil, now);
  const address = await hitThrottle(tx, keys.address, now, LOGIN_HOUR_MS);
  if (address.count >= limits.addressPerHour) await blockThrottle(tx, keys.address, new Date(address.windowStart.getTime() + LOGIN_HOUR_MS), now);
  await hitThrottle(tx, keys.login, now, LOGIN_DAY_MS);
  return { failedCount: pair.count, lockedUntil };
}

/** A successful sign-in from an address forgets that address's failures on the login. */
export async function clearLoginPair(tx: Tx, keys: LoginKeys): Promise<void> {
  await clearThrottles(tx, [keys.pair]);
}

/** Forgets every counter of an account's login (a reset, a recovery, re-enabling the account). */
export async function clearLoginThrottlesOf(ctx: AppContext, tx: Tx, user: Pick<UserRow, 'username' | 'creditCode' | 'mobileEnc'>): Promise<void> {
  const l = loginNameOf(ctx, user);
  if (!l) return;
  const k = loginKey(ctx, l);
  await clearThrottles(tx, [`login-acct:${k}`], [`login-pair:${k}|`]);
}

/** The latest lockout of the account's login from any address still in force (the admin console), or null. */
export async function loginLockedUntil(ctx: AppContext, user: Pick<UserRow, 'username' | 'creditCode' | 'mobileEnc'>): Promise<Date | null> {
  const l = loginNameOf(ctx, user);
  if (!l) return null;
  const rows = await blockedWithPrefix(ctx.db, `login-pair:${loginKey(ctx, l)}|`, ctx.clock.now());
  return rows.reduce<Date | null>((max, r) => (r.blockedUntil && (!max || r.blockedUntil > max) ? r.blockedUntil : max), null);
}
