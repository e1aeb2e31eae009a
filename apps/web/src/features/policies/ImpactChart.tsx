import { Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { SimulateResult } from '@bole/contracts';
import { enumLabel } from '../../shared/ui/enum-options';
import { formatFenDelta } from '../../shared/lib/money';

// Only what the two bar charts use: importing `echarts` whole put 1.1 MB in this page's chunk.
echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** The dimension the impact is broken down by. */
export type ImpactDimension = 'district' | 'chain';

/** Two bar charts of a simulation by district or chain: gainers and losers, and the annual budget change. */
export function ImpactChart({ result, by }: { result: SimulateResult; by: ImpactDimension }) {
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
        <ReactEChartsCore echarts={echarts} option={people} style={{ height: 320 }} notMerge />
      </Col>
      <Col xs={24} lg={12}>
        <ReactEChartsCore echarts={echarts} option={budget} style={{ height: 320 }} notMerge />
      </Col>
    </Row>
  );
}
