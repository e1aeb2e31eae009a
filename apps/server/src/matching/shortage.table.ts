import { primaryKey, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A published shortage catalogue (紧缺人才目录): the office publishes a quarter's catalogue and
 * from then on it is the city's current one (the latest period published) — the catalogue the
 * policy engine's `inShortageCatalogue` reads (ADR 0035).
 */
export const shortagePublications = pgTable('shortage_publications', {
  period: text('period').primaryKey(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  publishedBy: uuid('published_by').notNull(),
});

/** The skills of a published catalogue with their stars as published (a later recomputation does not change them). */
export const shortageListings = pgTable(
  'shortage_listings',
  {
    period: text('period')
      .notNull()
      .references(() => shortagePublications.period, { onDelete: 'cascade' }),
    skillCode: text('skill_code').notNull(),
    stars: smallint('stars').notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.skillCode] })],
);
