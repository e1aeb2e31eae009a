/** HTTP routes of the cockpit (数据驾驶舱): the method, the figures, their refresh and the public indices. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cockpitChartQuery,
  cockpitMoney as cockpitMoneyDto,
  cockpitPeriod,
  cockpitPeriodQuery,
  cockpitService as cockpitServiceDto,
  cockpitQuery,
  cockpitRecords as cockpitRecordsList,
  cockpitRecordsQuery,
  cockpitRefreshBody,
  cockpitRefreshJob,
  cockpitRefreshParams,
  cockpitSnapshot,
  cockpitTrend,
  indicatorDefinitionList,
  problem,
  publicIndices,
  publicIndicesQuery,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { INDICATORS } from './indicators.js';
import { principalOf } from '../http/access.js';
import { fileResponse, XLSX_MEDIA_TYPE } from '../http/openapi.js';
import { cockpitReport } from './cockpit-report.service.js';
import { chartWorkbook } from './cockpit-charts.service.js';
import { cockpitMoney, cockpitService } from './cockpit-performance.service.js';
import { cockpitRecords as cockpitRecordsOf, cockpitTrend as cockpitTrendOf } from './cockpit-trend.service.js';
import { cockpitView } from './cockpit.service.js';
import { cockpitRefreshJob as refreshJobOf, showRefresh, startCockpitRefresh } from './cockpit-refresh.service.js';

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
          summary:
            'A period’s figures per district or chain (or for one of them): indicators, the four indices, ranks with their 5–95 % interval, and when they were computed',
          querystring: cockpitQuery,
          response: { 200: cockpitSnapshot, 400: problem, 404: problem },
        },
      },
      async (req) => cockpitView(ctx, req.query),
    );

    app.get(
      '/api/v1/cockpit/report.xlsx',
      {
        config: { errorCodes: ['BOLE_COCKPIT_NOT_COMPUTED'] },
        schema: {
          operationId: 'exportCockpitReport',
          tags,
          summary: 'The period’s report as one Excel workbook: every index per district and chain with its rank interval and indicators, and the method',
          querystring: z.object({ period: cockpitPeriod }).strict(),
          response: { 200: fileResponse('The workbook', [XLSX_MEDIA_TYPE]), 400: problem, 404: problem },
        },
      },
      async (req, reply) => {
        const { fileName, data } = await cockpitReport(ctx, req.query.period);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );

    app.get(
      '/api/v1/cockpit/trend',
      {
        config: { errorCodes: ['BOLE_COCKPIT_NOT_COMPUTED'] },
        schema: {
          operationId: 'getCockpitTrend',
          tags,
          summary: 'Each index over the stored periods of the same kind up to the period, and its change against the period before',
          querystring: cockpitQuery,
          response: { 200: cockpitTrend, 400: problem, 404: problem },
        },
      },
      async (req) => cockpitTrendOf(ctx, req.query),
    );

    app.get(
      '/api/v1/cockpit/records',
      {
        schema: {
          operationId: 'listCockpitRecords',
          tags,
          summary: 'The records behind a count indicator’s number for one district or chain (talents’ names masked)',
          querystring: cockpitRecordsQuery,
          response: { 200: cockpitRecordsList, 400: problem },
        },
      },
      async (req) => cockpitRecordsOf(ctx, req.query),
    );

    app.get(
      '/api/v1/cockpit/money',
      {
        schema: {
          operationId: 'getCockpitMoney',
          tags,
          summary: 'Money: the period’s budget year per policy and department (budget, committed, paid, queued) and its months',
          querystring: cockpitPeriodQuery,
          response: { 200: cockpitMoneyDto, 400: problem },
        },
      },
      async (req) => cockpitMoney(ctx, req.query.period),
    );

    app.get(
      '/api/v1/cockpit/service',
      {
        schema: {
          operationId: 'getCockpitService',
          tags,
          summary: 'Service: review SLA compliance and service requests resolved in time and reopened, per department; open and overdue now',
          querystring: cockpitPeriodQuery,
          response: { 200: cockpitServiceDto, 400: problem },
        },
      },
      async (req) => cockpitService(ctx, req.query.period),
    );

    app.get(
      '/api/v1/cockpit/chart.xlsx',
      {
        config: { errorCodes: ['BOLE_COCKPIT_NOT_COMPUTED'] },
        schema: {
          operationId: 'exportCockpitChart',
          tags,
          summary: 'One chart’s numbers as a small Excel workbook, for the same query the chart was drawn from',
          querystring: cockpitChartQuery,
          response: { 200: fileResponse('The chart’s workbook', [XLSX_MEDIA_TYPE]), 400: problem, 404: problem },
        },
      },
      async (req, reply) => {
        const { chart, ...query } = req.query;
        const { fileName, data } = await chartWorkbook(ctx, chart, query);
        return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
      },
    );

    app.post(
      '/api/v1/cockpit/refresh',
      {
        config: { errorCodes: ['BOLE_COCKPIT_REFRESHING'] },
        schema: {
          operationId: 'refreshCockpit',
          tags,
          summary:
            'Recompute a period’s figures (districts and chains) from the records in a background job, or resume the period’s unfinished one; follow its progress',
          body: cockpitRefreshBody,
          response: { 202: cockpitRefreshJob, 400: problem, 409: problem },
        },
      },
      async (req, reply) => {
        const run = await startCockpitRefresh(ctx, principalOf(req), req.body.period);
        run.done.catch((err: unknown) => req.log.error({ err }, 'cockpit refresh failed'));
        return reply.status(202).send(showRefresh(run.job, run.resumed));
      },
    );

    app.get(
      '/api/v1/cockpit/refresh/:id',
      {
        config: { errorCodes: ['BOLE_COCKPIT_REFRESH_NOT_FOUND'] },
        schema: {
          operationId: 'getCockpitRefresh',
          tags,
          summary: 'A refresh and its progress',
          params: cockpitRefreshParams,
          response: { 200: cockpitRefreshJob, 400: problem, 404: problem },
        },
      },
      async (req) => showRefresh(await refreshJobOf(ctx, req.params.id)),
    );

    app.get(
      '/api/v1/public/indices',
      {
        config: { access: 'public', errorCodes: ['BOLE_COCKPIT_NOT_COMPUTED'] },
        schema: {
          operationId: 'getPublicIndices',
          tags,
          summary: 'The four indices per district for a period, with their rank intervals — no personal data',
          querystring: publicIndicesQuery,
          response: { 200: publicIndices, 400: problem, 404: problem },
        },
      },
      async (req) => {
        const s = await cockpitView(ctx, { ...req.query, unit: 'district' });
        return { period: s.period, computedAt: s.computedAt, districts: s.units.map((u) => ({ code: u.code, indices: u.indices })) };
      },
    );
  };
}
