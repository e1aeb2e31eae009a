import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { EmployerStatus } from '@bole/contracts';

/**
 * Employers (用人单位), identified by their 统一社会信用代码. A registration waits for the talent
 * office's approval (`status`), on the business licence it uploaded (kept in the evidence store
 * by content hash); employers on file before approval existed count as approved.
 */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    /** Contact mobile, AES-256-GCM sealed; `contactMobileHash` for lookup. */
    contactMobileEnc: text('contact_mobile_enc'),
    contactMobileHash: text('contact_mobile_hash'),
    district: text('district').notNull(),
    chain: text('chain').notNull(),
    kind: text('kind').notNull(),
    flags: text('flags').array().notNull().default([]),
    status: text('status').$type<EmployerStatus>().notNull().default('approved'),
    licenceSha256: text('licence_sha256'),
    licenceFileName: text('licence_file_name'),
    licenceContentType: text('licence_content_type'),
    licenceSize: bigint('licence_size', { mode: 'number' }),
    licenceUploadedAt: timestamp('licence_uploaded_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('employers_credit_code_uq').on(t.creditCode),
    index('employers_name_idx').on(t.name, t.id),
    index('employers_chain_idx').on(t.chain),
    index('employers_district_idx').on(t.district),
    index('employers_status_idx').on(t.status, t.createdAt),
  ],
);
