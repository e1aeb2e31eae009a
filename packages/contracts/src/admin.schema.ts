/** The admin user console: the account list and one account as an admin sees it. */
import { z } from 'zod';
import { ROLES, STAFF_ROLES } from './enums.js';
import { departmentCode, pageOf, pageQuery } from './common.schema.js';

/** GET /api/v1/admin/users query: staff accounts only (talents and employers are managed on their own screens). */
export const userListQuery = pageQuery.extend({ role: z.enum(STAFF_ROLES).optional() }).strict();
export type UserListQuery = z.infer<typeof userListQuery>;

/** An account as the admin console shows it; a talent's mobile is masked. */
export const userItem = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  login: z.string(),
  displayName: z.string(),
  department: departmentCode.nullable(),
  talentId: z.string().nullable(),
  employerId: z.string().nullable(),
  disabled: z.boolean(),
  /** The latest lockout of the login from some client address still in force (wrong passwords from there). */
  lockedUntil: z.string().nullable(),
  /** Reset by an administrator and not yet changed by its owner. */
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserItem = z.infer<typeof userItem>;

/** GET /api/v1/admin/users: a page of accounts, newest first. */
export const userPage = pageOf(userItem);
export type UserPage = z.infer<typeof userPage>;

/** PATCH /api/v1/admin/users/:id — a staff account's name and department (a reviewer always keeps one). */
export const updateStaffBody = z
  .object({
    displayName: z.string().trim().min(1).max(50).optional(),
    department: departmentCode.nullable().optional(),
  })
  .strict()
  .refine((v) => v.displayName !== undefined || v.department !== undefined, { message: 'names nothing to change', path: ['displayName'] });
export type UpdateStaffBody = z.infer<typeof updateStaffBody>;
