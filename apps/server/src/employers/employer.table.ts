import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Employers (用人单位), identified by their 统一社会信用代码. */
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('employers_credit_code_uq').on(t.creditCode),
    index('employers_name_idx').on(t.name, t.id),
    index('employers_chain_idx').on(t.chain),
    index('employers_district_idx').on(t.district),
  ],
);
