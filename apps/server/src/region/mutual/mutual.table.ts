import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Tier } from '@bole/contracts';
import { talents } from '../../talents/talent.table.js';
import { recognitions } from '../../recognition/recognition.table.js';

/**
 * Mutual recognitions granted here (资格互认) from another city's credential: where the tier
 * comes from (source city, the credential's id and its index in the source's status list, the
 * source tier), the tier the committee's table gave here and the table's version, the local
 * recognition case it opened, the talent's consent to tell the source city, and the end when the
 * source revoked the credential. One row per source credential: presenting it twice is refused.
 */
export const mutualRecognitions = pgTable(
  'mutual_recognitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    recognitionId: uuid('recognition_id')
      .notNull()
      .references(() => recognitions.id),
    sourceAdminCode: text('source_admin_code').notNull(),
    sourceCredentialId: text('source_credential_id').notNull(),
    sourceStatusIndex: integer('source_status_index').notNull(),
    sourceTier: text('source_tier').$type<Tier>().notNull(),
    sourceValidUntil: timestamp('source_valid_until', { withTimezone: true }).notNull(),
    localTier: text('local_tier').$type<Tier>().notNull(),
    equivalenceVersion: integer('equivalence_version').notNull(),
    consentToNotifySource: boolean('consent_to_notify_source').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    sourceNotifiedAt: timestamp('source_notified_at', { withTimezone: true }),
    /** The status the source was last told (notice, then granted once the notice has ended). */
    sourceToldStatus: text('source_told_status').$type<'public_notice' | 'granted'>(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('mutual_recognitions_source_uq').on(t.sourceAdminCode, t.sourceCredentialId),
    index('mutual_recognitions_talent_idx').on(t.talentId, t.createdAt),
    index('mutual_recognitions_live_idx')
      .on(t.sourceAdminCode)
      .where(sql`${t.endedAt} IS NULL`),
  ],
);

/**
 * 本市认定在外市互认: this city's credentials another city recognised, as that city told us in a
 * signed `recognition.used` message (sent only with the talent's consent). One row per using
 * city and credential; a later message (the notice ended, the tier granted) updates it.
 */
export const recognitionUses = pgTable(
  'recognition_uses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    credentialId: text('credential_id').notNull(),
    statusIndex: integer('status_index').notNull(),
    usedByAdminCode: text('used_by_admin_code').notNull(),
    sourceTier: text('source_tier').$type<Tier>().notNull(),
    localTier: text('local_tier').$type<Tier>().notNull(),
    status: text('status').$type<'public_notice' | 'granted'>().notNull(),
    equivalenceVersion: integer('equivalence_version').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('recognition_uses_uq').on(t.usedByAdminCode, t.credentialId), index('recognition_uses_received_idx').on(t.receivedAt)],
);
