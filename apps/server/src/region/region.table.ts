import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ConsentPurpose, RegionMessageStatus, TrustList } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';

/**
 * Every trust list this instance accepted, one row per version (append-only). The highest
 * version is the last good copy: a restart, a committee server down or a refused new list
 * leave it in force. The signed token is kept so anyone can re-check it.
 */
export const regionTrustLists = pgTable('region_trust_lists', {
  version: integer('version').primaryKey(),
  token: text('token').notNull(),
  list: jsonb('list').$type<TrustList>().notNull(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull(),
});

/**
 * The last good status list of each member city (its signed `{iss, iat, exp, list}`), fetched
 * on the refresh schedule and checked against the member's keys on the trust list.
 */
export const regionStatusLists = pgTable('region_status_lists', {
  adminCode: text('admin_code').primaryKey(),
  token: text('token').notNull(),
  list: text('list').notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
});

/**
 * The message log: every signed message sent to or received from another member city, as
 * signed (token and its SHA-256), with what became of it. Append-only: either side can later
 * prove what was asked and answered (`bole region message-log verify`). A message id (`jti`)
 * is accepted once per sender: the partial unique index refuses a replay even between nodes.
 */
export const regionMessages = pgTable(
  'region_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    direction: text('direction').$type<'in' | 'out'>().notNull(),
    /** The other city's adminCode (as claimed, for a message refused on arrival). */
    peer: text('peer').notNull(),
    kind: text('kind').notNull(),
    jti: text('jti').notNull(),
    inReplyTo: text('in_reply_to'),
    digest: text('digest').notNull(),
    token: text('token').notNull(),
    status: text('status').$type<RegionMessageStatus>().notNull(),
    reason: text('reason'),
    /** The consent a facts answer was given under (the talent's history), or a request was made on. */
    consentId: uuid('consent_id'),
    talentId: uuid('talent_id').references(() => talents.id),
    /** The fact fields asked or answered (no values: those stay in the signed token). */
    facts: text('facts').array().notNull().default([]),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('region_messages_once_uq')
      .on(t.peer, t.jti)
      .where(sql`${t.direction} = 'in' AND ${t.status} = 'accepted'`),
    index('region_messages_consent_idx').on(t.consentId),
    index('region_messages_at_idx').on(t.at),
  ],
);

/**
 * A talent's consents to share facts with another member city (PIPL Art. 23): which facts, to
 * whom, for what, until when; revoked, never deleted. `subject_hash` is the region-wide hash of
 * the talent's ID number that a requesting city sends (the number itself never travels).
 */
export const regionConsents = pgTable(
  'region_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    subjectHash: text('subject_hash').notNull(),
    recipient: text('recipient').notNull(),
    facts: text('facts').array().notNull(),
    purpose: text('purpose').$type<ConsentPurpose>().notNull(),
    until: date('until', { mode: 'string' }).notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('region_consents_subject_idx').on(t.subjectHash, t.recipient), index('region_consents_talent_idx').on(t.talentId)],
);
