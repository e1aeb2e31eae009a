import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { CockpitMoneyDto, CockpitServiceDto, CockpitRecordsDto, CockpitSnapshotDto, CockpitTrendDto } from '@bole/contracts';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { refreshCockpit, seedCockpitRecords } from './cockpit-testing.js';

/** The cockpit's queries on the hand-made records of `cockpit-testing.ts`: bad input first. */
describe('cockpit queries', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let officer: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp({ ctx, logger: false });
    await seedCockpitRecords(ctx);
    officer = (await signIn(app, await createTestAccount(ctx, 'officer'))).cookie;
    for (const period of ['2026-Q1', '2026-Q2', '2026']) await refreshCockpit(app, officer, period);
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  const get = (url: string, cookie: string | undefined = officer) => app.inject({ url, headers: cookie ? { cookie } : {} });
  /** Asserts a 400 problem+json whose field errors name `field`. */
  const refusedNaming = async (url: string, field: string, cookie?: string) => {
    const res = await get(url, cookie);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
  };

  describe('bad input is a 400 naming the parameter', () => {
    const queries = [
      '/api/v1/cockpit?unit=district',
      '/api/v1/cockpit/trend?',
      '/api/v1/cockpit/report.xlsx?',
      '/api/v1/public/indices?',
      '/api/v1/cockpit/chart.xlsx?chart=platform',
    ];

    it.each(queries)('an unknown period in %s', async (base) => {
      for (const period of ['2026-Q5', '2026-13', '26', 'last-year']) await refusedNaming(`${base}&period=${period}`, 'period');
      await refusedNaming(base, 'period'); // none at all
    });

    it('an unknown period in a refresh', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/cockpit/refresh', headers: { cookie: officer }, payload: { period: '2026-Q0' } });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('period');
    });

    it('an unknown district or chain', async () => {
      await refusedNaming('/api/v1/cockpit?period=2026-Q2&district=东城区', 'district');
      await refusedNaming('/api/v1/cockpit?period=2026-Q2&chain=shipbuilding', 'chain');
      await refusedNaming('/api/v1/cockpit?period=2026-Q2&district=石峰区&chain=rail', 'chain');
      await refusedNaming('/api/v1/public/indices?period=2026-Q2&district=东城区', 'district', '');
      await refusedNaming('/api/v1/cockpit?period=2026-Q2&street=建设路', 'street');
      await refusedNaming('/api/v1/cockpit/chart.xlsx?chart=attraction&period=2026-Q2&chain=shipbuilding', 'chain');
      await refusedNaming('/api/v1/cockpit/chart.xlsx?chart=pie&period=2026-Q2', 'chart');
      await refusedNaming('/api/v1/cockpit/trend?period=2026-Q2&district=东城区', 'district');
      await refusedNaming('/api/v1/cockpit/trend?period=2026-Q7', 'period');
      await refusedNaming('/api/v1/cockpit/records?period=2026-Q2&indicator=arrivals&district=东城区', 'district');
      await refusedNaming('/api/v1/cockpit/records?period=2026-Q2&indicator=arrivals&chain=shipbuilding', 'chain');
      await refusedNaming('/api/v1/cockpit/records?period=2026-Q2&indicator=arrivals', 'district'); // whose records?
      await refusedNaming('/api/v1/cockpit/records?period=2026-Q2&indicator=patentsPer10k&district=石峰区', 'indicator'); // not a count
      await refusedNaming('/api/v1/cockpit/records?period=Q2&indicator=arrivals&district=石峰区', 'period');
    });
  });

  it('narrows the figures to one district or chain', async () => {
    const one = (await get('/api/v1/cockpit?period=2026-Q2&district=石峰区')).json<CockpitSnapshotDto>();
    expect(one.units.map((u) => u.code)).toEqual(['石峰区']);
    expect(one.units[0]!.indices.attraction).toMatchObject({ value: 75, rank: 1 });
    const chain = (await get('/api/v1/cockpit?period=2026-Q2&chain=rail')).json<CockpitSnapshotDto>();
    expect(chain).toMatchObject({ unitKind: 'chain', units: [{ code: 'rail' }] });
    const pub = (await get('/api/v1/public/indices?period=2026-Q2&district=天元区', '')).json<{ districts: { code: string }[] }>();
    expect(pub.districts.map((d) => d.code)).toEqual(['天元区']);
  });

  it('exports one chart’s numbers as a small workbook: the aim’s ranking as on screen', async () => {
    const res = await get('/api/v1/cockpit/chart.xlsx?chart=attraction&period=2026-Q2&unit=district');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('cockpit-attraction-2026-Q2-district.xlsx');
    const sheet = await onlySheet(res.rawPayload);
    expect(sheet.name).toBe('人才吸引力-区县');
    expect(sheet.rowCount).toBe(10); // the header and the city's nine districts
    expect(sheet.getRow(2).values).toEqual([undefined, 1, expect.stringContaining('石峰区'), 75, 1, 1, 1, '是 yes', 1 / 3, 100, 100, 0]);
    const chain = await onlySheet((await get('/api/v1/cockpit/chart.xlsx?chart=platform&period=2026-Q2&chain=rail')).rawPayload);
    expect(chain.rowCount).toBe(2);
    expect(chain.getRow(2).getCell(2).value).toBe('轨道交通 rail transit equipment');
  });

  it('shows each index over the stored quarters and its change against the quarter before', async () => {
    const q1 = (await get('/api/v1/cockpit?period=2026-Q1&district=石峰区')).json<CockpitSnapshotDto>().units[0]!.indices.attraction;
    const trend = (await get('/api/v1/cockpit/trend?period=2026-Q2&district=石峰区')).json<CockpitTrendDto>();
    expect(trend).toMatchObject({ period: '2026-Q2', previousPeriod: '2026-Q1', unitKind: 'district', periods: ['2026-Q1', '2026-Q2'] }); // not the year 2026
    const attraction = trend.units[0]!.indices.attraction;
    expect(attraction.values).toEqual([q1.value, 75]);
    expect(attraction.previous).toBe(q1.value);
    expect(attraction.previousRank).toBe(q1.rank);
    expect(attraction.delta).toBe(q1.value === null ? null : 75 - q1.value);
    // The quarter before 2026-Q1 was never computed: no change shown, not a change from zero.
    const first = (await get('/api/v1/cockpit/trend?period=2026-Q1&unit=chain')).json<CockpitTrendDto>();
    expect(first.periods).toEqual(['2026-Q1']);
    expect(first.units.every((u) => u.indices.platform.delta === null && u.indices.platform.previous === null)).toBe(true);
    const sheet = await onlySheet((await get('/api/v1/cockpit/chart.xlsx?chart=trend&period=2026-Q2&district=石峰区')).rawPayload);
    expect(sheet.getRow(1).values).toEqual([undefined, '区县 District', '指数 Index', '2026-Q1', '2026-Q2', '上期 2026-Q1 Previous', '变化 Change']);
    expect(sheet.rowCount).toBe(5); // the four indices of 石峰区
  });

  it('drills down from a count to the records behind it, talents’ names masked', async () => {
    const arrivals = (await get('/api/v1/cockpit/records?period=2026-Q2&indicator=arrivals&district=石峰区')).json<CockpitRecordsDto>();
    // 甲 arrived on 04-10; 丙 arrived too but is not recognised, so not counted — as in the indicator.
    expect(arrivals).toEqual({
      indicator: 'arrivals',
      total: 1,
      items: [{ name: '张*三', date: '2026-04-10', tier: 'A', highestDegree: 'master', employer: '株洲轨道装备' }],
    });
    expect(JSON.stringify(arrivals)).not.toContain('张甲三');
    const rail = (await get('/api/v1/cockpit/records?period=2026-Q2&indicator=arrivals&chain=auto')).json<CockpitRecordsDto>();
    expect(rail.items.map((r) => r.date)).toEqual(['2026-05-01']); // 丁, placed by the verified employer's chain
    const employers = (await get('/api/v1/cockpit/records?period=2026-Q2&indicator=employers&district=天元区')).json<CockpitRecordsDto>();
    expect(employers.items).toEqual([{ name: '株洲汽车零部件', date: '2025-06-01', tier: null, highestDegree: null, employer: null }]);
    const none = (await get('/api/v1/cockpit/records?period=2026-Q2&indicator=recognitionsGranted&district=石峰区')).json<CockpitRecordsDto>();
    expect(none).toEqual({ indicator: 'recognitionsGranted', total: 0, items: [] });
  });

  it('shows service requests resolved in time per department, and money per policy and department', async () => {
    const service = (await get('/api/v1/cockpit/service?period=2026-Q2')).json<CockpitServiceDto>();
    // 甲's requests with the public security bureau (gaj): closed 05-10 on its due date, 06-02 after 05-28; the one closed in July is not in Q2.
    expect(service.requests).toEqual([{ department: 'gaj', done: 2, onTime: 1, onTimeRate: 50, open: 0, overdue: 0, reopened: 0, reopenRate: 0 }]);
    expect(service.reviews).toEqual([]); // nothing decided: no rows, not zeros
    const money = (await get('/api/v1/cockpit/money?period=2026-Q2')).json<CockpitMoneyDto>();
    expect(money.year).toBe(2026);
    const sum = (xs: { annualFen: number }[]) => xs.reduce((a, x) => a + x.annualFen, 0);
    expect(sum(money.departments)).toBe(sum(money.policies)); // each policy's budget counted once, in its department
    expect(money.months).toEqual([]); // no payment line yet
    const sheet = await onlySheet((await get('/api/v1/cockpit/chart.xlsx?chart=serviceRequests&period=2026-Q2')).rawPayload);
    expect(sheet.getRow(2).values).toEqual([undefined, '公安局 Public Security Bureau', 2, 1, 50, 0, 0, 0, 0]);
  });
});

/** The one sheet of a workbook's bytes. */
async function onlySheet(bytes: Buffer) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}
