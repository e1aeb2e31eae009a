import { z } from 'zod';
import { tokenScope } from './data-exchange.schema.js';
import { EMPLOYER_KINDS, EMPLOYER_FLAGS, ROLES, STAFF_ROLES } from './enums.js';
import { chainCode, departmentCode, districtCode, mobile, password } from './common.schema.js';

/** POST /api/v1/auth/register/talent — self-registration by mobile number. */
export const registerTalentBody = z
  .object({
    mobile,
    password,
    name: z.string().trim().min(1, 'is required').max(50, 'must be at most 50 characters'),
  })
  .strict();
export type RegisterTalentBody = z.infer<typeof registerTalentBody>;

/** POST /api/v1/auth/register/employer — registration by 统一社会信用代码. */
export const registerEmployerBody = z
  .object({
    creditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'must be an 18-character unified social credit code'),
    name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
    password,
    contactMobile: mobile,
    district: districtCode,
    chain: chainCode,
    kind: z.enum(EMPLOYER_KINDS),
    flags: z.array(z.enum(EMPLOYER_FLAGS)).max(3).default([]),
  })
  .strict();
export type RegisterEmployerBody = z.infer<typeof registerEmployerBody>;

/** POST /api/v1/auth/login — `login` is a mobile number, a credit code or a staff username. */
export const loginBody = z
  .object({
    login: z.string().trim().min(1, 'is required').max(64),
    password: z.string().min(1, 'is required').max(128),
  })
  .strict();
export type LoginBody = z.infer<typeof loginBody>;

/** The signed-in account, as GET /api/v1/auth/me returns it. */
export const me = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  displayName: z.string(),
  department: departmentCode.nullable(),
  talentId: z.string().nullable(),
  employerId: z.string().nullable(),
  /** After an administrator's reset: the account can do nothing but change its password (and sign out). */
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof me>;

/** POST /api/v1/auth/password — the signed-in account changes its own password. */
export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1, 'is required').max(128),
    newPassword: password,
  })
  .strict();
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

/** POST /api/v1/auth/recovery — a talent asks for a recovery code sent to their registered mobile. */
export const recoveryRequestBody = z.object({ mobile }).strict();
export type RecoveryRequestBody = z.infer<typeof recoveryRequestBody>;

/**
 * The answer to a recovery request: the same whether the number is registered or not (a code
 * is sent only when it is), with how long a code stays valid.
 */
export const recoveryRequested = z.object({ codeValidMinutes: z.number().int() });
export type RecoveryRequested = z.infer<typeof recoveryRequested>;

/** POST /api/v1/auth/recovery/reset — the code received and the new password. */
export const recoveryResetBody = z
  .object({
    mobile,
    code: z.string().regex(/^\d{6}$/, 'must be the 6-digit code from the text message'),
    newPassword: password,
  })
  .strict();
export type RecoveryResetBody = z.infer<typeof recoveryResetBody>;

/** POST /api/v1/admin/users/:id/reset-password — the one-time password, shown once. */
export const passwordResetResult = z.object({ oneTimePassword: z.string() });
export type PasswordResetResult = z.infer<typeof passwordResetResult>;

/** POST /api/v1/admin/users — staff accounts are created by an admin. */
export const createStaffBody = z
  .object({
    username: z.string().regex(/^[a-z][a-z0-9_.-]{2,31}$/, 'must be 3–32 lowercase letters, digits, dot, dash or underscore'),
    displayName: z.string().trim().min(1).max(50),
    role: z.enum(STAFF_ROLES),
    department: departmentCode.nullable().default(null),
    password,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.role === 'reviewer' && !v.department) {
      ctx.addIssue({ code: 'custom', path: ['department'], message: 'is required for a reviewer' });
    }
  });
export type CreateStaffBody = z.infer<typeof createStaffBody>;

/** POST /api/v1/auth/tokens — a bearer token for the CLI or a partner. */
export const createTokenBody = z.object({ name: z.string().trim().min(1).max(64) }).strict();
export const createdToken = z.object({ id: z.string(), name: z.string(), token: z.string(), scope: tokenScope.nullable().optional() });
export type CreatedToken = z.infer<typeof createdToken>;

/** A bearer token as listed (the secret is only shown when created). */
export const tokenItem = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** A department-scoped token's department and facts (数据共享); null for an account's own token. */
  scope: tokenScope.nullable().optional(),
});
export type TokenItem = z.infer<typeof tokenItem>;
/** GET /api/v1/auth/tokens. */
export const tokenList = z.object({ items: z.array(tokenItem) });

/** Path parameter `:id` that must be a UUID (an account, a token). */
export const idParams = z.object({ id: z.string().uuid('must be a UUID') }).strict();
