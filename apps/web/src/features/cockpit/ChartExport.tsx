/** The button beside each cockpit chart: its numbers as a small Excel workbook, from the server. */
import { Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CockpitChart } from '@bole/contracts';
import { IfMayCall } from '../../shared/access/may-call';
import { toQueryString } from '../../shared/api/client';

/** Downloads `chart` for `query` (the same query the chart was drawn from). */
export function ChartExport({ chart, query }: { chart: CockpitChart; query: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  return (
    <IfMayCall operation="exportCockpitChart">
      <Button
        size="small"
        icon={<FileExcelOutlined />}
        href={`/api/v1/cockpit/chart.xlsx${toQueryString({ chart, ...query })}`}
        data-testid={`cockpit-export-${chart}`}
      >
        {t('cockpit.exportChart')}
      </Button>
    </IfMayCall>
  );
}
