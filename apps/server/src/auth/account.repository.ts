/**
 * Database access for accounts (users), sessions and bearer tokens. The only file here that
 * touches Drizzle. Every write to an account or a session's end also forgets this node's
 * remembered session lookups (session-cache.ts), so it takes effect on the next request.
 */
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { apiTokens, sessions, users } from './account.table.js';
import { forgetSessions } from './session-cache.js';

type Conn = Db | Tx;

/** A user row. */
export type UserRow = typeof users.$inferSelect;
/** Values of a new user row. */
export type NewUserRow = typeof users.$inferInsert;

/** Inserts a user; returns null (without failing the transaction) when a login is taken. */
export async function insertUser(tx: Tx, row: NewUserRow): Promise<{ id: string } | null> {
  const [created] = await tx.insert(users).values(row).onConflictDoNothing().returning({ id: users.id });
  return created ?? null;
}

/** Which of the given login identifiers already exist. */
export async function findTakenLogins(conn: Conn, l: { username?: string; mobileHash?: string; creditCode?: string }) {
  const conds = [
    l.username !== undefined ? eq(users.username, l.username) : undefined,
    l.mobileHash !== undefined ? eq(users.mobileHash, l.mobileHash) : undefined,
    l.creditCode !== undefined ? eq(users.creditCode, l.creditCode) : undefined,
  ].filter((c) => c !== undefined);
  if (conds.length === 0) return [];
  return conn
    .select({ username: users.username, mobileHash: users.mobileHash, creditCode: users.creditCode })
    .from(users)
    .where(sql.join(conds, sql` or `));
}

/** Finds a user by one login identifier. */
export async function findUserByLogin(conn: Conn, by: { username: string } | { mobileHash: string } | { creditCode: string }) {
  const where =
    'username' in by ? eq(users.username, by.username) : 'mobileHash' in by ? eq(users.mobileHash, by.mobileHash) : eq(users.creditCode, by.creditCode);
  const [row] = await conn.select().from(users).where(where).limit(1);
  return row ?? null;
}

/** Finds a user by id. */
export async function findUserById(conn: Conn, id: string) {
  const [row] = await conn.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Locks a user row for the rest of the transaction and returns it. */
export async function lockUser(tx: Tx, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update').limit(1);
  return row ?? null;
}

/** Updates some columns of a user. */
export async function updateUser(tx: Tx, id: string, set: Partial<NewUserRow>) {
  forgetSessions();
  await tx.update(users).set(set).where(eq(users.id, id));
}

/** A page of the users of the given roles, newest first. */
export async function listUsers(conn: Conn, opts: { limit: number; offset: number; roles: readonly UserRow['role'][] }) {
  const where = inArray(users.role, [...opts.roles]);
  const rows = await conn.select().from(users).where(where).orderBy(desc(users.createdAt), asc(users.id)).limit(opts.limit).offset(opts.offset);
  const [{ total } = { total: 0 }] = await conn
    .select({ total: sql<number>`count(*)::int` })
    .from(users)
    .where(where);
  return { rows, total };
}

/** The accounts of an employer, the one it registered with (credit code) first, then by creation. */
export async function listUsersOfEmployer(conn: Conn, employerId: string) {
  return conn
    .select()
    .from(users)
    .where(eq(users.employerId, employerId))
    .orderBy(sql`${users.creditCode} is null`, asc(users.createdAt), asc(users.id));
}

/** Inserts a session. */
export async function insertSession(tx: Tx, row: typeof sessions.$inferInsert): Promise<{ id: string }> {
  const [created] = await tx.insert(sessions).values(row).returning({ id: sessions.id });
  return created!;
}

/** A session by token hash, with its user. */
export async function findSessionByTokenHash(conn: Conn, tokenHash: string) {
  const [row] = await conn
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/** Records that a session was used. */
export async function touchSession(conn: Conn, id: string, now: Date) {
  await conn.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

/** Ends one session; returns whether it was still open. */
export async function revokeSession(tx: Tx, id: string, now: Date): Promise<boolean> {
  forgetSessions();
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Ends every open session and token of a user; returns how many of each. */
export async function revokeAllCredentials(tx: Tx, userId: string, now: Date) {
  forgetSessions();
  const s = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  const t = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return { sessions: s.length, tokens: t.length };
}

/** Ends every open session of a user except `keepId` (the one the person is using); returns how many. */
export async function revokeOtherSessions(tx: Tx, userId: string, keepId: string | null, now: Date): Promise<number> {
  forgetSessions();
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keepId ? ne(sessions.id, keepId) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Accounts still signing in with a password printed in the documentation (the demo logins). */
export async function findPublishedPasswordUsers(conn: Conn) {
  return conn.select().from(users).where(eq(users.passwordPublished, true)).orderBy(asc(users.createdAt));
}

/** Inserts a bearer token. */
export async function insertApiToken(tx: Tx, row: typeof apiTokens.$inferInsert) {
  const [created] = await tx.insert(apiTokens).values(row).returning();
  return created!;
}

/** A bearer token by hash, with its user. */
export async function findApiTokenByHash(conn: Conn, tokenHash: string) {
  const [row] = await conn
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/** Records that a token was used. */
export async function touchApiToken(conn: Conn, id: string, now: Date) {
  await conn.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

/** A user's tokens, newest first. */
export async function listApiTokens(conn: Conn, userId: string) {
  return conn.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt), asc(apiTokens.id));
}

/** Revokes one of a user's tokens; returns the token, or null when the user has no such token. */
export async function revokeApiToken(tx: Tx, userId: string, id: string, now: Date) {
  const [row] = await tx
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
    .for('update')
    .limit(1);
  if (!row) return null;
  if (!row.revokedAt) await tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, id));
  return row;
}
