/**
 * Shapes of the admin user console that @bole/contracts does not (yet) define.
 * TODO(lead): move to packages/contracts so the web admin pages share them.
 */
import { z } from 'zod';
import { DEPARTMENTS, ROLES, pageOf, pageQuery } from '@bole/contracts';

/** GET /api/v1/admin/users query. */
export const userListQuery = pageQuery.extend({ role: z.enum(ROLES).optional() }).strict();
export type UserListQuery = z.infer<typeof userListQuery>;

/** An account as the admin console shows it; a talent's mobile is masked. */
export const userItem = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  login: z.string(),
  displayName: z.string(),
  department: z.enum(DEPARTMENTS).nullable(),
  talentId: z.string().nullable(),
  employerId: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserItem = z.infer<typeof userItem>;
export const userPage = pageOf(userItem);
