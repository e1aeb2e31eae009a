/** Named bearer tokens for the CLI and partner systems: created (shown once), listed, revoked. */
import type { DepartmentTokenBody, TokenScope } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import type { Tx } from '../db/database.js';
import { fail, invalid, notFound, type FieldError } from '../http/errors.js';
import { findUserById, findUserByLogin, insertApiToken, listApiTokens, revokeApiToken } from './account.repository.js';
import { TOKEN_PREFIX, hashSecret, newSecret } from './secrets.js';

/** A token as listed (never its secret). */
export interface TokenView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** A department-scoped token's department and facts (null: the account's own access). */
  scope: TokenScope | null;
}

/**
 * Issues a token for `userId` inside `tx`; the secret is returned once and only its hash is kept.
 * With a `scope` the token only delivers that department's facts (数据共享).
 */
export async function issueToken(
  ctx: AppContext,
  tx: Tx,
  userId: string,
  name: string,
  actor: Pick<Principal, 'userId' | 'role'> | null,
  scope: TokenScope | null = null,
) {
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const row = await insertApiToken(tx, { userId, name: name.trim(), tokenHash: hashSecret(token), createdAt: ctx.clock.now(), scope });
  await ctx.audit.record(tx, actor, { action: 'auth.token.create', entity: 'api_token', entityId: row.id, detail: { userId, name: row.name, scope } });
  return { id: row.id, name: row.name, token, scope };
}

/**
 * An admin issues a department-scoped token (数据共享 partner systems) for a staff account of
 * that department (a reviewer of it) or of the talent office (an officer): it may write only the
 * facts named (all the department delivers when none are), and opens no other route. 400 naming
 * the field when the department delivers no facts, a fact is not one it delivers, or the account
 * does not belong to it; 404 for an unknown account.
 */
export async function issueDepartmentToken(ctx: AppContext, admin: Principal, userId: string, body: DepartmentTokenBody) {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw notFound({ en: 'The account', zh: '该账号' });
  if (user.disabled) throw fail('BOLE_ACCOUNT_DISABLED', { account: { en: `The account "${user.displayName}"`, zh: `账号“${user.displayName}”` } });
  const supplied = ctx.city.factSuppliers.get(body.department);
  const errors: FieldError[] = [];
  if (!supplied) errors.push({ field: 'department', message: `does not deliver facts (these do: ${[...ctx.city.factSuppliers.keys()].join(', ')})` });
  (body.fields ?? []).forEach((f, i) => {
    if (supplied && !supplied.includes(f))
      errors.push({ field: `fields.${i}`, message: `${body.department} does not deliver ${f} (it delivers ${supplied.join(', ')})` });
  });
  if (!(user.role === 'officer' || (user.role === 'reviewer' && user.department === body.department)))
    errors.push({ field: 'id', message: `must be an account of ${body.department} (a reviewer of it) or an officer` });
  if (errors.length) throw invalid(errors);
  const scope: TokenScope = { department: body.department, fields: [...new Set(body.fields ?? supplied!)] };
  return ctx.db.transaction((tx) => issueToken(ctx, tx, userId, body.name, admin, scope));
}

/** Creates a token for the caller. */
export function createToken(ctx: AppContext, principal: Principal, name: string) {
  return ctx.db.transaction((tx) => issueToken(ctx, tx, principal.userId, name, principal));
}

/** The caller's tokens, newest first. */
export async function listTokens(ctx: AppContext, principal: Principal): Promise<TokenView[]> {
  const rows = await listApiTokens(ctx.db, principal.userId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    scope: r.scope ?? null,
  }));
}

/** Revokes one of the caller's tokens (404 for someone else's); revoking twice is harmless. */
export async function revokeToken(ctx: AppContext, principal: Principal, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await revokeApiToken(tx, principal.userId, id, ctx.clock.now());
    if (!row) throw notFound({ en: 'The token', zh: '该令牌' });
    if (row.revokedAt) return;
    await ctx.audit.record(tx, principal, { action: 'auth.token.revoke', entity: 'api_token', entityId: id, detail: { name: row.name } });
  });
}

/** Issues a token for a staff account named by username (the `bole user token` command; the actor is the system). */
export async function issueTokenForUsername(ctx: AppContext, username: string, name: string) {
  const user = await findUserByLogin(ctx.db, { username: username.trim().toLowerCase() });
  if (!user) throw notFound({ en: `The account "${username}"`, zh: `账号“${username}”` });
  if (user.disabled) throw fail('BOLE_ACCOUNT_DISABLED', { account: { en: `The account "${username}"`, zh: `账号“${username}”` } });
  return ctx.db.transaction((tx) => issueToken(ctx, tx, user.id, name, null));
}
