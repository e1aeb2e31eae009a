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
    const queries = ['/api/v1/cockpit?unit=district', '/api/v1/cockpit/report.xlsx?', '/api/v1/public/indices?'];

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
});
