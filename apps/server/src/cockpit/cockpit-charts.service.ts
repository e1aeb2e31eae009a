/**
 * Every cockpit chart's numbers as one small workbook: the chart's table, computed by the same
 * service that answers the chart on screen, so the export and the screen never disagree.
 */
import { COCKPIT_AIMS, COCKPIT_AIM_LABELS, type CockpitChart, type CockpitQuery } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { tablesWorkbook, type TableSheet } from '../platform/table-workbook.js';
import { aimSheet, unitNames } from './cockpit-report.service.js';
import { cockpitView, queriedUnit } from './cockpit.service.js';
import { cockpitTrend } from './cockpit-trend.service.js';
import { moneyDepartmentsChart, moneyMonthsChart, moneyPoliciesChart, serviceRequestsChart, serviceReviewsChart } from './cockpit-performance-charts.js';

/** How each chart's table is made from the query. */
const CHARTS: Record<CockpitChart, (ctx: AppContext, q: CockpitQuery) => Promise<TableSheet>> = {
  attraction: (ctx, q) => aimChart(ctx, q, 'attraction'),
  innovation: (ctx, q) => aimChart(ctx, q, 'innovation'),
  agglomeration: (ctx, q) => aimChart(ctx, q, 'agglomeration'),
  platform: (ctx, q) => aimChart(ctx, q, 'platform'),
  trend: trendChart,
  moneyPolicies: (ctx, q) => moneyPoliciesChart(ctx, q.period),
  moneyDepartments: (ctx, q) => moneyDepartmentsChart(ctx, q.period),
  moneyMonths: (ctx, q) => moneyMonthsChart(ctx, q.period),
  serviceReviews: (ctx, q) => serviceReviewsChart(ctx, q.period),
  serviceRequests: (ctx, q) => serviceRequestsChart(ctx, q.period),
};

/** The indices over the stored periods, one row per unit and index, with the change against the period before. */
async function trendChart(ctx: AppContext, q: CockpitQuery): Promise<TableSheet> {
  const trend = await cockpitTrend(ctx, q);
  const names = unitNames(ctx, trend.unitKind);
  return {
    name: '趋势 Trend',
    headers: [
      trend.unitKind === 'district' ? '区县 District' : '产业链 Chain',
      '指数 Index',
      ...trend.periods,
      `上期 ${trend.previousPeriod} Previous`,
      '变化 Change',
    ],
    rows: trend.units.flatMap((u) =>
      COCKPIT_AIMS.map((aim) => {
        const c = u.indices[aim];
        return [names.get(u.code) ?? u.code, `${COCKPIT_AIM_LABELS[aim].zh} ${COCKPIT_AIM_LABELS[aim].en}`, ...c.values, c.previous, c.delta];
      }),
    ),
  };
}

async function aimChart(ctx: AppContext, q: CockpitQuery, aim: Parameters<typeof aimSheet>[0]): Promise<TableSheet> {
  const { kind } = queriedUnit(ctx, q);
  const snapshot = await cockpitView(ctx, q);
  return aimSheet(aim, kind, snapshot.units, unitNames(ctx, kind));
}

/** The workbook of one chart (400 for a bad query, 404 when its period is not computed). */
export async function chartWorkbook(ctx: AppContext, chart: CockpitChart, q: CockpitQuery): Promise<{ fileName: string; data: Buffer }> {
  const sheet = await CHARTS[chart](ctx, q);
  const scope = q.district ?? q.chain ?? q.unit;
  return { fileName: `cockpit-${chart}-${q.period}-${encodeURIComponent(scope)}.xlsx`, data: await tablesWorkbook([sheet]) };
}
