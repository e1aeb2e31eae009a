/**
 * Notifications through an outbox. A state change calls `notify` inside its own transaction,
 * so a notification exists exactly when the change does. Senders deliver per channel; the
 * default in-app sender needs no transport (the outbox row is the inbox entry) and marks rows
 * delivered as they are written. Other channels (SMS, e-mail, 浙政钉-style IM) plug in as
 * `NotificationSender`s and are drained by `dispatchPending`.
 */
import { notification, type Notification, type NotificationContent, type NotificationList } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { notFound } from '../http/errors.js';
import {
  accountsOf,
  insertNotifications,
  insertNotificationsBulk,
  listInbox,
  listUndelivered,
  markAllRead,
  markDelivered,
  markRead,
  staffOf,
  type NotificationRow,
} from './notification.repository.js';

/** Delivers outbox rows of one channel. */
export interface NotificationSender {
  readonly channel: string;
  /** True when delivery happens on insert (nothing to send later). */
  readonly immediate: boolean;
  send(rows: NotificationRow[]): Promise<void>;
}

/** The in-app sender: the row is the message; reading it is `GET /api/v1/notifications`. */
export const inAppSender: NotificationSender = { channel: 'in_app', immediate: true, send: async () => {} };

/** Who receives a notification. */
export type Recipients = { userIds: string[] } | { talentId: string } | { employerId: string } | { role: 'reviewer' | 'officer'; department?: string };

/** Resolves recipients to account ids inside the transaction. */
async function resolve(tx: Tx, to: Recipients): Promise<string[]> {
  if ('userIds' in to) return to.userIds;
  if ('talentId' in to) return accountsOf(tx, { talentId: to.talentId });
  if ('employerId' in to) return accountsOf(tx, { employerId: to.employerId });
  return staffOf(tx, to.role, to.department);
}

/**
 * Writes a notification (one of the contract's kinds with its payload) for every recipient
 * (deduplicated) into the outbox inside `tx`, on the in-app channel unless told otherwise.
 */
export async function notify(
  ctx: AppContext,
  tx: Tx,
  to: Recipients[],
  content: NotificationContent,
  sender: NotificationSender = inAppSender,
): Promise<number> {
  const { kind, payload } = content;
  const all: string[] = [];
  for (const r of to) all.push(...(await resolve(tx, r))); // one connection: queries in turn
  const ids = [...new Set(all)];
  const now = ctx.clock.now();
  const rows = await insertNotifications(
    tx,
    ids.map((recipientUserId) => ({ recipientUserId, kind, payload, channel: sender.channel, createdAt: now, deliveredAt: sender.immediate ? now : null })),
  );
  return rows.length;
}

/**
 * Writes one notification per recipient account, each with its own content, in one statement
 * inside `tx` (a sweep tells thousands of people at once); in-app unless told otherwise.
 */
export async function notifyEach(
  ctx: AppContext,
  tx: Tx,
  items: readonly { userId: string; content: NotificationContent }[],
  sender: NotificationSender = inAppSender,
): Promise<number> {
  const now = ctx.clock.now();
  return insertNotificationsBulk(
    tx,
    items.map(({ userId, content }) => ({
      recipientUserId: userId,
      kind: content.kind,
      payload: content.payload,
      channel: sender.channel,
      createdAt: now,
      deliveredAt: sender.immediate ? now : null,
    })),
  );
}

/** Sends undelivered rows of a sender's channel, in batches; returns how many were sent. */
export async function dispatchPending(ctx: AppContext, sender: NotificationSender, batch = 100): Promise<number> {
  let sent = 0;
  for (;;) {
    const rows = await listUndelivered(ctx.db, sender.channel, batch);
    if (rows.length === 0) return sent;
    await sender.send(rows);
    await markDelivered(
      ctx.db,
      rows.map((r) => r.id),
      ctx.clock.now(),
    );
    sent += rows.length;
    if (rows.length < batch) return sent;
  }
}

/** A stored row as the contract's notification; null for a row no kind of today describes. */
function toNotification(r: NotificationRow): Notification | null {
  const read = notification.safeParse({
    id: r.id,
    kind: r.kind,
    payload: r.payload,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  });
  return read.success ? read.data : null;
}

/**
 * GET /api/v1/notifications: the caller's latest in-app notifications. Every row was written
 * through `notify`, so each is of a known kind; a row that is not (written by an older version
 * and since reshaped) is left out rather than shown as a line that says nothing.
 */
export async function myNotifications(ctx: AppContext, principal: Principal): Promise<NotificationList> {
  const { rows, unread } = await listInbox(ctx.db, principal.userId, 100);
  return { items: rows.map(toNotification).filter((n): n is Notification => n !== null), unread };
}

/** The latest notifications sent to a talent's accounts (for the office's talent detail), newest first. */
export async function notificationsOfTalent(ctx: AppContext, talentId: string, limit: number): Promise<Notification[]> {
  const accounts = await accountsOf(ctx.db, { talentId });
  const rows = (await Promise.all(accounts.map(async (id) => (await listInbox(ctx.db, id, limit)).rows))).flat();
  return rows
    .map(toNotification)
    .filter((n): n is Notification => n !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, limit);
}

/** POST /api/v1/notifications/:id/read (idempotent). */
export async function readNotification(ctx: AppContext, principal: Principal, id: string): Promise<void> {
  if (!(await markRead(ctx.db, principal.userId, id, ctx.clock.now()))) throw notFound({ en: 'The notification', zh: '该通知' });
}

/** POST /api/v1/notifications/read-all. */
export async function readAllNotifications(ctx: AppContext, principal: Principal): Promise<number> {
  return markAllRead(ctx.db, principal.userId, ctx.clock.now());
}
