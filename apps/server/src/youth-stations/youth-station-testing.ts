/**
 * The harness of the youth stations' tests: a database with the pack, an officer, a station,
 * and job-seeking graduates whose facts a department has verified (eligible for a stay).
 * Not used by production code.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, registerTestEmployer, sessionCookies, type TestAccount } from '../auth/testing.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { makeIdNumber } from '../identity/id-number.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';

/**
 * A graduate of 2025 without city hukou who arrived at a city employer on 2026-07-01: the
 * youth-station policy's guest (job-seeking, or arrived within a month). Being without a job is
 * not a fact a department can confirm yet, so the tests' guests are new arrivals.
 */
export const GRADUATE = { highestDegree: 'bachelor', graduationDate: '2025-06-30', arrivalDate: '2026-07-01', socialInsuranceMonths: 0 } as const;

/** A station of two rooms with two beds each, 7 nights, one stay a year. */
export const STATION = {
  name: { zh: '株洲青年驿站（天元）', en: 'Zhuzhou Youth Station (Tianyuan)' },
  district: '天元区',
  address: '天元区长江南路 1 号',
  rooms: [
    { name: '101', beds: 2 },
    { name: '102', beds: 2 },
  ],
};

let guests = 0;

/** The harness; `open` in `beforeAll`, `close` in `afterAll`. */
export function youthStationHarness() {
  const h = {
    ctx: undefined as unknown as TestContext,
    app: undefined as unknown as FastifyInstance,
    officer: undefined as unknown as TestAccount,
    stationId: '',
    employerId: '',
  };
  const cookieOf = sessionCookies(
    () => h.app,
    () => h.ctx.clock.now(),
  );

  /** A call as a staff account, or with a talent's cookie. */
  async function call(method: 'GET' | 'POST', url: string, who?: TestAccount | { cookie: string }, payload?: object, app = h.app) {
    const cookie = who ? ('cookie' in who ? who.cookie : await cookieOf(who)) : undefined;
    return app.inject({ method, url, ...(cookie ? { headers: { cookie } } : {}), ...(payload ? { payload } : {}) });
  }

  /** A graduate whose degree, graduation, hukou, employer and arrival a department has confirmed. */
  async function graduate(over: Record<string, unknown> = {}, verified: Record<string, unknown> = {}) {
    guests++;
    const birthDate = '2001-05-01';
    const idNumber = makeIdNumber('430211', birthDate, (process.pid * 7 + guests) % 500, 'female');
    const t = await registerTalentWithProfile(h.app, h.employerId, { ...GRADUATE, birthDate, idNumber, gender: 'female', ...over });
    const facts = {
      highestDegree: 'bachelor',
      graduationDate: '2025-06-30',
      hukouInCity: false,
      employerId: h.employerId,
      arrivalDate: GRADUATE.arrivalDate,
      ...verified,
    } as const;
    await h.ctx.db.transaction((tx) => recordVerifiedFacts(h.ctx, tx, t.talentId, facts, { source: 'department', department: 'rsj' }));
    return t;
  }

  async function open(now = '2026-07-15T02:00:00Z') {
    h.ctx = await createTestContext({ now });
    h.app = await buildApp({ ctx: h.ctx, logger: false });
    await seedPolicyPack(h.ctx);
    h.officer = await createTestAccount(h.ctx, 'officer', { department: 'rcb' });
    h.employerId = (await registerTestEmployer(h.app, 31)).employerId;
    const res = await call('POST', '/api/v1/youth-stations', h.officer, STATION);
    if (res.statusCode !== 201) throw new Error(`station: ${res.statusCode} ${res.body}`);
    h.stationId = res.json().id;
  }

  async function close() {
    await h.app.close();
    await h.ctx.close();
  }

  return { h, call, graduate, open, close };
}
