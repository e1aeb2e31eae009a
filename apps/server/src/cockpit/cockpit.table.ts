import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The cockpit's computed figures, one row per period and kind of unit (districts or chains):
 * written by a refresh, read by every view, so no page view recomputes a million talents.
 */
export const cockpitSnapshots = pgTable(
  'cockpit_snapshots',
  {
    period: text('period').notNull(),
    unitKind: text('unit_kind').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'string' }).notNull(),
    /** The snapshot as the API answers it (`cockpitSnapshot` in @bole/contracts). */
    body: jsonb('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.unitKind] })],
);
