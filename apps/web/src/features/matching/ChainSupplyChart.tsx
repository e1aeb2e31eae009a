import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ShortageEntryDto } from '@bole/contracts';
import { demandFieldName, enumLabel } from '../../shared/ui/enum-options';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Openings against supply per industry chain, over the catalogue's skills. */
export function ChainSupplyChart({ entries }: { entries: ShortageEntryDto[] }) {
  const { t } = useTranslation();
  const chains = [...new Set(entries.map((e) => e.chain))];
  if (!chains.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const sum = (chain: string, pick: (e: ShortageEntryDto) => number) => entries.filter((e) => e.chain === chain).reduce((n, e) => n + pick(e), 0);
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, bottom: 56, top: 16 },
    xAxis: { type: 'category', data: chains.map((c) => enumLabel(t, 'chain', c)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: demandFieldName('headcount'), type: 'bar', data: chains.map((c) => sum(c, (e) => e.openings)), itemStyle: { color: '#cf1322' } },
      { name: t('matching.shortage.supply'), type: 'bar', data: chains.map((c) => sum(c, (e) => e.supply)), itemStyle: { color: '#1f5fbf' } },
    ],
  };
  return (
    <div data-testid="chain-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 280 }} notMerge />
    </div>
  );
}
