import { bigint, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../db/bytea.js';
import type { EvidenceContentType, EvidenceKind } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';

/**
 * Evidence records: one row per (talent, kind, file). The bytes live once per distinct
 * content (content-addressed by SHA-256): under `<dataDir>/evidence/ab/cd/<sha256>` with the
 * local store, in `evidence_blobs` with the database store (ADR 0017). Two records with
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

/**
 * The database store's files (BOLE_EVIDENCE_STORE=database): one row per distinct content,
 * written in the same transaction as all its chunks, so a file is either whole or absent.
 */
export const evidenceBlobs = pgTable('evidence_blobs', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  storedAt: timestamp('stored_at', { withTimezone: true }).notNull(),
});

/** A file's bytes in order (`seq` from 0), a chunk of at most 256 KiB per row: neither upload nor download holds a whole file. */
export const evidenceBlobChunks = pgTable(
  'evidence_blob_chunks',
  {
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceBlobs.sha256, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.seq] })],
);
