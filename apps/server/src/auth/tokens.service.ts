/** Named bearer tokens for the CLI and partner systems: created (shown once), listed, revoked. */
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import type { Tx } from '../db/database.js';
import { fail, notFound } from '../http/errors.js';
import { findUserByLogin, insertApiToken, listApiTokens, revokeApiToken } from './account.repository.js';
import { TOKEN_PREFIX, hashSecret, newSecret } from './secrets.js';

/** A token as listed (never its secret). */
export interface TokenView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Issues a token for `userId` inside `tx`; the secret is returned once and only its hash is kept. */
export async function issueToken(ctx: AppContext, tx: Tx, userId: string, name: string, actor: Pick<Principal, 'userId' | 'role'> | null) {
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const row = await insertApiToken(tx, { userId, name: name.trim(), tokenHash: hashSecret(token), createdAt: ctx.clock.now() });
  await ctx.audit.record(tx, actor, { action: 'auth.token.create', entity: 'api_token', entityId: row.id, detail: { userId, name: row.name } });
  return { id: row.id, name: row.name, token };
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
