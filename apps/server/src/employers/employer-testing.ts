/**
 * The test bed of employers and their people: an app on a fresh database, an officer, and
 * employers registered through the API (pending) and approved by that officer. Call
 * `employerTestbed()` inside a `describe`: it opens in `beforeAll` and closes in `afterAll`.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, registerTestEmployer, sessionCookies, type TestAccount } from '../auth/testing.js';

/** What a test of employers and their people works with. */
export interface EmployerTestbed {
  ctx: TestContext;
  app: FastifyInstance;
  officer: TestAccount;
  /** The cookie of a signed-in account (once per clock instant). */
  cookie(who: Pick<TestAccount, 'login' | 'password'>): Promise<string>;
  /** Registers an employer through the API (pending approval). */
  register(): Promise<{ employerId: string; login: string; password: string }>;
  /** Registers an employer and has the officer approve it. */
  approved(): Promise<{ employerId: string; login: string; password: string }>;
  /** A request as `who`. */
  as(who: Pick<TestAccount, 'login' | 'password'>, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

/** Opens the bed before the describe's tests and closes it after them. */
export function employerTestbed(opts: { now?: string; env?: Record<string, string> } = {}): EmployerTestbed {
  let n = 500;
  let cookies: (who: Pick<TestAccount, 'login' | 'password'>) => Promise<string>;
  const bed: EmployerTestbed = {
    ctx: undefined as unknown as TestContext,
    app: undefined as unknown as FastifyInstance,
    officer: undefined as unknown as TestAccount,
    cookie: (who) => cookies(who),
    register: () => registerTestEmployer(bed.app, ++n),
    async approved() {
      const e = await bed.register();
      const res = await bed.as(bed.officer, 'POST', `/api/v1/employer-reviews/${e.employerId}`, { decision: 'approve' });
      expect(res.statusCode, res.body).toBe(200);
      return e;
    },
    async as(who, method, url, payload) {
      return bed.app.inject({ method, url, headers: { cookie: await cookies(who) }, ...(payload === undefined ? {} : { payload: payload as object }) });
    },
  };
  beforeAll(async () => {
    bed.ctx = await createTestContext({ ...(opts.now ? { now: opts.now } : {}), ...(opts.env ? { env: opts.env } : {}) });
    bed.app = await buildApp({ ctx: bed.ctx, logger: false });
    bed.officer = await createTestAccount(bed.ctx, 'officer');
    cookies = sessionCookies(
      () => bed.app,
      () => bed.ctx.clock.now(),
    );
  });
  afterAll(async () => {
    await bed.app.close();
    await bed.ctx.close();
  });
  return bed;
}
