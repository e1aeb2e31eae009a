import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Department, Role, TokenScope } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';
import { employers } from '../employers/employer.table.js';

/**
 * Logins. Exactly one login identifier per account: a staff `username`, a talent's mobile
 * (sealed in `mobile_enc`, found by the keyed `mobile_hash`) or an employer's credit code.
 * Wrong passwords are counted in `auth_throttles` (by login string and address, not here).
 * `must_change_password` is set by an administrator's reset: until the person chooses a new
 * password the account can do nothing else. `password_published` marks a password printed in
 * the README and the start-up banner (the demo logins): a production start refuses while one
 * is still in use.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    role: text('role').$type<Role>().notNull(),
    username: text('username'),
    mobileEnc: text('mobile_enc'),
    mobileHash: text('mobile_hash'),
    creditCode: text('credit_code'),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    department: text('department').$type<Department>(),
    talentId: uuid('talent_id').references(() => talents.id),
    employerId: uuid('employer_id').references(() => employers.id),
    disabled: boolean('disabled').notNull().default(false),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordPublished: boolean('password_published').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    uniqueIndex('users_mobile_hash_uq').on(t.mobileHash),
    uniqueIndex('users_credit_code_uq').on(t.creditCode),
    index('users_talent_idx').on(t.talentId),
    index('users_employer_idx').on(t.employerId),
    index('users_role_created_idx').on(t.role, t.createdAt),
    check('users_one_login_ck', sql`num_nonnulls(${t.username}, ${t.mobileHash}, ${t.creditCode}) = 1`),
  ],
);

/**
 * Web sessions. The cookie carries a random 32-byte token; only its SHA-256 is stored, so a
 * database leak does not hand out live sessions. A session ends when revoked, after
 * `IDLE_MS` without use (`last_seen_at`) or at `expires_at` (absolute lifetime).
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_hash_uq').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/**
 * Named bearer tokens for the CLI and partner systems; only the SHA-256 of the token is kept.
 * A token with a `scope` (a department and the facts it may write, issued by an admin for a
 * department's partner system) opens only the routes that take scoped tokens (数据共享).
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    scope: jsonb('scope').$type<TokenScope>(),
  },
  (t) => [uniqueIndex('api_tokens_token_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Codes sent by text message to recover a talent's access. Only a keyed hash of the code is
 * kept; a code is valid until `expires_at`, used at most once and refused after too many wrong
 * tries (`attempts`).
 */
export const passwordRecoveryCodes = pgTable(
  'password_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [index('password_recovery_codes_user_idx').on(t.userId, t.createdAt)],
);

/**
 * Counters of attempts (sign-in, recovery codes) keyed by what is throttled — a login, a
 * mobile number's keyed hash, a client address — never by whether an account exists, so a
 * throttle answers the same for every login. `count` attempts since `window_start`;
 * `blocked_until` when the key is held back.
 */
export const authThrottles = pgTable('auth_throttles', {
  key: text('key').primaryKey(),
  count: integer('count').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
