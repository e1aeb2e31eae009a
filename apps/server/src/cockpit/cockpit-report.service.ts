/**
 * The period's report as one Excel workbook: for districts and for chains, one sheet per aim
 * (each unit's rank, index, rank interval over the sensitivity runs and the aim's indicators),
 * then the method (every indicator's formula, sources, direction, unit and goalposts). Read from
 * the stored snapshots, like every view; a figure without data is an empty cell, never zero.
 */
import { COCKPIT_AIMS, COCKPIT_AIM_LABELS, COCKPIT_INDICATOR_LABELS, COCKPIT_UNIT_KINDS, INDICATOR_UNIT_LABELS, type CockpitAim } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { tablesWorkbook, type TableSheet } from '../platform/table-workbook.js';
import { INDICATORS, indicatorsOf } from './indicators.js';
import { cockpitSnapshot } from './cockpit.service.js';

const bi = (l: { zh: string; en: string }): string => `${l.zh} ${l.en}`;
const KIND_NAMES = { district: '区县 District', chain: '产业链 Chain' } as const;

/** The workbook of `period` (404 when the period has not been computed). */
export async function cockpitReport(ctx: AppContext, period: string): Promise<{ fileName: string; data: Buffer }> {
  const sheets: TableSheet[] = [];
  for (const kind of COCKPIT_UNIT_KINDS) {
    const snapshot = await cockpitSnapshot(ctx, period, kind);
    for (const aim of COCKPIT_AIMS) sheets.push(aimSheet(aim, kind, snapshot.units, unitNames(ctx, kind)));
  }
  sheets.push({
    name: '方法 Method',
    headers: ['指数 Index', '指标 Indicator', '计算方法 Formula', '数据来源 Sources', '方向 Direction', '单位 Unit', '最差 Worst', '最好 Best'],
    rows: INDICATORS.map((d) => [
      COCKPIT_AIM_LABELS[d.aim].zh,
      COCKPIT_INDICATOR_LABELS[d.id].zh,
      d.formula.zh,
      d.sources.join(', '),
      d.direction === 'higher' ? '越高越好 higher is better' : '越低越好 lower is better',
      INDICATOR_UNIT_LABELS[d.unit].zh,
      d.goalposts.worst,
      d.goalposts.best,
    ]),
  });
  return { fileName: `cockpit-${period}.xlsx`, data: await tablesWorkbook(sheets) };
}

/** Each district's or chain's code → its name, "中文 English". */
export function unitNames(ctx: AppContext, kind: keyof typeof KIND_NAMES): Map<string, string> {
  return new Map((kind === 'district' ? ctx.city.districts : ctx.city.chains).map((u) => [u.code, bi(u.name)]));
}

type Units = Awaited<ReturnType<typeof cockpitSnapshot>>['units'];

/** One aim's sheet for one kind of unit, ranked (also the aim's chart, exported alone). */
export function aimSheet(aim: CockpitAim, kind: keyof typeof KIND_NAMES, units: Units, names: Map<string, string>): TableSheet {
  const inds = indicatorsOf(aim);
  const ranked = [...units].sort((a, b) => (a.indices[aim].rank ?? Infinity) - (b.indices[aim].rank ?? Infinity));
  return {
    name: `${COCKPIT_AIM_LABELS[aim].zh}-${kind === 'district' ? '区县' : '产业链'}`,
    headers: [
      '排名 Rank',
      KIND_NAMES[kind],
      bi(COCKPIT_AIM_LABELS[aim]),
      '中位排名 Median rank',
      '5% 排名 Rank p5',
      '95% 排名 Rank p95',
      '排名稳健 Robust',
      ...inds.map((d) => bi(COCKPIT_INDICATOR_LABELS[d.id])),
    ],
    rows: ranked.map((u) => {
      const c = u.indices[aim];
      return [
        c.rank,
        names.get(u.code) ?? u.code,
        c.value,
        c.median,
        c.p5,
        c.p95,
        c.robust === null ? null : c.robust ? '是 yes' : '否 no',
        ...inds.map((d) => u.indicators[d.id]),
      ];
    }),
  };
}
