/** Database access for attempt counters (auth_throttles). */
import { inArray, like, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { authThrottles } from './account.table.js';

type Conn = Db | Tx;

/** A counter as stored. */
export type ThrottleRow = typeof authThrottles.$inferSelect;

/**
 * Counts one attempt on `key` (a new window starts when the last began `windowMs` ago or more)
 * and returns the counter after it; atomic under concurrent attempts.
 */
export async function hitThrottle(conn: Conn, key: string, now: Date, windowMs: number): Promise<ThrottleRow> {
  const expired = sql`${authThrottles.windowStart} <= ${new Date(now.getTime() - windowMs)}`;
  const [row] = await conn
    .insert(authThrottles)
    .values({ key, count: 1, windowStart: now, updatedAt: now })
    .onConflictDoUpdate({
      target: authThrottles.key,
      set: {
        count: sql`case when ${expired} then 1 else ${authThrottles.count} + 1 end`,
        windowStart: sql`case when ${expired} then ${now} else ${authThrottles.windowStart} end`,
        updatedAt: now,
      },
    })
    .returning();
  return row!;
}

/** The counters of some keys. */
export async function findThrottles(conn: Conn, keys: string[]): Promise<ThrottleRow[]> {
  if (keys.length === 0) return [];
  return conn.select().from(authThrottles).where(inArray(authThrottles.key, keys));
}

/** Holds a key back until `until`. */
export async function blockThrottle(conn: Conn, key: string, until: Date, now: Date): Promise<void> {
  await conn
    .insert(authThrottles)
    .values({ key, count: 0, windowStart: now, blockedUntil: until, updatedAt: now })
    .onConflictDoUpdate({ target: authThrottles.key, set: { blockedUntil: until, updatedAt: now } });
}

/** Forgets the counters of these keys and of every key starting with one of `prefixes`. */
export async function clearThrottles(conn: Conn, keys: string[], prefixes: string[] = []): Promise<void> {
  const conds = [
    keys.length ? inArray(authThrottles.key, keys) : undefined,
    ...prefixes.map((p) => like(authThrottles.key, `${p.replace(/[\\%_]/g, '\\$&')}%`)),
  ].filter((c) => c !== undefined);
  if (conds.length === 0) return;
  await conn.delete(authThrottles).where(or(...conds));
}

/** Counters whose key starts with `prefix` and that are held back after `now` (an account's locks from some addresses). */
export async function blockedWithPrefix(conn: Conn, prefix: string, now: Date): Promise<ThrottleRow[]> {
  return conn
    .select()
    .from(authThrottles)
    .where(sql`${authThrottles.key} like ${`${prefix.replace(/[\\%_]/g, '\\$&')}%`} and ${authThrottles.blockedUntil} > ${now}`);
}

/** Deletes counters not touched since `idleSince` and not held back after `now`. */
export async function pruneIdleThrottles(conn: Conn, idleSince: Date, now: Date): Promise<void> {
  await conn
    .delete(authThrottles)
    .where(sql`${authThrottles.updatedAt} < ${idleSince} and (${authThrottles.blockedUntil} is null or ${authThrottles.blockedUntil} <= ${now})`);
}
