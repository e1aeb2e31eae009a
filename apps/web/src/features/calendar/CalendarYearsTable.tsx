/** The years deadlines are counted on: kind, days off, make-up workdays, who loaded them; view or export one. */
import { Button, Card, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CalendarYearSummary } from '@bole/contracts';
import { enumLabel } from '../../shared/ui/enum-options';
import { exportUrl } from './api';
import { formatDateTime } from '../../shared/lib/date-time';

/** The kind of a year as a coloured tag. */
export function KindTag({ kind }: { kind: CalendarYearSummary['kind'] }) {
  const { t } = useTranslation();
  return kind === 'official' ? <Tag color="green">{t('holidayCalendar.official')}</Tag> : <Tag color="orange">{t('holidayCalendar.provisional')}</Tag>;
}

/** The table of years; the selected one is highlighted. */
export function CalendarYearsTable({ items, selected, onSelect }: { items: CalendarYearSummary[]; selected: number | null; onSelect: (year: number) => void }) {
  const { t } = useTranslation();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Table
        rowKey="year"
        dataSource={items}
        pagination={false}
        size="middle"
        scroll={{ x: 1100 }}
        data-testid="calendar-years"
        rowClassName={(y) => (y.year === selected ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('holidayCalendar.year'), dataIndex: 'year' },
          {
            title: t('holidayCalendar.kind'),
            render: (_: unknown, y: CalendarYearSummary) => (
              <span data-testid={`kind-${y.year}`}>
                <KindTag kind={y.kind} />
              </span>
            ),
          },
          { title: t('holidayCalendar.holidays'), dataIndex: 'holidays', align: 'right' },
          { title: t('holidayCalendar.workdays'), dataIndex: 'workdays', align: 'right' },
          { title: t('holidayCalendar.workingDays'), dataIndex: 'workingDays', align: 'right' },
          { title: t('holidayCalendar.source'), dataIndex: 'source', ellipsis: true, width: 260 },
          {
            title: t('holidayCalendar.loadedBy'),
            render: (_: unknown, y: CalendarYearSummary) => (y.loadedBy === 'system' ? enumLabel(t, 'actor', 'system') : y.loadedBy),
          },
          { title: t('holidayCalendar.loadedAt'), render: (_: unknown, y: CalendarYearSummary) => formatDateTime(y.loadedAt) },
          {
            title: '',
            render: (_: unknown, y: CalendarYearSummary) => (
              <Space>
                <Button size="small" onClick={() => onSelect(y.year)} data-testid={`view-${y.year}`}>
                  {t('holidayCalendar.view')}
                </Button>
                <Button size="small" icon={<DownloadOutlined />} href={exportUrl(y.year)}>
                  {t('holidayCalendar.export')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
