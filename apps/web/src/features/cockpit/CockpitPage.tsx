/**
 * 数据驾驶舱 (officer, auditor): the seed's four aims as composite indices per district or
 * industry chain for a period — each unit's value, rank and the rank's 5–95 % interval over the
 * sensitivity runs (a wide one marked not robust), the indicators behind each index with their
 * formulas, and when the figures were computed. The talent office refreshes a period.
 */
import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Progress, Segmented, Select, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  COCKPIT_AIMS,
  COCKPIT_AIM_LABELS,
  COCKPIT_INDICATOR_LABELS,
  INDICATOR_UNIT_LABELS,
  standalone,
  type CockpitAim,
  type CockpitSnapshotDto,
  type CockpitUnitKind,
  type IndicatorDefinitionDto,
} from '@bole/contracts';
import { PageHeader } from '../../shared/ui/PageHeader';
import { IfMayCall } from '../../shared/access/may-call';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatDateTime } from '../../shared/lib/date-time';
import { domainLabel } from '../../shared/ui/enum-options';
import { useCockpit, useIndicatorDefinitions, useRefreshCockpit, useRefreshProgress } from './api';

type Unit = CockpitSnapshotDto['units'][number];
type Cell = Unit['indices'][CockpitAim];

/** Periods offered: this year and last, their quarters, and the last twelve months. */
function periodOptions(today: Date): string[] {
  const y = today.getFullYear();
  const out = [`${y}`, `${y - 1}`];
  for (const year of [y, y - 1]) for (let q = 4; q >= 1; q--) out.push(`${year}-Q${q}`);
  for (let k = 0; k < 12; k++) {
    const d = new Date(y, today.getMonth() - k, 1);
    out.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

const fixed = (v: number | null, digits = 1): string => (v === null ? '—' : v.toFixed(digits));

/** The rank interval drawn on a track of every rank: the 5–95 % span and the median. */
function RankBar({ cell, units }: { cell: Cell; units: number }) {
  const { t } = useTranslation();
  if (cell.median === null || cell.p5 === null || cell.p95 === null) return <Typography.Text type="secondary">{t('cockpit.noData')}</Typography.Text>;
  const at = (r: number) => ((r - 1) / Math.max(1, units - 1)) * 100;
  const label = t('cockpit.interval', { p5: cell.p5, p95: cell.p95, median: cell.median });
  return (
    <Space size={8}>
      <span
        role="img"
        aria-label={label}
        style={{ position: 'relative', display: 'inline-block', width: 120, height: 10, background: '#f0f0f0', borderRadius: 5 }}
      >
        <span
          style={{
            position: 'absolute',
            left: `${at(cell.p5)}%`,
            width: `${Math.max(4, at(cell.p95) - at(cell.p5))}%`,
            top: 2,
            height: 6,
            background: '#4f7cc0',
            borderRadius: 3,
          }}
        />
        <span style={{ position: 'absolute', left: `calc(${at(cell.median)}% - 3px)`, top: 0, width: 6, height: 10, background: '#1f3a66', borderRadius: 3 }} />
      </span>
      <Typography.Text>{label}</Typography.Text>
      {cell.robust === false ? <Tag color="warning">{t('cockpit.notRobust')}</Tag> : null}
    </Space>
  );
}

/** One aim: units ranked, each expandable into the indicators behind its value. */
function AimTable({
  aim,
  snapshot,
  unitName,
  defs,
}: {
  aim: CockpitAim;
  snapshot: CockpitSnapshotDto;
  unitName: (code: string) => string;
  defs: IndicatorDefinitionDto[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const rows = [...snapshot.units].sort((a, b) => (a.indices[aim].rank ?? 999) - (b.indices[aim].rank ?? 999));
  const mine = defs.filter((d) => d.aim === aim);
  return (
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
            ]}
          />
        ),
      }}
      columns={[
        { title: t('cockpit.rank'), width: 70, render: (_: unknown, u: Unit) => u.indices[aim].rank ?? '—' },
        { title: t(`cockpit.unit.${snapshot.unitKind}`), render: (_: unknown, u: Unit) => unitName(u.code) },
        { title: t('cockpit.index'), align: 'right', width: 90, render: (_: unknown, u: Unit) => fixed(u.indices[aim].value) },
        { title: t('cockpit.uncertainty'), render: (_: unknown, u: Unit) => <RankBar cell={u.indices[aim]} units={snapshot.units.length} /> },
      ]}
    />
  );
}

/** The cockpit screen. */
export function CockpitPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const options = useMemo(() => periodOptions(new Date()), []);
  const [period, setPeriod] = useState(options[0]!);
  const [unit, setUnit] = useState<CockpitUnitKind>('district');
  const q = useCockpit(period, unit);
  const defs = useIndicatorDefinitions();
  const refresh = useRefreshCockpit();
  const [jobId, setJobId] = useState<string | null>(null);
  const progress = useRefreshProgress(jobId);
  const job = progress.data;
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const unitName = (code: string) => domainLabel(unit, code);

  const run = () =>
    refresh.mutate(period, {
      onSuccess: (started) => {
        setJobId(started.id);
        void message.info(t(started.resumed ? 'cockpit.resumed' : 'cockpit.refreshing', { period }));
      },
      onError: (e) => onError(e),
    });

  return (
    <>
      <PageHeader
        title={t('cockpit.title')}
        subtitle={t('cockpit.subtitle')}
        extra={
          <Space wrap>
            <Select
              value={period}
              onChange={setPeriod}
              options={options.map((p) => ({ value: p, label: p }))}
              style={{ width: 130 }}
              aria-label={t('cockpit.period')}
            />
            <Segmented<CockpitUnitKind>
              value={unit}
              onChange={setUnit}
              options={[
                { value: 'district', label: t('cockpit.unit.district') },
                { value: 'chain', label: t('cockpit.unit.chain') },
              ]}
            />
            <IfMayCall operation="exportCockpitReport">
              <Button icon={<DownloadOutlined />} href={`/api/v1/cockpit/report.xlsx?period=${period}`} disabled={!q.data} data-testid="cockpit-report">
                {t('cockpit.exportReport')}
              </Button>
            </IfMayCall>
            <IfMayCall operation="refreshCockpit">
              <Button type="primary" loading={refresh.isPending || job?.status === 'running'} onClick={run}>
                {t('cockpit.refresh')}
              </Button>
            </IfMayCall>
          </Space>
        }
      />
      {job ? (
        <Card size="small" style={{ marginBottom: 16 }} data-testid="cockpit-refresh">
          <Space wrap>
            <Typography.Text>{t(`cockpit.job.${job.status}`, { period: job.period })}</Typography.Text>
            <Progress
              aria-label={t(`cockpit.job.${job.status}`, { period: job.period })}
              percent={job.percent}
              status={job.status === 'failed' ? 'exception' : job.status === 'running' ? 'active' : 'normal'}
              style={{ width: 220 }}
            />
          </Space>
        </Card>
      ) : null}
      <Card loading={q.isLoading}>
        {q.data && !q.data.hasData ? (
          <Empty description={t('cockpit.periodNoData', { period, at: formatDateTime(q.data.computedAt) })} data-testid="cockpit-no-data" />
        ) : q.data ? (
          <>
            <Typography.Paragraph type="secondary" data-testid="cockpit-computed-at">
              {t('cockpit.computedAt', { at: formatDateTime(q.data.computedAt), runs: q.data.sensitivityRuns })}
            </Typography.Paragraph>
            <Tabs
              items={COCKPIT_AIMS.map((aim) => ({
                key: aim,
                label: standalone(COCKPIT_AIM_LABELS[aim], lang),
                children: <AimTable aim={aim} snapshot={q.data!} unitName={unitName} defs={defs.data?.items ?? []} />,
              }))}
            />
          </>
        ) : (
          <Empty description={t('cockpit.notComputed', { period })} />
        )}
      </Card>
    </>
  );
}
