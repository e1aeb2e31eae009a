import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { EvidenceContentType, EvidenceKind } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';

/**
 * Evidence records: one row per (talent, kind, file). The bytes live once per distinct
 * content under `<dataDir>/evidence/ab/cd/<sha256>` (content-addressed), so two records with
 * the same file share one stored copy. Uploading the same file again for the same talent and
 * kind returns the existing record (unique index below).
 */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    kind: text('kind').$type<EvidenceKind>().notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').$type<EvidenceContentType>().notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('evidence_files_talent_kind_sha_uq').on(t.talentId, t.kind, t.sha256), index('evidence_files_talent_idx').on(t.talentId, t.uploadedAt)],
);
