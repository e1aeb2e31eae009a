/**
 * The money screen (budget against committed and paid per policy, department and month, with the
 * queued lines) and the service screen (review SLA compliance and service requests per
 * department), each table a chart with its Excel export.
 */
import type { ReactNode } from 'react';
import { Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CockpitChart, CockpitMoneyDto, CockpitServiceDto } from '@bole/contracts';
import { formatFen } from '../../shared/lib/money';
import { domainLabel } from '../../shared/ui/enum-options';
import { ChartExport } from './ChartExport';
import { useCockpitMoney, useCockpitService } from './api';

type Money = { committedFen: number; paidFen: number; queuedFen: number; queuedLines: number; annualFen?: number };

/** A titled table with its export button. */
function ChartCard({ title, chart, period, children }: { title: string; chart: CockpitChart; period: string; children: ReactNode }) {
  return (
    <Card
      size="small"
      title={title}
      extra={<ChartExport chart={chart} query={{ period }} />}
      style={{ marginBottom: 16 }}
      data-testid={`cockpit-chart-${chart}`}
    >
      {children}
    </Card>
  );
}

function useMoneyColumns(withBudget: boolean) {
  const { t, i18n } = useTranslation();
  const fen = (v: number) => formatFen(v, i18n.language);
  return [
    ...(withBudget ? [{ title: t('cockpit.money.budget'), align: 'right' as const, render: (_: unknown, r: Money) => fen(r.annualFen ?? 0) }] : []),
    { title: t('cockpit.money.committed'), align: 'right' as const, render: (_: unknown, r: Money) => fen(r.committedFen) },
    { title: t('cockpit.money.paid'), align: 'right' as const, render: (_: unknown, r: Money) => fen(r.paidFen) },
    { title: domainLabel('paymentLineStatus', 'queued'), align: 'right' as const, render: (_: unknown, r: Money) => fen(r.queuedFen) },
    { title: t('cockpit.money.queuedLines'), align: 'right' as const, dataIndex: 'queuedLines' },
  ];
}

/** 资金: the period's budget year per policy and department, and the period's months. */
export function MoneyPanel({ period }: { period: string }) {
  const { t, i18n } = useTranslation();
  const q = useCockpitMoney(period);
  const withBudget = useMoneyColumns(true);
  const spent = useMoneyColumns(false);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const dept = (code: string | null) => (code === null ? '—' : domainLabel('department', code));
  if (!q.data) return <Card loading={q.isLoading} />;
  const m: CockpitMoneyDto = q.data;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('cockpit.money.year', { year: m.year })}</Typography.Paragraph>
      <ChartCard title={t('cockpit.money.byPolicy')} chart="moneyPolicies" period={period}>
        <Table
          rowKey="policyId"
          size="small"
          pagination={false}
          dataSource={m.policies}
          columns={[{ title: t('cockpit.money.policy'), render: (_: unknown, p: CockpitMoneyDto['policies'][number]) => p.title[lang] }, ...withBudget]}
        />
      </ChartCard>
      <ChartCard title={t('cockpit.money.byDepartment')} chart="moneyDepartments" period={period}>
        <Table
          rowKey={(d) => d.department ?? '—'}
          size="small"
          pagination={false}
          dataSource={m.departments}
          columns={[{ title: t('cockpit.department'), render: (_: unknown, d: CockpitMoneyDto['departments'][number]) => dept(d.department) }, ...withBudget]}
        />
      </ChartCard>
      <ChartCard title={t('cockpit.money.byMonth')} chart="moneyMonths" period={period}>
        <Table
          rowKey="month"
          size="small"
          pagination={false}
          dataSource={m.months}
          columns={[{ title: t('cockpit.money.month'), dataIndex: 'month' }, ...spent]}
        />
      </ChartCard>
    </>
  );
}

type Perf = CockpitServiceDto['requests'][number];

/** 服务: reviews and service requests per department. */
export function ServicePanel({ period }: { period: string }) {
  const { t } = useTranslation();
  const q = useCockpitService(period);
  const pct = (v: number | null) => (v === null ? t('cockpit.noData') : `${v.toFixed(1)}%`);
  const base = [
    { title: t('cockpit.department'), render: (_: unknown, r: Perf) => domainLabel('department', r.department) },
    { title: t('cockpit.service.done'), align: 'right' as const, dataIndex: 'done' },
    { title: t('cockpit.service.onTimeRate'), align: 'right' as const, render: (_: unknown, r: Perf) => pct(r.onTimeRate) },
    { title: t('cockpit.service.open'), align: 'right' as const, dataIndex: 'open' },
    { title: t('cockpit.service.overdue'), align: 'right' as const, dataIndex: 'overdue' },
  ];
  if (!q.data) return <Card loading={q.isLoading} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ChartCard title={t('cockpit.service.reviews')} chart="serviceReviews" period={period}>
        <Table rowKey="department" size="small" pagination={false} dataSource={q.data.reviews as Perf[]} columns={base} />
      </ChartCard>
      <ChartCard title={t('cockpit.service.requests')} chart="serviceRequests" period={period}>
        <Table
          rowKey="department"
          size="small"
          pagination={false}
          dataSource={q.data.requests}
          columns={[...base, { title: t('cockpit.service.reopenRate'), align: 'right' as const, render: (_: unknown, r: Perf) => pct(r.reopenRate) }]}
        />
      </ChartCard>
    </Space>
  );
}
