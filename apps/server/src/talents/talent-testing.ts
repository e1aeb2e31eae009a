/**
 * The talents area's test bed: an app on a fresh database with one registered employer, and the
 * steps its tests repeat — register a talent through the API, a complete profile body, save it,
 * read the audit log. Call it inside a `describe`: it opens in `beforeAll` and closes in `afterAll`.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { registerTestEmployer, sessionCookieOf } from '../auth/testing.js';
import { makeIdNumber } from '../identity/id-number.js';

/** What a test of the talents area works with. */
export interface TalentTestbed {
  ctx: TestContext;
  app: FastifyInstance;
  /** The registered employer's id. */
  employerId: string;
  /** A mobile number not registered yet in this bed. */
  nextMobile(): string;
  /** Registers a talent through the API; returns the session cookie, the Me body and the mobile. */
  register(name?: string, mobile?: string): Promise<{ cookie: string; me: { talentId: string } & Record<string, unknown>; mobile: string }>;
  /** A complete, valid profile (employed by the bed's employer), with `over` applied. */
  profileBody(over?: Record<string, unknown>): Record<string, unknown>;
  /** PUT /talents/me as the talent of `cookie`. */
  put(cookie: string, payload: unknown): Promise<LightMyRequestResponse>;
  /** The audit log, oldest first. */
  auditRows(): ReturnType<TestContext['db']['query']['auditLog']['findMany']>;
}

/** Opens the bed before the describe's tests and closes it after them. */
export function talentTestbed(): TalentTestbed {
  let mobileSeq = 0;
  const bed: TalentTestbed = {
    ctx: undefined as unknown as TestContext,
    app: undefined as unknown as FastifyInstance,
    employerId: '',
    nextMobile: () => `1380000${String(++mobileSeq).padStart(4, '0')}`,
    async register(name = '张三', mobile = bed.nextMobile()) {
      const res = await bed.app.inject({ method: 'POST', url: '/api/v1/auth/register/talent', payload: { mobile, password: 'Passw0rd-1', name } });
      expect(res.statusCode, res.body).toBe(201);
      return { cookie: `bole_session=${sessionCookieOf(res)}`, me: res.json(), mobile };
    },
    profileBody: (over = {}) => ({
      name: '张三',
      gender: 'male',
      idNumber: makeIdNumber('430203', '1994-03-07', 21, 'male'),
      birthDate: '1994-03-07',
      district: '天元区',
      highestDegree: 'master',
      graduationDate: '2020-06-30',
      schoolTier: 'double_first_class',
      employerId: bed.employerId,
      arrivalDate: '2020-08-01',
      socialInsuranceMonths: 70,
      honors: ['city_leading'],
      ...over,
    }),
    put: (cookie, payload) => bed.app.inject({ method: 'PUT', url: '/api/v1/talents/me', headers: { cookie }, payload: payload as object }),
    auditRows: () => bed.ctx.db.query.auditLog.findMany({ orderBy: (a, { asc }) => [asc(a.id)] }),
  };

  beforeAll(async () => {
    bed.ctx = await createTestContext();
    bed.app = await buildApp({ ctx: bed.ctx, logger: false });
    bed.employerId = (await registerTestEmployer(bed.app, 77)).employerId;
  });
  afterAll(async () => {
    await bed.app.close();
    await bed.ctx.close();
  });
  return bed;
}
