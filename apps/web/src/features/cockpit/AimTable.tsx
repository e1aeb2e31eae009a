/** One aim's chart: the districts or chains ranked on its index, each expandable into the indicators behind it. */
import { Button, Space, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  COCKPIT_COUNT_INDICATORS,
  COCKPIT_INDICATOR_LABELS,
  INDICATOR_UNIT_LABELS,
  standalone,
  type CockpitAim,
  type CockpitCountIndicator,
  type CockpitTrendDto,
  type CockpitSnapshotDto,
  type IndicatorDefinitionDto,
} from '@bole/contracts';
import { RankBar } from './RankBar';
import { ChartExport } from './ChartExport';
import { Delta, TrendLine } from './TrendLine';
import type { DrillTarget } from './drill-target';

type Unit = CockpitSnapshotDto['units'][number];

const fixed = (v: number | null, digits = 1): string => (v === null ? '—' : v.toFixed(digits));

/** One aim: units ranked, each expandable into the indicators behind its value. */
export function AimTable({
  aim,
  snapshot,
  unitName,
  defs,
  trend,
  onDrill,
}: {
  aim: CockpitAim;
  snapshot: CockpitSnapshotDto;
  unitName: (code: string) => string;
  defs: IndicatorDefinitionDto[];
  trend: CockpitTrendDto | null | undefined;
  onDrill: (target: DrillTarget) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const rows = [...snapshot.units].sort((a, b) => (a.indices[aim].rank ?? 999) - (b.indices[aim].rank ?? 999));
  const mine = defs.filter((d) => d.aim === aim);
  const trendOf = (code: string) => trend?.units.find((u) => u.code === code)?.indices[aim];
  const drillable = (d: IndicatorDefinitionDto): d is IndicatorDefinitionDto & { id: CockpitCountIndicator } =>
    (COCKPIT_COUNT_INDICATORS as readonly string[]).includes(d.id);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'flex-end', width: '100%' }}>
        <ChartExport chart={aim} query={{ period: snapshot.period, unit: snapshot.unitKind }} />
        <ChartExport chart="trend" query={{ period: snapshot.period, unit: snapshot.unitKind }} />
      </Space>
      <Table<Unit>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid={`cockpit-${aim}`}
        expandable={{
          expandedRowRender: (u) => (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={mine}
              columns={[
                {
                  title: t('cockpit.indicator'),
                  render: (_: unknown, d: IndicatorDefinitionDto) => (
                    <Tooltip title={d.formula[lang]}>
                      <span>{standalone(COCKPIT_INDICATOR_LABELS[d.id], lang)}</span>
                    </Tooltip>
                  ),
                },
                { title: t('cockpit.value'), align: 'right', render: (_: unknown, d: IndicatorDefinitionDto) => fixed(u.indicators[d.id] ?? null) },
                { title: t('cockpit.unitOfMeasure'), render: (_: unknown, d: IndicatorDefinitionDto) => INDICATOR_UNIT_LABELS[d.unit][lang] },
                {
                  title: t('cockpit.formula'),
                  render: (_: unknown, d: IndicatorDefinitionDto) => <Typography.Text type="secondary">{d.formula[lang]}</Typography.Text>,
                },
                {
                  title: t('cockpit.records.open'),
                  render: (_: unknown, d: IndicatorDefinitionDto) =>
                    drillable(d) && u.indicators[d.id] !== null ? (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => onDrill({ period: snapshot.period, indicator: d.id, unit: snapshot.unitKind, code: u.code })}
                        data-testid={`cockpit-drill-${d.id}`}
                      >
                        {t('cockpit.records.open')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('cockpit.rank'), width: 70, render: (_: unknown, u: Unit) => u.indices[aim].rank ?? '—' },
          { title: t(`cockpit.unit.${snapshot.unitKind}`), render: (_: unknown, u: Unit) => unitName(u.code) },
          { title: t('cockpit.index'), align: 'right', width: 90, render: (_: unknown, u: Unit) => fixed(u.indices[aim].value) },
          {
            title: t('cockpit.delta'),
            width: 120,
            render: (_: unknown, u: Unit) => <Delta delta={trendOf(u.code)?.delta ?? null} previousPeriod={trend?.previousPeriod ?? ''} />,
          },
          {
            title: t('cockpit.trend'),
            width: 120,
            render: (_: unknown, u: Unit) => <TrendLine periods={trend?.periods ?? []} values={trendOf(u.code)?.values ?? []} />,
          },
          { title: t('cockpit.uncertainty'), render: (_: unknown, u: Unit) => <RankBar cell={u.indices[aim]} units={snapshot.units.length} /> },
        ]}
      />
    </Space>
  );
}
