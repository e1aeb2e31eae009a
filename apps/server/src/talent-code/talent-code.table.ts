import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { talents } from '../talents/talent.table.js';

/**
 * Keys that sign talent codes: Ed25519 (`EdDSA`) or SM2, as `BOLE_SIGNING_ALG` says. At most one key is current (`retired_at` null); it is
 * created on first use. Rotation retires it: its private key is destroyed and `expires_after`
 * is set to when its last code (plus a grace period) expires — until then its public key stays
 * in `/.well-known/jwks.json` so the codes it signed remain verifiable.
 */
export const signingKeys = pgTable(
  'signing_keys',
  {
    /** RFC 7638 thumbprint of the public key (keys made before the region: whole; since: its first 8 characters); the JWS `kid` header. */
    kid: text('kid').primaryKey(),
    /** `EdDSA` or `SM2`. */
    alg: text('alg').notNull().default('EdDSA'),
    /** The public JWK (`kty`, `crv`, `x`, and `y` for SM2). */
    publicJwk: jsonb('public_jwk').$type<{ kty: string; crv: string; x: string; y?: string }>().notNull(),
    /** The private JWK as JSON, sealed with the data key; null once the key is retired. */
    privateKeyEnc: text('private_key_enc'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    /** Set on retirement: after this instant the key leaves the JWKS. */
    expiresAfter: timestamp('expires_after', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('signing_keys_one_current_uq')
      .on(sql`(${t.retiredAt} IS NULL)`)
      .where(sql`${t.retiredAt} IS NULL`),
  ],
);

/** The next status-list index (`sl`) of a talent code: drawn once, never reused. */
export const talentCodeStatusIndex = pgSequence('talent_code_status_index', { startWith: 0, minValue: 0 });

/**
 * Every talent code issued: the credential id (`jti`), whose it is, what it says, which key
 * signed it, and its revocation. A new code for a talent supersedes (revokes) the previous one.
 */
export const talentCodes = pgTable(
  'talent_codes',
  {
    /** The `jti` claim. */
    id: uuid('id').primaryKey(),
    talentId: uuid('talent_id')
      .notNull()
      .references(() => talents.id),
    tier: text('tier').notNull(),
    kid: text('kid')
      .notNull()
      .references(() => signingKeys.kid),
    /** Index in the instance's status list (`sl` claim); null for codes issued before the region. */
    sl: integer('sl'),
    /** The compact JWS itself (not secret: it is what the QR shows). */
    token: text('token').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
    revokedBy: text('revoked_by'),
  },
  (t) => [
    index('talent_codes_talent_idx').on(t.talentId, t.issuedAt),
    uniqueIndex('talent_codes_sl_uq').on(t.sl),
    index('talent_codes_kid_expires_idx').on(t.kid, t.expiresAt),
    index('talent_codes_revoked_idx')
      .on(t.revokedAt)
      .where(sql`${t.revokedAt} IS NOT NULL`),
  ],
);
