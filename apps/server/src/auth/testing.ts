/**
 * Helpers for integration tests of any business area: create real accounts in the test
 * database and sign them in through the real login route. Not used by production code.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Department, Role } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { createAccount } from './accounts.service.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { makeCreditCode } from '../identity/credit-code.js';

/** A created account and how to sign in with it. */
export interface TestAccount {
  id: string;
  role: Role;
  login: string;
  password: string;
}

let seq = 0;

/**
 * Creates an account of `role` with a unique login (mobile for talents, credit code for
 * employers, username for staff). Reviewers get department `rsj` unless told otherwise.
 */
export async function createTestAccount(
  ctx: AppContext,
  role: Role,
  opts: { password?: string; department?: Department | null; talentId?: string | null; employerId?: string | null; displayName?: string } = {},
): Promise<TestAccount> {
  seq++;
  const password = opts.password ?? 'Passw0rd-test';
  const n = `${process.pid % 10_000}`.padStart(4, '0') + `${seq}`.padStart(4, '0');
  const login = role === 'talent' ? `139${n}` : role === 'employer' ? `91430200${n}XY`.slice(0, 18).padEnd(18, '0') : `${role}${n}`;
  const department = opts.department !== undefined ? opts.department : role === 'reviewer' ? 'rsj' : null;
  const { id } = await ctx.db.transaction((tx) =>
    createAccount(
      ctx,
      tx,
      {
        role,
        displayName: opts.displayName ?? `${role} ${seq}`,
        password,
        ...(role === 'talent' ? { mobile: login } : role === 'employer' ? { creditCode: login } : { username: login }),
        department,
        talentId: opts.talentId ?? null,
        employerId: opts.employerId ?? null,
      },
      null,
    ),
  );
  return { id, role, login, password };
}

/** The `bole_session` cookie value set by a response, if any. */
export function sessionCookieOf(res: LightMyRequestResponse): string | undefined {
  return res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
}

let addr = 0;

/**
 * Signs in through POST /api/v1/auth/login; returns the cookie header to send with later
 * requests. Each call comes from its own client address, so many sign-ins in one test file
 * stay under the per-address login rate limit.
 */
export async function signIn(app: FastifyInstance, account: Pick<TestAccount, 'login' | 'password'>): Promise<{ cookie: string }> {
  addr++;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: `10.${(addr >> 16) & 255}.${(addr >> 8) & 255}.${addr & 255}`,
    payload: { login: account.login, password: account.password },
  });
  const value = sessionCookieOf(res);
  if (res.statusCode !== 200 || !value) throw new Error(`sign-in of ${account.login} failed: ${res.statusCode} ${res.body}`);
  return { cookie: `${SESSION_COOKIE}=${value}` };
}

/**
 * A cookie per account, signed in once per instant of the test clock (moving the clock may
 * expire a session, so a later instant signs in again). Getters, because tests build the app
 * and the clock in `beforeAll`.
 */
export function sessionCookies(app: () => FastifyInstance, now: () => Date): (who: Pick<TestAccount, 'login' | 'password'>) => Promise<string> {
  const sessions = new Map<string, string>();
  return async (who) => {
    const key = `${who.login}@${now().getTime()}`;
    if (!sessions.has(key)) sessions.set(key, (await signIn(app(), who)).cookie);
    return sessions.get(key)!;
  };
}

/**
 * Registers 株洲中车时代电气 (rail, 石峰区, above scale) through the real registration route, its
 * credit code and contact mobile numbered by `n`; returns the employer's id and its login.
 */
export async function registerTestEmployer(app: FastifyInstance, n: number): Promise<{ employerId: string; login: string; password: string }> {
  const login = makeCreditCode('430200', n);
  const password = 'Passw0rd-1';
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register/employer',
    payload: {
      creditCode: login,
      name: '株洲中车时代电气',
      password,
      contactMobile: `1390000${String(n).padStart(4, '0')}`,
      district: '石峰区',
      chain: 'rail',
      kind: 'enterprise',
      flags: ['above_scale'],
    },
  });
  if (res.statusCode !== 201) throw new Error(`employer registration: ${res.statusCode} ${res.body}`);
  return { employerId: res.json().employerId as string, login, password };
}
