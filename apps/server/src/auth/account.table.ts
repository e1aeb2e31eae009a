import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Department, Role, TokenScope } from '@bole/contracts';
import { talents } from '../talents/talent.table.js';
import { employers } from '../employers/employer.table.js';

/**
 * Logins. Exactly one login identifier per account: a staff `username`, a talent's mobile
 * (sealed in `mobile_enc`, found by the keyed `mobile_hash`) or an employer's credit code.
 * `failed_login_count` and `locked_until` drive the growing lockout after wrong passwords.
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
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabled: boolean('disabled').notNull().default(false),
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
