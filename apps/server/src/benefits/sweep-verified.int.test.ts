/**
 * The 免申即享 sweep pays on verified facts and the granted tier only: a talent's own
 * declarations (however generous) move no money; a department's data or a reviewer's
 * confirmation makes the next sweep grant; a withdrawn fact makes the next sweep end it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { asc, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { buildApp } from '../app.js';
import { createTestAccount, sessionCookieOf, signIn } from '../auth/testing.js';
import { employers } from '../employers/employer.table.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { makeIdNumber } from '../identity/id-number.js';
import { seedPolicyPack } from '../policies/policy.service.js';
import { seedCity } from '../seed/seed-city.js';
import { allEntitlements } from './entitlement.repository.js';
import { sweepDiff, sweepWorkbook } from './sweep-view.service.js';
import { sweepAndConfirm } from './sweep-testing.js';

let ctx: TestContext;
let app: FastifyInstance;
let officer: { cookie: string };
let talentId: string;
let employerId: string;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
  app = await buildApp({ ctx, logger: false });
  await seedPolicyPack(ctx);
  await seedCity(ctx, { talents: 10, employers: 3, seed: 5, referenceDate: '2026-06-30' });
  officer = await signIn(app, await createTestAccount(ctx, 'officer'));
  const [e] = await ctx.db.select({ id: employers.id }).from(employers).orderBy(asc(employers.id)).limit(1);
  employerId = e!.id;
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const mine = async () => (await allEntitlements(ctx.db)).filter((e) => e.talentId === talentId);
const sweep = async (at: string) => {
  ctx.clock.set(`${at}T02:00:00Z`);
  return (await sweepAndConfirm(ctx, at)).job;
};

describe('money without an application moves only on verified facts', () => {
  it('a freshly registered talent declaring 院士 is proposed tier A, and the sweep and the payment batch pay them nothing', async () => {
    const reg = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/talent',
      payload: { mobile: '13912345678', password: 'Passw0rd-1', name: '李四' },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const cookie = `bole_session=${sessionCookieOf(reg)}`;
    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/talents/me',
      headers: { cookie },
      payload: {
        name: '李四',
        gender: 'male',
        idNumber: makeIdNumber('430203', '1998-03-07', 21, 'male'),
        birthDate: '1998-03-07',
        highestDegree: 'doctorate',
        graduationDate: '2025-06-30',
        schoolTier: 'double_first_class',
        honors: ['academician'],
        employerId,
        arrivalDate: '2025-07-01',
        socialInsuranceMonths: 24,
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().tier).toBe('A');
    talentId = put.json().id;

    const job = await sweep('2026-07-15');
    expect(job.status).toBe('done');
    expect(await mine()).toEqual([]);
    const batch = await app.inject({ method: 'POST', url: '/api/v1/payment-batches', headers: officer, payload: { period: '2026-07' } });
    expect(batch.statusCode, batch.body).toBeLessThan(300);
    const lines = await ctx.db.execute(sql`select count(*)::int as n from payment_lines where talent_id = ${talentId}`);
    expect((lines as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });

  it('once 人社局 data confirms the employment, 不动产登记 that there is no home and a reviewer the doctorate, the next sweep grants — but no tier allowance without a granted tier', async () => {
    const reviewer = await createTestAccount(ctx, 'reviewer');
    await ctx.db.transaction(async (tx) => {
      await recordVerifiedFacts(
        ctx,
        tx,
        talentId,
        { employerId, arrivalDate: '2025-07-01', socialInsuranceMonths: 24 },
        { source: 'department', department: 'rsj' },
      );
      await recordVerifiedFacts(
        ctx,
        tx,
        talentId,
        { highestDegree: 'doctorate', graduationDate: '2025-06-30' },
        { source: 'review', actorUserId: reviewer.id },
      );
      await recordVerifiedFacts(ctx, tx, talentId, { ownsHomeInCity: false }, { source: 'department', department: 'bdc' });
    });
    const job = await sweep('2026-07-16');
    const got = (await mine()).filter((e) => e.status === 'active').map((e) => e.policyId);
    expect(got).toContain('rent-subsidy');
    expect(got).not.toContain('top-talent-allowance');
    const diff = await sweepDiff(ctx, job.id, { change: 'new', page: 1, pageSize: 50 });
    expect(diff.items).toContainEqual(expect.objectContaining({ talentId, policyId: 'rent-subsidy', change: 'new' }));
  });

  it('when 人社局 withdraws the employment, the next sweep ends the entitlement', async () => {
    await ctx.db.transaction((tx) => recordVerifiedFacts(ctx, tx, talentId, { employerId: null }, { source: 'department', department: 'rsj' }));
    const job = await sweep('2026-07-17');
    const diff = await sweepDiff(ctx, job.id, { change: 'ended', page: 1, pageSize: 50 });
    // The officer reads why: the confirmation of the employer it rested on was withdrawn.
    expect(diff.items).toContainEqual(
      expect.objectContaining({ talentId, policyId: 'rent-subsidy', change: 'ended', reason: { withdrawn: ['employerId'], contradicted: [] } }),
    );
    const sheet = await sweepWorkbook(ctx, job.id, { change: 'ended' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.data as unknown as ArrayBuffer);
    const row = wb.worksheets[0]!.getRows(2, wb.worksheets[0]!.rowCount - 1)!.find(
      (r) => r.getCell(1).value === talentId && r.getCell(4).value === 'rent-subsidy',
    )!;
    expect(row.getCell(8).value).toBe('核验已撤回：工作单位');
    const rent = (await mine()).find((e) => e.policyId === 'rent-subsidy')!;
    expect(rent).toMatchObject({ status: 'ended', endedOn: '2026-07-17' });
  });
});
