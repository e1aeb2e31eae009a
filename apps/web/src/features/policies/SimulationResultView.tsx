import { lazy, Suspense, useState } from 'react';
import { Card, Col, Row, Segmented, Skeleton, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SimulateResult } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { formatFen, formatFenDelta } from '../../shared/lib/money';
import type { ImpactDimension } from './ImpactChart';

// The charting library is loaded with the first result, not with the page.
const ImpactChart = lazy(() => import('./ImpactChart').then((m) => ({ default: m.ImpactChart })));

function Totals({ result: r }: { result: SimulateResult }) {
  const { t, i18n } = useTranslation();
  return (
    <Card size="small">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('whatIf.gainers')} value={r.total.gainers} valueStyle={{ color: '#389e0d' }} data-testid="total-gainers" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('whatIf.losers')} value={r.total.losers} valueStyle={{ color: '#cf1322' }} data-testid="total-losers" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('whatIf.changed')} value={r.total.changed} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('whatIf.budgetDelta')} value={formatFenDelta(r.total.budgetDeltaFen, i18n.language)} data-testid="total-budget" />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('whatIf.basis', { at: r.at, population: r.population.toLocaleString('en-US'), ms: r.durationMs })}
      </Typography.Text>
    </Card>
  );
}

function ByPolicyTable({ result: r }: { result: SimulateResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Card size="small" title={t('whatIf.byPolicy')} style={{ marginTop: 16 }}>
      <Table
        rowKey="policy"
        size="small"
        pagination={false}
        scroll={{ x: 720 }}
        dataSource={r.policies}
        columns={[
          { key: 'p', title: t('whatIf.policy'), render: (_, p) => pickText(p.title, lang) || p.policy },
          { key: 'g', title: t('whatIf.gainers'), dataIndex: 'gainers', align: 'right' },
          { key: 'l', title: t('whatIf.losers'), dataIndex: 'losers', align: 'right' },
          { key: 'c', title: t('whatIf.changed'), dataIndex: 'changed', align: 'right' },
          { key: 'b', title: t('whatIf.annualBefore'), align: 'right', render: (_, p) => formatFen(p.annualBeforeFen, lang) },
          { key: 'a', title: t('whatIf.annualAfter'), align: 'right', render: (_, p) => formatFen(p.annualAfterFen, lang) },
          {
            key: 'd',
            title: t('whatIf.budgetDelta'),
            align: 'right',
            render: (_, p) => <Typography.Text type={p.budgetDeltaFen > 0 ? 'danger' : 'success'}>{formatFenDelta(p.budgetDeltaFen, lang)}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}

/** A simulation's result: totals, the table by policy and the charts by district or chain. */
export function SimulationResultView({ result }: { result: SimulateResult }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<ImpactDimension>('district');
  return (
    <div data-testid="simulation-result" style={{ marginTop: 16 }}>
      <Totals result={result} />
      <ByPolicyTable result={result} />
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={t('whatIf.breakdown')}
        extra={
          <Segmented
            value={by}
            onChange={(v) => setBy(v as ImpactDimension)}
            options={[
              { value: 'district', label: t('whatIf.byDistrict') },
              { value: 'chain', label: t('whatIf.byChain') },
            ]}
          />
        }
      >
        <div data-testid="impact-chart">
          <Suspense fallback={<Skeleton active />}>
            <ImpactChart result={result} by={by} />
          </Suspense>
        </div>
      </Card>
    </div>
  );
}
