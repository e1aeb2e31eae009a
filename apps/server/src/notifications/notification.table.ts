import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NotificationContent, NotificationKind } from '@bole/contracts';
import { users } from '../auth/account.table.js';

/**
 * The notification outbox: written in the same transaction as the state change it reports,
 * then delivered by a sender per `channel` (`in_app` by default: the row itself is the inbox
 * entry, delivered on insert). `read_at` is set when the recipient marks it read.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientUserId: uuid('recipient_user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').$type<NotificationKind>().notNull(),
    /** The payload of `kind` (`notificationContent` in contracts; every insert names one, the default is the first migration's). */
    payload: jsonb('payload')
      .$type<NotificationContent['payload']>()
      .notNull()
      .default({} as NotificationContent['payload']),
    channel: text('channel').notNull().default('in_app'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_recipient_idx').on(t.recipientUserId, t.createdAt),
    index('notifications_undelivered_idx')
      .on(t.channel, t.createdAt)
      .where(sql`${t.deliveredAt} IS NULL`),
  ],
);
