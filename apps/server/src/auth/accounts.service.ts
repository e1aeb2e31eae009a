/**
 * Accounts: creating logins (used by registration, the admin console and the CLI) and
 * starting web sessions. Other business areas call `createAccount` inside their own
 * transaction and `startSession` after it commits.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EMPLOYER_FIELD_LABELS, FIELD_LABELS, type Department, type Me, type Role } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { type AppError, fail, invalid, unauthenticated, type FieldError } from '../http/errors.js';
import {
  findTakenLogins,
  findUserById,
  insertSession,
  insertUser,
  lockUser,
  revokeAllCredentials,
  revokeSession,
  updateUser,
  type UserRow,
} from './account.repository.js';

/** Reads of accounts for the admin console: one by id, a page of accounts. */
export { findUserById, listUsers, listUsersOfEmployer, type UserRow } from './account.repository.js';
/** Password resets by an administrator, and the lockouts the console shows. */
export { resetAccountPassword } from './password.service.js';
export { loginLockedUntil } from './login-throttle.js';
/** Changes of a staff account by an administrator, inside the caller's transaction: the row locked, then updated; lockouts lifted. */
export { lockUser, updateUser } from './account.repository.js';
export { clearLoginThrottlesOf } from './login-throttle.js';
import { hashPassword, hashSecret, newSecret } from './secrets.js';
import { SESSION_ABSOLUTE_MS } from './login-rules.js';
import { setSessionCookie } from './session-cookie.js';
import { clearLoginThrottlesOf } from './login-throttle.js';

/**
 * A login to create. Talents sign in by `mobile`, employers by `creditCode` (the account it
 * registered with) or `username` (the HR users that account invites), staff by `username`.
 */
export interface NewAccount {
  role: Role;
  displayName: string;
  password: string;
  username?: string;
  mobile?: string;
  creditCode?: string;
  department?: Department | null;
  talentId?: string | null;
  employerId?: string | null;
  /** The password is printed in the documentation (the demo logins): a production start refuses while it is in use. */
  passwordPublished?: boolean;
}

const LOGIN_FIELD: Record<Role, 'mobile' | 'creditCode' | 'username'> = {
  talent: 'mobile',
  employer: 'creditCode',
  reviewer: 'username',
  officer: 'username',
  concierge: 'username',
  auditor: 'username',
  admin: 'username',
};

const DUPLICATE = {
  mobile: { login: { ...FIELD_LABELS.mobile, en: 'mobile number' }, field: 'is already registered' },
  creditCode: { login: EMPLOYER_FIELD_LABELS.creditCode, field: 'is already registered' },
  username: { login: { en: 'username', zh: '用户名' }, next: { en: 'choose another', zh: '请换一个' }, field: 'is already taken' },
} as const;

function duplicate(field: 'mobile' | 'creditCode' | 'username'): AppError {
  const { field: message, ...params } = DUPLICATE[field];
  return fail('BOLE_DUPLICATE_ACCOUNT', params, [{ field, message }]);
}

/** Checks that the input names exactly the login its role signs in with. */
function loginOf(input: NewAccount): { field: 'mobile' | 'creditCode' | 'username'; value: string } {
  const field = input.role === 'employer' && input.username !== undefined && input.creditCode === undefined ? 'username' : LOGIN_FIELD[input.role];
  const errors: FieldError[] = [];
  for (const f of ['mobile', 'creditCode', 'username'] as const) {
    const v = input[f];
    if (f === field && !v?.trim()) errors.push({ field: f, message: `is required for a ${input.role} account` });
    if (f !== field && v !== undefined) errors.push({ field: f, message: `is not used by a ${input.role} account` });
  }
  if (input.role === 'reviewer' && !input.department) errors.push({ field: 'department', message: 'is required for a reviewer' });
  if (errors.length) throw invalid(errors);
  const raw = input[field]!.trim();
  return { field, value: field === 'username' ? raw.toLowerCase() : field === 'creditCode' ? raw.toUpperCase() : raw };
}

/**
 * Creates a login inside the caller's transaction; throws AppError 409 code
 * BOLE_DUPLICATE_ACCOUNT (errors: [{field:'mobile'|'creditCode'|'username', message}]) when
 * the login exists. Records an audit entry.
 */
export async function createAccount(ctx: AppContext, tx: Tx, input: NewAccount, actor: Principal | null): Promise<{ id: string }> {
  const login = loginOf(input);
  const keys = {
    username: login.field === 'username' ? login.value : undefined,
    mobileHash: login.field === 'mobile' ? ctx.cipher.lookupHash('mobile', login.value) : undefined,
    creditCode: login.field === 'creditCode' ? login.value : undefined,
  };
  if ((await findTakenLogins(tx, keys)).length > 0) throw duplicate(login.field);
  const now = ctx.clock.now();
  const created = await insertUser(tx, {
    role: input.role,
    username: keys.username ?? null,
    mobileHash: keys.mobileHash ?? null,
    mobileEnc: login.field === 'mobile' ? ctx.cipher.encrypt(login.value) : null,
    creditCode: keys.creditCode ?? null,
    passwordHash: await hashPassword(input.password),
    passwordPublished: input.passwordPublished ?? false,
    displayName: input.displayName.trim(),
    department: input.department ?? null,
    talentId: input.talentId ?? null,
    employerId: input.employerId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  // A concurrent registration of the same login won the race between the check and the insert.
  if (!created) throw duplicate(login.field);
  await ctx.audit.record(tx, actor, {
    action: 'account.create',
    entity: 'user',
    entityId: created.id,
    detail: {
      role: input.role,
      ...(keys.username ? { username: keys.username } : {}),
      ...(keys.creditCode ? { creditCode: keys.creditCode } : {}),
      department: input.department ?? null,
      talentId: input.talentId ?? null,
      employerId: input.employerId ?? null,
    },
  });
  return { id: created.id };
}

/** The Me shape of a user row. */
export function toMe(u: Pick<UserRow, 'id' | 'role' | 'displayName' | 'department' | 'talentId' | 'employerId' | 'mustChangePassword'>): Me {
  return {
    id: u.id,
    role: u.role,
    displayName: u.displayName,
    department: u.department ?? null,
    talentId: u.talentId ?? null,
    employerId: u.employerId ?? null,
    mustChangePassword: u.mustChangePassword,
  };
}

/** The signed-in account as GET /auth/me shows it (read fresh, so a renamed account shows its new name). */
export async function currentAccount(ctx: AppContext, principal: Principal): Promise<Me> {
  const user = await findUserById(ctx.db, principal.userId);
  if (!user) throw unauthenticated();
  return toMe(user);
}

/**
 * Opens a session row inside `tx`; returns the secret token for the cookie. A session the
 * request still carries (someone signing in again, or as another account) is ended first,
 * so one browser never holds two live sessions.
 */
export async function openSession(ctx: AppContext, tx: Tx, userId: string, request: FastifyRequest): Promise<{ id: string; token: string }> {
  const now = ctx.clock.now();
  if (request.principal?.via === 'session') await revokeSession(tx, request.principal.credentialId, now);
  const token = newSecret();
  const ua = request.headers['user-agent'];
  const { id } = await insertSession(tx, {
    tokenHash: hashSecret(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    ip: request.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null,
  });
  return { id, token };
}

/**
 * Starts a web session for the user: sets the httpOnly SameSite=Lax cookie `bole_session`
 * (Secure when the request is https), returns the Me shape. Call it after the transaction
 * that created the account has committed.
 */
export async function startSession(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, userId: string): Promise<Me> {
  const user = await findUserById(ctx.db, userId);
  if (!user || user.disabled) throw unauthenticated({ en: 'This account cannot sign in.', zh: '该账号无法登录。' });
  const { token } = await ctx.db.transaction(async (tx) => {
    const opened = await openSession(ctx, tx, user.id, request);
    await ctx.audit.record(
      tx,
      { userId: user.id, role: user.role },
      { action: 'auth.session.start', entity: 'session', entityId: opened.id, detail: { userId: user.id } },
      request.ip,
    );
    return opened;
  });
  setSessionCookie(request, reply, token, ctx.config.publicOrigin);
  return toMe(user);
}

/**
 * Disables (or re-enables) an account inside the caller's transaction, with the row locked.
 * Disabling ends every session and token; re-enabling also forgets wrong passwords and lockouts.
 * Null when there is no such account; `changed: false` when it already was in that state.
 */
export async function setAccountDisabled(
  ctx: AppContext,
  tx: Tx,
  id: string,
  disabled: boolean,
  now: Date,
): Promise<{ changed: boolean; revoked: { sessions: number; tokens: number } } | null> {
  const user = await lockUser(tx, id);
  if (!user) return null;
  if (user.disabled === disabled) return { changed: false, revoked: { sessions: 0, tokens: 0 } };
  await updateUser(tx, id, { disabled, updatedAt: now });
  if (!disabled) await clearLoginThrottlesOf(ctx, tx, user);
  const revoked = disabled ? await revokeAllCredentials(tx, id, now) : { sessions: 0, tokens: 0 };
  return { changed: true, revoked };
}
