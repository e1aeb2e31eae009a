import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { CHAIN_VIEW_COLUMN_LABELS, type ChainViewRow } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * Talents with the skills beside the openings (postings and survey answers stacked) for each row
 * of the chain view; clicking a bar calls `onPick` with its row (the overview drills into a chain).
 */
export function ChainDemandChart({
  rows,
  labelOf,
  onPick,
}: {
  rows: ChainViewRow[];
  labelOf: (r: ChainViewRow) => string;
  onPick?: (r: ChainViewRow) => void;
}) {
  const { i18n } = useTranslation();
  const label = (k: keyof typeof CHAIN_VIEW_COLUMN_LABELS) => pickText(CHAIN_VIEW_COLUMN_LABELS[k], i18n.language);
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, bottom: 64, top: 16, containLabel: true },
    xAxis: { type: 'category', data: rows.map(labelOf), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: label('supply'), type: 'bar', data: rows.map((r) => r.supply), itemStyle: { color: '#1f5fbf' } },
      { name: label('postingOpenings'), type: 'bar', stack: 'demand', data: rows.map((r) => r.postingOpenings), itemStyle: { color: '#cf1322' } },
      { name: label('surveyOpenings'), type: 'bar', stack: 'demand', data: rows.map((r) => r.surveyOpenings), itemStyle: { color: '#d48806' } },
    ],
  };
  return (
    <div data-testid="chain-view-chart" role="img" aria-label={label('supply')}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        style={{ height: 320 }}
        notMerge
        onEvents={onPick ? { click: (p: { dataIndex: number }) => rows[p.dataIndex] && onPick(rows[p.dataIndex]!) } : {}}
      />
    </div>
  );
}
