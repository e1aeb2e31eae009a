import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { FactImportSource } from '@bole/contracts';

/**
 * 数据共享: one row per delivery of a department's facts (a file an officer uploaded or a
 * partner system's API call) that was written — who, when, which department, the file's name and
 * what it did. A delivery with a bad row writes nothing and leaves no row (only its refusal).
 * The facts themselves live with the fact store, each pointing back here by `import_id`.
 */
export const factImports = pgTable(
  'fact_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    department: text('department').notNull(),
    source: text('source').$type<FactImportSource>().notNull(),
    fileName: text('file_name'),
    actorUserId: uuid('actor_user_id'),
    /** The bearer token a partner system used (null for an upload in the web). */
    tokenId: uuid('token_id'),
    rows: integer('rows').notNull(),
    changed: integer('changed').notNull(),
    unchanged: integer('unchanged').notNull(),
    contradicted: integer('contradicted').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('fact_imports_department_idx').on(t.department, t.createdAt), index('fact_imports_created_idx').on(t.createdAt)],
);
