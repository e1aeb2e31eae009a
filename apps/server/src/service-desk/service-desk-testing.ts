/**
 * The harness of the service desk's tests: a database with the city's departments, concierges of
 * the education bureau, its head (a reviewer), the talent office, talents filing requests, and
 * counts of what was written. Not used by production code.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookies, type TestAccount } from '../auth/testing.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';

/** A complete children's-schooling form. */
export const SCHOOLING = { childName: '李小雨', childBirthDate: '2019-03-02', schoolStage: '小学一年级', preferredDistrict: '天元区' };
/** A complete hukou form. */
export const HUKOU = { householdMembers: '3', moveFrom: '湖南省长沙市' };
/** A complete home-purchase form. */
export const HOME = { district: '天元区', purchaseNeed: '首套住房购房资格' };

/** The harness; `open` in `beforeAll`, `close` in `afterAll`. */
export function serviceDeskHarness() {
  const h = {
    ctx: undefined as unknown as TestContext,
    app: undefined as unknown as FastifyInstance,
    /** Two concierges of the education bureau, its head (reviewer), the talent office. */
    conciergeA: undefined as unknown as TestAccount,
    conciergeB: undefined as unknown as TestAccount,
    head: undefined as unknown as TestAccount,
    office: undefined as unknown as TestAccount,
  };
  const cookieOf = sessionCookies(
    () => h.app,
    () => h.ctx.clock.now(),
  );

  /** A call signed in as `who` (a session of the test clock's current time). */
  async function call(method: 'GET' | 'POST', url: string, who: Pick<TestAccount, 'login' | 'password'>, payload?: object) {
    const cookie = await cookieOf(who);
    return h.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  }

  /** A new talent with a profile, signing in with their mobile number. */
  async function talent() {
    const t = await registerTalentWithProfile(h.app, null);
    return { ...t, login: t.mobile, password: 'Passw0rd-1' };
  }

  /** A talent's children's-schooling request, filed; returns the request. */
  async function filed(who: Pick<TestAccount, 'login' | 'password'>) {
    const res = await call('POST', '/api/v1/service-requests', who, { category: 'children_schooling', form: SCHOOLING, consent: true });
    if (res.statusCode !== 201) throw new Error(`file: ${res.statusCode} ${res.body}`);
    return res.json().requests[0] as { id: string; caseId: string };
  }

  /** Counts of requests, steps and cases: "nothing written" is the same counts. */
  async function counts() {
    const r = (await h.ctx.db.execute(
      sql`select (select count(*)::int from service_cases) cases, (select count(*)::int from service_requests) requests, (select count(*)::int from service_steps) steps`,
    )) as unknown as { rows: { cases: number; requests: number; steps: number }[] };
    return r.rows[0]!;
  }

  async function open(now = '2026-07-15T02:00:00Z') {
    h.ctx = await createTestContext({ now });
    h.app = await buildApp({ ctx: h.ctx, logger: false });
    h.conciergeA = await createTestAccount(h.ctx, 'concierge', { department: 'jyj', displayName: '王专员' });
    h.conciergeB = await createTestAccount(h.ctx, 'concierge', { department: 'jyj', displayName: '赵专员' });
    h.head = await createTestAccount(h.ctx, 'reviewer', { department: 'jyj', displayName: '教育局负责人' });
    h.office = await createTestAccount(h.ctx, 'officer', { department: 'rcb', displayName: '人才办' });
  }

  async function close() {
    await h.app.close();
    await h.ctx.close();
  }

  return { h, call, talent, filed, counts, open, close };
}
