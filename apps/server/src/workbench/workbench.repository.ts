/** The workbench's own reads (a count no owning service offers). */
import { and, count, eq, inArray } from 'drizzle-orm';
import { STAFF_ROLES } from '@bole/contracts';
import type { Db } from '../db/database.js';
import { users } from '../auth/account.table.js';

/** How many staff accounts are disabled. */
export async function countDisabledStaff(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.disabled, true), inArray(users.role, [...STAFF_ROLES])));
  return row?.n ?? 0;
}
