/**
 * The harness of the housing integration tests: a fresh database with the pack, an employer and
 * an officer; talents whose verified facts and granted tier make the talent-apartment policy hold;
 * calls as anyone; the counts a refused request must leave untouched. Not used by production code.
 */
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, registerTestEmployer, sessionCookies, type TestAccount } from '../auth/testing.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { queryRows } from '../db/rows.js';

/** Who signs in. */
export type Who = { login: string; password: string };

/** The harness; `open` in `beforeAll`, `close` in `afterAll`. */
export function housingHarness() {
  const h = {
    ctx: undefined as unknown as TestContext,
    app: undefined as unknown as FastifyInstance,
    employerId: '',
    officer: undefined as unknown as TestAccount,
  };
  const cookieOf = sessionCookies(
    () => h.app,
    () => h.ctx.clock.now(),
  );
  const call = async (method: 'GET' | 'POST', url: string, who?: Who, payload?: object) =>
    h.app.inject({ method, url, ...(who ? { headers: { cookie: await cookieOf(who) } } : {}), ...(payload ? { payload } : {}) });

  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(h.ctx.db, q);

  /** Everything a refused request must leave untouched. */
  async function snapshot() {
    const [c] = await rows<Record<string, number>>(sql`select
      (select count(*)::int from housing_applications) apps,
      (select count(*)::int from housing_rounds) rounds,
      (select count(*)::int from housing_offers) offers,
      (select count(*)::int from audit_log) audit`);
    return c!;
  }

  /** A talent whose verified facts (employed, no home, not in an apartment) and granted tier make the apartment policy hold. */
  async function eligibleTalent(name: string, tier: 'A' | 'B' | 'C' | 'D' | 'E') {
    const reg = await registerTalentWithProfile(h.app, h.employerId, {}, name);
    await h.ctx.db.transaction(async (tx) => {
      await recordVerifiedFacts(
        h.ctx,
        tx,
        reg.talentId,
        { employerId: h.employerId, highestDegree: 'master', ownsHomeInCity: false, livesInTalentApartment: false },
        { source: 'system' },
      );
      const [rec] = (
        (await tx.execute(sql`insert into recognitions (talent_id, requested_by, requested_by_role, status, proposed_tier, request_date, talent_name, stage_since, created_at, updated_at)
          values (${reg.talentId}, ${reg.userId}, 'talent', 'granted', ${tier}, '2026-01-05', ${name}, '2026-01-05', now(), now()) returning id`)) as unknown as {
          rows: { id: string }[];
        }
      ).rows;
      await tx.execute(
        sql`insert into talent_grants (talent_id, tier, recognition_id, granted_at, valid_until) values (${reg.talentId}, ${tier}, ${rec!.id}, now(), '2029-12-31')`,
      );
    });
    await cookieOf({ login: reg.mobile, password: 'Passw0rd-1' });
    return { ...reg, who: { login: reg.mobile, password: 'Passw0rd-1' } };
  }

  /** Opens the database with the pack, an employer, an officer and a project of three units. */
  async function open() {
    h.ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' }); // Wednesday 10:00 in Zhuzhou
    h.app = await buildApp({ ctx: h.ctx, logger: false });
    await seedPolicyPack(h.ctx);
    h.employerId = (await registerTestEmployer(h.app, 31)).employerId;
    h.officer = await createTestAccount(h.ctx, 'officer', { department: 'rcb' });
    const project = await call('POST', '/api/v1/housing/projects', h.officer, {
      code: 'HX01',
      name: '河西人才公寓',
      district: '天元区',
      kind: 'talent_apartment',
    });
    expect(project.statusCode, project.body).toBe(201);
    const unit = (code: string, layout: string) => ({ projectCode: 'HX01', building: '1栋', code, layout, areaM2: 45, rentFen: 120000 });
    const units = await call('POST', '/api/v1/housing/units', h.officer, {
      units: [unit('HX01-101', 'one_bedroom'), unit('HX01-102', 'one_bedroom'), unit('HX01-201', 'two_bedroom')],
    });
    expect(units.statusCode, units.body).toBe(201);
  }

  async function close() {
    await h.app.close();
    await h.ctx.close();
  }

  return Object.assign(h, { open, close, call, cookieOf, rows, snapshot, eligibleTalent });
}
