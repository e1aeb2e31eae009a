import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CalendarYearKind } from '@bole/contracts';

/** A listed date with its name ('' when the source named none). */
export interface CalendarDayRow {
  date: string;
  name: string;
}

/**
 * The holiday calendar, one row per year: official years from the State Council notices
 * (seeded from `cn-holidays.json`, then imported by an administrator), and one provisional
 * year after the last official one, computed from the statutory holidays. Dates not listed
 * follow the weekly rule. Every change but the first seed is audited.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    year: smallint('year').primaryKey(),
    kind: text('kind').$type<CalendarYearKind>().notNull(),
    /** Days off (放假), sorted. */
    holidays: jsonb('holidays').$type<CalendarDayRow[]>().notNull(),
    /** Make-up workdays (调休上班), sorted; none in a provisional year. */
    workdays: jsonb('workdays').$type<CalendarDayRow[]>().notNull(),
    /** The notice's title and number, or the rule a provisional year follows. */
    source: text('source').notNull(),
    /** The account that imported it; null for the seed and for computed years. */
    loadedBy: uuid('loaded_by'),
    loadedByName: text('loaded_by_name').notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('calendar_years_kind_ck', sql`${t.kind} IN ('official', 'provisional')`)],
);
