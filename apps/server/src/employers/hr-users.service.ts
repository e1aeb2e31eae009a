/**
 * An employer's HR users (人事专员): the account it registered with (its credit code login) invites
 * the others, each signing in with a username and a one-time password they must change at first
 * sign-in, and disables or re-enables them. Every HR user acts for the employer.
 */
import { randomBytes } from 'node:crypto';
import type { HrUser, InviteHrUserBody, InvitedHrUser } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, notFound } from '../http/errors.js';
import { createAccount, findUserById, listUsersOfEmployer, resetAccountPassword, setAccountDisabled, type UserRow } from '../auth/accounts.service.js';
import { actingEmployerId, assertEmployerApproved } from './employer-approval.service.js';

function toHrUser(u: UserRow): HrUser {
  return {
    id: u.id,
    displayName: u.displayName,
    login: u.creditCode ?? u.username ?? '',
    primary: u.creditCode !== null,
    disabled: u.disabled,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

/** The employer whose users the caller manages: only its registering account (403 otherwise), once approved. */
async function managedEmployerId(ctx: AppContext, principal: Principal): Promise<string> {
  const employerId = await assertEmployerApproved(ctx, principal, 'invite_hr_users');
  const me = await findUserById(ctx.db, principal.userId);
  if (!me?.creditCode) throw fail('BOLE_PRIMARY_HR_ONLY');
  return employerId;
}

/** GET /employers/me/users: every HR user of the caller's employer. */
export async function listHrUsers(ctx: AppContext, principal: Principal): Promise<{ items: HrUser[] }> {
  return { items: (await listUsersOfEmployer(ctx.db, actingEmployerId(principal))).map(toHrUser) };
}

/** POST /employers/me/users: invites an HR user; 409 naming `username` when it is taken. Audited. */
export async function inviteHrUser(ctx: AppContext, principal: Principal, body: InviteHrUserBody): Promise<InvitedHrUser> {
  const employerId = await managedEmployerId(ctx, principal);
  return ctx.db.transaction(async (tx) => {
    const { id } = await createAccount(
      ctx,
      tx,
      { role: 'employer', displayName: body.displayName, username: body.username, password: randomBytes(24).toString('base64url'), employerId },
      principal,
    );
    const reset = (await resetAccountPassword(ctx, tx, id, ctx.clock.now()))!;
    const user = (await findUserById(tx, id))!;
    return { user: toHrUser(user), temporaryPassword: reset.oneTimePassword };
  });
}

/** PUT /employers/me/users/:id: disables (ending its sessions) or re-enables one of the employer's HR users. Audited. */
export async function setHrUserDisabled(ctx: AppContext, principal: Principal, id: string, disabled: boolean): Promise<HrUser> {
  const employerId = await managedEmployerId(ctx, principal);
  if (id === principal.userId) throw fail('BOLE_CANNOT_DISABLE_SELF');
  return ctx.db.transaction(async (tx) => {
    const user = await findUserById(tx, id);
    if (!user || user.employerId !== employerId) throw notFound({ en: 'The HR user', zh: '该人事专员' });
    const result = (await setAccountDisabled(ctx, tx, id, disabled, ctx.clock.now()))!;
    if (result.changed) {
      await ctx.audit.record(tx, principal, {
        action: disabled ? 'employer.user.disable' : 'employer.user.enable',
        entity: 'user',
        entityId: id,
        detail: { employerId },
      });
    }
    return toHrUser((await findUserById(tx, id))!);
  });
}
