import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Form, InputNumber, Row, Segmented, Select, Space, Statistic, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import ReactECharts from 'echarts-for-react';
import type { PolicyParameter, ReformChange, SimulateResult } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel } from '../../shared/ui/enum-options';
import { pickText } from '../../shared/lib/bilingual';
import { formatFen, formatFenDelta } from '../../shared/lib/money';
import { usePolicyParameters, useSimulation } from './api';

interface Draft {
  policy?: string;
  param?: string;
  key?: string;
  value?: number | null;
}

function currentText(p: PolicyParameter | undefined, key: string | undefined, lang: string): string {
  if (!p) return '';
  const v = typeof p.current === 'number' ? p.current : key ? p.current[key] : undefined;
  if (v === undefined) return typeof p.current === 'object' ? Object.entries(p.current).map(([k, x]) => `${k} ${x.toLocaleString('en-US')}`).join(' · ') : '';
  if (p.unit === 'yuan') return formatFen(Math.round(v * 100), lang);
  return `${v.toLocaleString('en-US')} ${p.unit}`;
}

function ImpactChart({ result, by }: { result: SimulateResult; by: 'district' | 'chain' }) {
  const { t, i18n } = useTranslation();
  const rows = by === 'district' ? result.byDistrict : result.byChain;
  const label = (k: string) => (k === 'none' ? t('whatIf.noEmployer') : by === 'district' ? k : enumLabel(t, 'chain', k));
  const categories = rows.map((r) => label(r.key));
  const xAxis = { type: 'category', data: categories, axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } };
  const people = {
    title: { text: t('whatIf.people'), left: 'center', textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, bottom: 70, top: 36 },
    xAxis,
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('whatIf.gainers'), type: 'bar', data: rows.map((r) => r.gainers), itemStyle: { color: '#52c41a' } },
      { name: t('whatIf.losers'), type: 'bar', data: rows.map((r) => r.losers), itemStyle: { color: '#ff4d4f' } },
    ],
  };
  const budget = {
    title: { text: t('whatIf.budgetDelta'), left: 'center', textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatFenDelta(Math.round(v * 100), i18n.language) },
    grid: { left: 80, right: 16, bottom: 70, top: 36 },
    xAxis,
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => v.toLocaleString('en-US') } },
    series: [
      {
        name: t('whatIf.budgetDelta'),
        type: 'bar',
        data: rows.map((r) => ({ value: r.budgetDeltaFen / 100, itemStyle: { color: r.budgetDeltaFen > 0 ? '#cf1322' : '#389e0d' } })),
      },
    ],
  };
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <ReactECharts option={people} style={{ height: 320 }} notMerge />
      </Col>
      <Col xs={24} lg={12}>
        <ReactECharts option={budget} style={{ height: 320 }} notMerge />
      </Col>
    </Row>
  );
}

/** 政策模拟 (what-if): change parameters, see winners, losers and cost by district and chain. */
export function WhatIfPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [at, setAt] = useState<string | null>(null);
  const params = usePolicyParameters(at);
  const sim = useSimulation();
  const [drafts, setDrafts] = useState<Draft[]>([{}]);
  const [by, setBy] = useState<'district' | 'chain'>('district');

  const policies = useMemo(() => {
    const seen = new Map<string, PolicyParameter>();
    for (const p of params.data?.items ?? []) if (!seen.has(p.policy)) seen.set(p.policy, p);
    return [...seen.values()];
  }, [params.data]);
  const paramOf = (d: Draft) => params.data?.items.find((p) => p.policy === d.policy && p.param === d.param);
  const update = (i: number, patch: Draft) => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const complete = drafts.flatMap((d): ReformChange[] =>
    d.policy && d.param && typeof d.value === 'number' && (!paramOf(d)?.key || d.key)
      ? [{ policy: d.policy, param: d.param, ...(d.key ? { key: d.key } : {}), value: d.value }]
      : [],
  );
  const run = () => sim.mutate({ ...(at ? { at } : {}), changes: complete });
  const r = sim.data;

  return (
    <>
      <PageHeader
        title={t('whatIf.title')}
        subtitle={t('whatIf.subtitle')}
        extra={
          <Space>
            <Typography.Text type="secondary">{t('calculator.at')}</Typography.Text>
            <div style={{ width: 150 }}>
              <DateField value={at ?? params.data?.at ?? null} onChange={setAt} aria-label={t('calculator.at')} />
            </div>
          </Space>
        }
      />
      <Card size="small" title={t('whatIf.changes')}>
        <Form layout="vertical" component="div">
          {drafts.map((d, i) => {
            const p = paramOf(d);
            const keys = p && typeof p.current === 'object' ? Object.keys(p.current) : [];
            return (
              <Row gutter={12} key={i} align="bottom" data-testid={`change-${i}`}>
                <Col xs={24} md={7}>
                  <Form.Item label={t('whatIf.policy')}>
                    <Select
                      showSearch
                      optionFilterProp="label"
                      value={d.policy}
                      placeholder={t('whatIf.choosePolicy')}
                      data-testid={`change-${i}-policy`}
                      options={policies.map((x) => ({ value: x.policy, label: `${pickText(x.title, lang)}（${x.policy}）` }))}
                      onChange={(policy: string) => update(i, { policy, param: undefined, key: undefined, value: null })}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={5}>
                  <Form.Item label={t('whatIf.param')}>
                    <Select
                      value={d.param}
                      disabled={!d.policy}
                      data-testid={`change-${i}-param`}
                      options={(params.data?.items ?? []).filter((x) => x.policy === d.policy).map((x) => ({ value: x.param, label: `${x.param} (${x.unit})` }))}
                      onChange={(param: string) => update(i, { param, key: undefined, value: null })}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item label={t('whatIf.key')}>
                    <Select
                      value={d.key}
                      disabled={keys.length === 0}
                      data-testid={`change-${i}-key`}
                      options={keys.map((k) => ({ value: k, label: k }))}
                      onChange={(key: string) => update(i, { key })}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item label={t('whatIf.newValue')} extra={p ? t('whatIf.current', { value: currentText(p, d.key, lang) }) : null}>
                    <InputNumber style={{ width: '100%' }} min={0} value={d.value ?? null} data-testid={`change-${i}-value`} onChange={(v) => update(i, { value: typeof v === 'number' ? v : null })} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={3}>
                  <Form.Item>
                    <Button icon={<DeleteOutlined />} disabled={drafts.length === 1} onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== i))} aria-label={t('whatIf.remove')} />
                  </Form.Item>
                </Col>
              </Row>
            );
          })}
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setDrafts((ds) => [...ds, {}])}>
              {t('whatIf.addChange')}
            </Button>
            <Button type="primary" onClick={run} disabled={complete.length === 0} loading={sim.isPending} data-testid="run-simulation">
              {t('whatIf.run')}
            </Button>
          </Space>
        </Form>
      </Card>
      {sim.isError ? <Alert style={{ marginTop: 16 }} type="error" showIcon message={errorText(sim.error, lang, t)} /> : null}
      {r ? (
        <div data-testid="simulation-result" style={{ marginTop: 16 }}>
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
                <Statistic title={t('whatIf.budgetDelta')} value={formatFenDelta(r.total.budgetDeltaFen, lang)} data-testid="total-budget" />
              </Col>
            </Row>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('whatIf.basis', { at: r.at, population: r.population.toLocaleString('en-US'), ms: r.durationMs })}
            </Typography.Text>
          </Card>
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
                { key: 'd', title: t('whatIf.budgetDelta'), align: 'right', render: (_, p) => <Typography.Text type={p.budgetDeltaFen > 0 ? 'danger' : 'success'}>{formatFenDelta(p.budgetDeltaFen, lang)}</Typography.Text> },
              ]}
            />
          </Card>
          <Card
            size="small"
            style={{ marginTop: 16 }}
            title={t('whatIf.breakdown')}
            extra={<Segmented value={by} onChange={(v) => setBy(v as 'district' | 'chain')} options={[{ value: 'district', label: t('whatIf.byDistrict') }, { value: 'chain', label: t('whatIf.byChain') }]} />}
          >
            <div data-testid="impact-chart">
              <ImpactChart result={r} by={by} />
            </div>
          </Card>
        </div>
      ) : null}
    </>
  );
}
