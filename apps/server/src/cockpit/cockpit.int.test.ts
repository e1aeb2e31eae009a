import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { CockpitRefreshJobDto, CockpitSnapshotDto } from '@bole/contracts';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { seedCockpitRecords } from './cockpit-testing.js';
import { insertRunningJob } from '../benefits/job.service.js';
import { saveSnapshot } from './cockpit.repository.js';

describe('cockpit (数据驾驶舱)', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let officer: string;
  let auditor: string;
  let talent: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    await seedCockpitRecords(ctx);
    officer = (await signIn(app, await createTestAccount(ctx, 'officer'))).cookie;
    auditor = (await signIn(app, await createTestAccount(ctx, 'auditor'))).cookie;
    talent = (await signIn(app, await createTestAccount(ctx, 'talent'))).cookie;
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  const get = (url: string, cookie?: string) => app.inject({ url, headers: cookie ? { cookie } : {} });
  /** Starts a refresh and follows its progress until it ends. */
  const refresh = async (period: string): Promise<CockpitRefreshJobDto> => {
    const started = await app.inject({ method: 'POST', url: '/api/v1/cockpit/refresh', headers: { cookie: officer }, payload: { period } });
    expect(started.statusCode, started.body).toBe(202);
    return follow(started.json<CockpitRefreshJobDto>());
  };
  /** Reads a refresh's progress until it ends. */
  const follow = async (from: CockpitRefreshJobDto): Promise<CockpitRefreshJobDto> => {
    let job = from;
    while (job.status === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      job = (await get(`/api/v1/cockpit/refresh/${job.id}`, auditor)).json<CockpitRefreshJobDto>();
    }
    return job;
  };

  it('says a period is not computed until the talent office refreshes it, then shows when it was', async () => {
    const before = await get('/api/v1/cockpit?period=2026-Q2', officer);
    expect(before.statusCode).toBe(404);
    expect(before.json()).toMatchObject({ code: 'BOLE_COCKPIT_NOT_COMPUTED' });
    const job = await refresh('2026-Q2');
    expect(job).toMatchObject({ status: 'done', processed: 2, total: 2, percent: 100, checkpoint: 'chain' });
    const after = await get('/api/v1/cockpit?period=2026-Q2', auditor);
    expect(after.statusCode).toBe(200);
    expect(after.json<CockpitSnapshotDto>()).toMatchObject({ computedAt: ctx.clock.now().toISOString(), hasData: true });
  });

  it('resumes a refresh cut after its first step without recomputing what it stored', async () => {
    // What a crash after the districts' step leaves: the job running with its checkpoint, the districts stored.
    const stored: CockpitSnapshotDto = {
      period: '2026-Q1',
      unitKind: 'district',
      computedAt: '2026-01-01T00:00:00.000Z',
      hasData: true,
      sensitivityRuns: 1000,
      units: [],
    };
    await saveSnapshot(ctx.db, stored);
    const now = ctx.clock.now().toISOString();
    const cut = (await insertRunningJob(ctx.db, { kind: 'cockpit', params: { period: '2026-Q1' }, total: 2, createdBy: null, now }))!;
    await ctx.db.execute(sql`update jobs set checkpoint = 'district', processed = 1 where id = ${cut.id}`);
    const started = await app.inject({ method: 'POST', url: '/api/v1/cockpit/refresh', headers: { cookie: officer }, payload: { period: '2026-Q1' } });
    expect(started.json()).toMatchObject({ id: cut.id, resumed: true, processed: 1, percent: 50 });
    expect(await follow(started.json())).toMatchObject({ status: 'done', processed: 2 });
    const districts = (await get('/api/v1/cockpit?period=2026-Q1', officer)).json<CockpitSnapshotDto>();
    expect(districts.computedAt).toBe(stored.computedAt); // stored before the cut: kept
    const chains = (await get('/api/v1/cockpit?period=2026-Q1&unit=chain', officer)).json<CockpitSnapshotDto>();
    expect(chains.computedAt).toBe(now);
  });

  it('shows a period before any record as no data, not zero', async () => {
    expect((await refresh('2019')).status).toBe('done');
    const snap = (await get('/api/v1/cockpit?period=2019', officer)).json<CockpitSnapshotDto>();
    expect(snap.hasData).toBe(false);
    expect(snap.units.every((u) => Object.values(u.indicators).every((v) => v === null))).toBe(true);
    expect((await get('/api/v1/cockpit/refresh/00000000-0000-4000-8000-000000000000', officer)).statusCode).toBe(404);
  });

  it('computes each indicator from verified facts of recognised talents, per district', async () => {
    const snap = (await get('/api/v1/cockpit?period=2026-Q2&unit=district', officer)).json<CockpitSnapshotDto>();
    const of = (code: string) => snap.units.find((u) => u.code === code)!;
    expect(of('石峰区').indicators).toMatchObject({
      arrivals: 1 / 3, // 甲 only: 丙 is not recognised
      masterShareOfArrivals: 100,
      youngShareOfArrivals: 100,
      patentsPer10k: 10_000, // (2 + 0) / 2 present × 10,000
      doctorateShare: 50,
      seniorTitleShare: 50,
      flexibleShare: 50,
      employers: 1,
      highTechShare: 100,
      talentsPerEmployer: 2,
      recognitionsGranted: 0,
      applicationsOnTime: null, // nothing decided: no data, not zero
      serviceRequestsOnTime: 50, // 1 of the 2 closed in the period on time
      aboveScaleShare: 0,
      paidPerTalent: 0,
    });
    expect(of('天元区').indicators).toMatchObject({
      arrivals: 1 / 3,
      masterShareOfArrivals: 0,
      youngShareOfArrivals: 0,
      doctorateShare: 0,
      patentsPer10k: 10_000,
      aboveScaleShare: 100,
      serviceRequestsOnTime: null,
    });
    // A district without records has no figures and no rank.
    expect(of('攸县').indicators.arrivals).toBeNull();
    expect(of('攸县').indices.attraction).toMatchObject({ value: null, rank: null, median: null });
  });

  it('ranks districts on each index: attraction (50 + 100 + 100 + 50) / 4 against (50 + 0 + 0 + 50) / 4', async () => {
    const snap = (await get('/api/v1/cockpit?period=2026-Q2', officer)).json<CockpitSnapshotDto>();
    const of = (code: string) => snap.units.find((u) => u.code === code)!.indices.attraction;
    expect(of('石峰区')).toMatchObject({ value: 75, rank: 1 });
    expect(of('天元区')).toMatchObject({ value: 25, rank: 2 });
    expect(of('石峰区').p5).toBeGreaterThanOrEqual(1);
    expect(snap.sensitivityRuns).toBe(1000);
  });

  it('places talents in their verified employer’s chain', async () => {
    const snap = (await get('/api/v1/cockpit?period=2026-Q2&unit=chain', officer)).json<CockpitSnapshotDto>();
    expect(snap.units.find((u) => u.code === 'rail')!.indicators).toMatchObject({ arrivals: 1 / 3, doctorateShare: 50 });
    expect(snap.units.find((u) => u.code === 'auto')!.indicators).toMatchObject({ arrivals: 1 / 3, masterShareOfArrivals: 0 });
  });

  it('publishes the four indices per district without sign-in, and the method', async () => {
    const pub = await get('/api/v1/public/indices?period=2026-Q2');
    expect(pub.statusCode).toBe(200);
    expect(pub.body).not.toContain('arrivals');
    expect(pub.json().districts).toHaveLength(9);
    const method = (await get('/api/v1/cockpit/indicators')).json<{ items: { id: string; formula: { zh: string } }[] }>();
    expect(method.items).toHaveLength(15);
    expect(method.items.find((i) => i.id === 'serviceRequestsOnTime')).toMatchObject({
      aim: 'platform',
      unit: 'percent',
      sources: ['service_requests', 'talents', 'employers'],
    });
    expect(method.items.find((i) => i.id === 'patentsPer10k')!.formula.zh).toContain('授权专利');
  });

  it('exports the period’s report as one workbook: each aim per district and chain, ranked, and the method', async () => {
    const res = await get('/api/v1/cockpit/report.xlsx?period=2026-Q2', auditor);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('cockpit-2026-Q2.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...['人才吸引力', '创新策源力', '产业集聚力', '平台影响力'].map((a) => `${a}-区县`),
      ...['人才吸引力', '创新策源力', '产业集聚力', '平台影响力'].map((a) => `${a}-产业链`),
      '方法 Method',
    ]);
    const attraction = wb.getWorksheet('人才吸引力-区县')!;
    expect(attraction.getRow(2).values).toEqual([undefined, 1, expect.stringContaining('石峰区'), 75, 1, 1, 1, '是 yes', 1 / 3, 100, 100, 0]);
    expect(wb.getWorksheet('方法 Method')!.rowCount).toBe(16); // the header and 15 indicators
    expect((await get('/api/v1/cockpit/report.xlsx?period=2025-Q3', officer)).statusCode).toBe(404);
  });

  it('refuses a bad period or unit naming it, and roles that may not see or refresh', async () => {
    const bad = await get('/api/v1/cockpit?period=2026-Q5', officer);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('period');
    const unit = await get('/api/v1/cockpit?period=2026-Q2&unit=street', officer);
    expect(unit.statusCode).toBe(400);
    expect(unit.body).toContain('unit');
    expect((await get('/api/v1/cockpit?period=2026-Q2', talent)).statusCode).toBe(403);
    const byAuditor = await app.inject({ method: 'POST', url: '/api/v1/cockpit/refresh', headers: { cookie: auditor }, payload: { period: '2026' } });
    expect(byAuditor.statusCode).toBe(403);
  });
});
