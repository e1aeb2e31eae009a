/** The admin's user console: create staff accounts, list accounts, disable and re-enable them. */
import {
  STAFF_ROLES,
  type CreateStaffBody,
  type PasswordResetResult,
  type Role,
  type UpdateStaffBody,
  type UserItem,
  type UserListQuery,
} from '@bole/contracts';
import { assertCityCodes } from '../city/city-file.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import { maskMobile } from '../personal-data/personal-data.js';
import {
  clearLoginThrottlesOf,
  createAccount,
  findUserById,
  listUsers,
  lockUser,
  loginLockedUntil,
  resetAccountPassword,
  setAccountDisabled,
  updateUser,
  type UserRow,
} from '../auth/accounts.service.js';

async function present(ctx: AppContext, u: UserRow): Promise<UserItem> {
  const locked = await loginLockedUntil(ctx, u);
  const login = u.username ?? u.creditCode ?? (u.mobileEnc ? maskMobile(ctx.cipher.decrypt(u.mobileEnc)) : '');
  return {
    id: u.id,
    role: u.role,
    login,
    displayName: u.displayName,
    department: u.department ?? null,
    talentId: u.talentId ?? null,
    employerId: u.employerId ?? null,
    disabled: u.disabled,
    lockedUntil: locked?.toISOString() ?? null,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

/** Creates a staff account (reviewer, officer, concierge, auditor, admin). */
export async function createStaff(ctx: AppContext, actor: Principal, body: CreateStaffBody): Promise<UserItem> {
  assertCityCodes(ctx.city, { department: body.department });
  const { id } = await ctx.db.transaction((tx) =>
    createAccount(
      ctx,
      tx,
      { role: body.role, username: body.username, displayName: body.displayName, department: body.department, password: body.password },
      actor,
    ),
  );
  return present(ctx, (await findUserById(ctx.db, id))!);
}

/** A page of staff accounts, newest first (talents and employers are managed on their own screens). */
export async function listAccounts(ctx: AppContext, q: UserListQuery) {
  const { rows, total } = await listUsers(ctx.db, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize, roles: q.role ? [q.role] : STAFF_ROLES });
  return { items: await Promise.all(rows.map((r) => present(ctx, r))), total, page: q.page, pageSize: q.pageSize };
}

/**
 * Disables (or re-enables) an account. Disabling ends every session and token at once.
 * An admin cannot disable their own account (so an instance always keeps one admin who can act).
 */
export async function setDisabled(ctx: AppContext, actor: Principal, id: string, disabled: boolean): Promise<UserItem> {
  if (disabled && id === actor.userId) {
    throw fail('BOLE_CANNOT_DISABLE_SELF');
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const change = await setAccountDisabled(ctx, tx, id, disabled, now);
    if (!change) throw notFound({ en: 'The account', zh: '该账号' });
    if (!change.changed) return;
    const { revoked } = change;
    await ctx.audit.record(tx, actor, {
      action: disabled ? 'account.disable' : 'account.enable',
      entity: 'user',
      entityId: id,
      detail: disabled ? { revokedSessions: revoked.sessions, revokedTokens: revoked.tokens } : {},
    });
  });
  return present(ctx, (await findUserById(ctx.db, id))!);
}

/**
 * Resets an account's password: a one-time password, returned once (never stored or logged),
 * every session and token of the account ended, and the change forced at the next sign-in.
 * An admin changes their own password instead (409 BOLE_CANNOT_RESET_SELF).
 */
export async function resetPassword(ctx: AppContext, actor: Principal, id: string): Promise<PasswordResetResult> {
  if (id === actor.userId) throw fail('BOLE_CANNOT_RESET_SELF');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const reset = await resetAccountPassword(ctx, tx, id, now);
    if (!reset) throw notFound({ en: 'The account', zh: '该账号' });
    await ctx.audit.record(tx, actor, {
      action: 'account.password.reset',
      entity: 'user',
      entityId: id,
      detail: { revokedSessions: reset.revoked.sessions, revokedTokens: reset.revoked.tokens },
    });
    return { oneTimePassword: reset.oneTimePassword };
  });
}

const isStaff = (role: Role) => (STAFF_ROLES as readonly Role[]).includes(role);
const NO_STAFF_ACCOUNT = { en: 'The staff account', zh: '该工作人员账号' };

/** Changes a staff account's name or department; a reviewer keeps a department. Recorded with the fields changed. */
export async function updateStaff(ctx: AppContext, actor: Principal, id: string, body: UpdateStaffBody): Promise<UserItem> {
  assertCityCodes(ctx.city, { department: body.department });
  await ctx.db.transaction(async (tx) => {
    const user = await lockUser(tx, id);
    if (!user || !isStaff(user.role)) throw notFound(NO_STAFF_ACCOUNT);
    if (user.role === 'reviewer' && body.department === null) throw invalid([{ field: 'department', message: 'is required for a reviewer' }]);
    const changed = Object.keys(body).filter((k) => body[k as keyof UpdateStaffBody] !== user[k as keyof UpdateStaffBody]);
    if (!changed.length) return;
    await updateUser(tx, id, { ...body, updatedAt: ctx.clock.now() });
    await ctx.audit.record(tx, actor, { action: 'account.update', entity: 'user', entityId: id, detail: { changed } });
  });
  return present(ctx, (await findUserById(ctx.db, id))!);
}

/** Lifts a lockout after wrong passwords (from every address) so the staff member can sign in again at once. */
export async function unlockStaff(ctx: AppContext, actor: Principal, id: string): Promise<UserItem> {
  await ctx.db.transaction(async (tx) => {
    const user = await lockUser(tx, id);
    if (!user || !isStaff(user.role)) throw notFound(NO_STAFF_ACCOUNT);
    await clearLoginThrottlesOf(ctx, tx, user);
    await ctx.audit.record(tx, actor, { action: 'account.unlock', entity: 'user', entityId: id, detail: {} });
  });
  return present(ctx, (await findUserById(ctx.db, id))!);
}
