/**
 * Database access for the notification outbox, and the read-only look-up of who should
 * receive a notification (the accounts of a talent or employer, the staff of a role and
 * department; the auth area owns `users` and every write to it).
 */
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { notifications } from './notification.table.js';
import { users } from '../auth/account.table.js';
import { pgArray } from '../db/sql-arrays.js';

type Conn = Db | Tx;

/** An outbox row. */
export type NotificationRow = typeof notifications.$inferSelect;

/** Inserts outbox rows. */
export async function insertNotifications(tx: Tx, rows: (typeof notifications.$inferInsert)[]): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(notifications).values(rows).returning();
}

/**
 * Inserts many outbox rows in one statement per 20,000 (`unnest` of column arrays, nothing
 * returned): a sweep tells thousands of people at once. Returns how many were inserted.
 */
export async function insertNotificationsBulk(tx: Tx, rows: (typeof notifications.$inferInsert)[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    const r = await tx.execute(sql`
      insert into notifications (recipient_user_id, kind, payload, channel, created_at, delivered_at)
      select * from unnest(${pgArray(part.map((r) => r.recipientUserId))}::uuid[], ${pgArray(part.map((r) => r.kind))}::text[],
                           ${pgArray(part.map((r) => JSON.stringify(r.payload)))}::jsonb[], ${pgArray(part.map((r) => r.channel ?? 'in_app'))}::text[],
                           ${pgArray(part.map((r) => r.createdAt.toISOString()))}::timestamptz[], ${pgArray(part.map((r) => r.deliveredAt?.toISOString() ?? null))}::timestamptz[])`);
    n += Number((r as { rowCount?: number; affectedRows?: number }).rowCount ?? (r as { affectedRows?: number }).affectedRows ?? 0);
  }
  return n;
}

/** Marks rows delivered. */
export async function markDelivered(conn: Conn, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await conn.update(notifications).set({ deliveredAt: at }).where(inArray(notifications.id, ids));
}

/** Undelivered rows of a channel, oldest first. */
export async function listUndelivered(conn: Conn, channel: string, limit: number): Promise<NotificationRow[]> {
  return conn
    .select()
    .from(notifications)
    .where(and(eq(notifications.channel, channel), isNull(notifications.deliveredAt)))
    .orderBy(notifications.createdAt)
    .limit(limit);
}

/** A user's in-app notifications, newest first, and how many are unread. */
export async function listInbox(conn: Conn, userId: string, limit: number): Promise<{ rows: NotificationRow[]; unread: number }> {
  const mine = and(eq(notifications.recipientUserId, userId), eq(notifications.channel, 'in_app'));
  const rows = await conn.select().from(notifications).where(mine).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit);
  const [c] = await conn
    .select({ n: count() })
    .from(notifications)
    .where(and(mine, isNull(notifications.readAt)));
  return { rows, unread: Number(c?.n ?? 0) };
}

/** Marks one of the user's notifications read (once); false when it is not theirs. */
export async function markRead(conn: Conn, userId: string, id: string, at: Date): Promise<boolean> {
  const res = await conn
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientUserId, userId)))
    .returning({ id: notifications.id });
  return res.length > 0;
}

/** Marks all of a user's notifications read; returns how many changed. */
export async function markAllRead(conn: Conn, userId: string, at: Date): Promise<number> {
  const res = await conn
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.recipientUserId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return res.length;
}

/** Enabled accounts of a talent or of an employer. */
export async function accountsOf(conn: Conn, by: { talentId: string } | { employerId: string }): Promise<string[]> {
  const where = 'talentId' in by ? eq(users.talentId, by.talentId) : eq(users.employerId, by.employerId);
  const rows = await conn
    .select({ id: users.id })
    .from(users)
    .where(and(where, eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

/** Enabled staff accounts of a role (and department, when given). */
export async function staffOf(conn: Conn, role: string, department?: string): Promise<string[]> {
  const rows = await conn
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, role as never), eq(users.disabled, false), department ? eq(users.department, department as never) : undefined))
    .limit(500);
  return rows.map((r) => r.id);
}
