/**
 * Period comparison and drill-down. The trend: each index of each unit over the stored periods
 * of the query's kind (years, quarters or months) up to the query's period, and its change
 * against the period just before (null when that one was not computed or has no figure: no
 * data, never zero). The drill-down: the records behind a count indicator, talents' names masked.
 */
import { COCKPIT_AIMS, type CockpitAim, type CockpitQuery, type CockpitRecordsDto, type CockpitRecordsQuery, type CockpitTrendDto } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { invalid } from '../http/errors.js';
import { maskName } from '../talent-code/talent-code.rules.js';
import { storedSnapshots } from './cockpit.repository.js';
import { recordsBehind } from './cockpit-records.repository.js';
import { cockpitView, queriedUnit } from './cockpit.service.js';
import { periodKind, periodRange, previousPeriod } from './period.js';

type TrendCell = CockpitTrendDto['units'][number]['indices'][CockpitAim];

/** The trend up to `q.period` and its comparison with the period before (404 when `q.period` is not computed). */
export async function cockpitTrend(ctx: AppContext, q: CockpitQuery): Promise<CockpitTrendDto> {
  const current = await cockpitView(ctx, q);
  const { kind } = queriedUnit(ctx, q);
  const previous = previousPeriod(q.period);
  const stored = (await storedSnapshots(ctx.db, kind)).filter((s) => periodKind(s.period) === periodKind(q.period) && s.period <= q.period);
  const before = stored.find((s) => s.period === previous);
  const cellOf = (s: (typeof stored)[number] | undefined, code: string) => s?.units.find((u) => u.code === code)?.indices;
  return {
    period: q.period,
    previousPeriod: previous,
    unitKind: kind,
    periods: stored.map((s) => s.period),
    units: current.units.map((u) => {
      const prior = cellOf(before, u.code);
      const cell = (aim: CockpitAim): TrendCell => {
        const now = u.indices[aim].value;
        const was = prior?.[aim].value ?? null;
        return {
          values: stored.map((s) => cellOf(s, u.code)?.[aim].value ?? null),
          previous: was,
          delta: now === null || was === null ? null : now - was,
          previousRank: prior?.[aim].rank ?? null,
        };
      };
      return { code: u.code, indices: Object.fromEntries(COCKPIT_AIMS.map((aim) => [aim, cell(aim)])) as Record<CockpitAim, TrendCell> };
    }),
  };
}

/** The records behind a count indicator's number for one district or chain (400 unless exactly one is named). */
export async function cockpitRecords(ctx: AppContext, q: CockpitRecordsQuery): Promise<CockpitRecordsDto> {
  const { kind, code } = queriedUnit(ctx, q);
  if (code === null) throw invalid([{ field: 'district', message: 'name the district or the chain whose records to list' }]);
  const rows = await recordsBehind(ctx.db, q.indicator, kind, code, periodRange(q.period));
  const talents = q.indicator !== 'employers';
  return {
    indicator: q.indicator,
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      name: talents ? maskName(r.name) : r.name,
      date: r.date,
      tier: r.tier,
      highestDegree: r.highestDegree,
      employer: r.employer,
    })),
  };
}
