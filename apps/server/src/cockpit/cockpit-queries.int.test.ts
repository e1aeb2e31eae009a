import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { CockpitSnapshotDto } from '@bole/contracts';
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
    await refreshCockpit(app, officer, '2026-Q2');
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
    const queries = ['/api/v1/cockpit?unit=district', '/api/v1/cockpit/report.xlsx?', '/api/v1/public/indices?', '/api/v1/cockpit/chart.xlsx?chart=platform'];

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
});

/** The one sheet of a workbook's bytes. */
async function onlySheet(bytes: Buffer) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}
