/**
 * Accounts still signing in with a password printed in the README and the start-up banner (the
 * demo logins' `Bole@2026`). A production instance refuses to start while one exists: anyone who
 * read the README could sign in as its admin.
 */
import type { AppContext } from '../platform/context.js';
import { maskMobile } from '../personal-data/personal-data.js';
import { DEMO_CREDIT_CODE, DEMO_PASSWORD, DEMO_STAFF, DEMO_TALENT_MOBILE } from '../seed/demo-accounts.js';
import { findPublishedPasswordUsers, findUserByLogin, type UserRow } from './account.repository.js';
import { verifyPassword } from './secrets.js';

function loginShown(ctx: AppContext, u: UserRow): string {
  return u.username ?? u.creditCode ?? (u.mobileEnc ? maskMobile(ctx.cipher.decrypt(u.mobileEnc)) : u.id);
}

/**
 * The logins (masked mobile for a talent) of enabled accounts whose password is a published one:
 * those created with it (marked when seeded), and the demo logins whose password still checks
 * against it (a database seeded before the mark existed). Never the password itself.
 */
export async function accountsOnPublishedPassword(ctx: AppContext): Promise<string[]> {
  const found = new Map<string, UserRow>();
  for (const u of await findPublishedPasswordUsers(ctx.db)) found.set(u.id, u);
  const demo = [
    ...DEMO_STAFF.map((s) => findUserByLogin(ctx.db, { username: s.username })),
    findUserByLogin(ctx.db, { creditCode: DEMO_CREDIT_CODE }),
    findUserByLogin(ctx.db, { mobileHash: ctx.cipher.lookupHash('mobile', DEMO_TALENT_MOBILE) }),
  ];
  for (const u of await Promise.all(demo)) {
    if (u && !found.has(u.id) && (await verifyPassword(u.passwordHash, DEMO_PASSWORD))) found.set(u.id, u);
  }
  return [...found.values()].filter((u) => !u.disabled).map((u) => loginShown(ctx, u));
}
