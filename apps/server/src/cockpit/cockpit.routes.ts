/** HTTP routes of the cockpit (数据驾驶舱): the method, the figures, their refresh and the public indices. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cockpitPeriod,
  cockpitQuery,
  cockpitRefreshBody,
  cockpitSnapshot,
  cockpitSnapshotList,
  indicatorDefinitionList,
  problem,
  publicIndices,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { INDICATORS } from './indicators.js';
import { cockpitSnapshot as snapshotOf, refreshCockpit } from './cockpit.service.js';

const tags = ['cockpit'];

/** Routes under /api/v1/cockpit and the public indices. */
export function cockpitRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/cockpit/indicators',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listCockpitIndicators',
          tags,
          summary: 'The method, published: every indicator’s aim, formula, source tables, direction, unit and goalposts',
          response: { 200: indicatorDefinitionList },
        },
      },
      async () => ({ items: INDICATORS.map((d) => ({ ...d })) }),
    );

    app.get(
      '/api/v1/cockpit',
      {
        config: { errorCodes: ['BOLE_COCKPIT_NOT_COMPUTED'] },
        schema: {
          operationId: 'getCockpit',
          tags,
          summary: 'A period’s figures per district or chain: indicators, the four indices, ranks with their 5–95 % interval, and when they were computed',
          querystring: cockpitQuery,
          response: { 200: cockpitSnapshot, 400: problem, 404: problem },
        },
      },
      async (req) => snapshotOf(ctx, req.query.period, req.query.unit),
    );

    app.post(
      '/api/v1/cockpit/refresh',
      {
        schema: {
          operationId: 'refreshCockpit',
          tags,
          summary: 'Recompute a period’s figures (districts and chains) from the records and store them',
          body: cockpitRefreshBody,
          response: { 200: cockpitSnapshotList, 400: problem },
        },
      },
      async (req) => ({ items: await refreshCockpit(ctx, req.body.period) }),
    );

    app.get(
      '/api/v1/public/indices',
      {
        config: { access: 'public', errorCodes: ['BOLE_COCKPIT_NOT_COMPUTED'] },
        schema: {
          operationId: 'getPublicIndices',
          tags,
          summary: 'The four indices per district for a period, with their rank intervals — no personal data',
          querystring: z.object({ period: cockpitPeriod }),
          response: { 200: publicIndices, 400: problem, 404: problem },
        },
      },
      async (req) => {
        const s = await snapshotOf(ctx, req.query.period, 'district');
        return { period: s.period, computedAt: s.computedAt, districts: s.units.map((u) => ({ code: u.code, indices: u.indices })) };
      },
    );
  };
}
