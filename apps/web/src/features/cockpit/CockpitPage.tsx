/**
 * 数据驾驶舱 (officer, auditor): the seed's four aims as composite indices per district or
 * industry chain for a period — each unit's value, rank and the rank's 5–95 % interval over the
 * sensitivity runs (a wide one marked not robust), the indicators behind each index with their
 * formulas, and when the figures were computed. The talent office refreshes a period.
 */
import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Progress, Segmented, Select, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { COCKPIT_AIMS, COCKPIT_AIM_LABELS, standalone, type CockpitUnitKind } from '@bole/contracts';
import { PageHeader } from '../../shared/ui/PageHeader';
import { IfMayCall, useMayCall } from '../../shared/access/may-call';
import { MoneyPanel, ServicePanel } from './PerformancePanels';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatDateTime } from '../../shared/lib/date-time';
import { domainLabel } from '../../shared/ui/enum-options';
import { AimTable } from './AimTable';
import { DrillDown } from './DrillDown';
import { periodOptions } from './periods';
import type { DrillTarget } from './drill-target';
import { useCockpit, useCockpitTrend, useIndicatorDefinitions, useRefreshCockpit, useRefreshProgress } from './api';

/** The cockpit screen. */
export function CockpitPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const options = useMemo(() => periodOptions(new Date()), []);
  const [period, setPeriod] = useState(options[0]!);
  const [unit, setUnit] = useState<CockpitUnitKind>('district');
  const mayCall = useMayCall();
  const q = useCockpit(period, unit);
  const trend = useCockpitTrend(period, unit);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
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
      <Tabs
        type="card"
        items={[
          {
            key: 'indices',
            label: t('cockpit.indices'),
            children: (
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
                        children: (
                          <AimTable aim={aim} snapshot={q.data!} unitName={unitName} defs={defs.data?.items ?? []} trend={trend.data} onDrill={setDrill} />
                        ),
                      }))}
                    />
                  </>
                ) : (
                  <Empty description={t('cockpit.notComputed', { period })} />
                )}
              </Card>
            ),
          },
          ...(mayCall('getCockpitMoney') ? [{ key: 'money', label: t('cockpit.money.title'), children: <MoneyPanel period={period} /> }] : []),
          ...(mayCall('getCockpitService') ? [{ key: 'service', label: t('cockpit.service.title'), children: <ServicePanel period={period} /> }] : []),
        ]}
      />
      <DrillDown target={drill} onClose={() => setDrill(null)} />
    </>
  );
}
