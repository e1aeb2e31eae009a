import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../db/bytea.js';

/**
 * Exports of the talent list to Excel: the filters, the progress, and the finished workbook
 * (masked numbers only), readable by the account that started it.
 */
export const talentExports = pgTable(
  'talent_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    /** `running`, `done` or `failed`. */
    status: text('status').notNull().default('running'),
    processed: integer('processed').notNull().default(0),
    total: integer('total').notNull().default(0),
    fileName: text('file_name'),
    file: bytea('file'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('talent_exports_created_by_idx').on(t.createdBy, t.createdAt)],
);
