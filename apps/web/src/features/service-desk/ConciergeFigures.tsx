/** How concierges are judged: each owner's resolution rate, reopen rate, median working days and mean rating. */
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConciergeStats } from '@bole/contracts';
import { useConciergeFigures } from './api';

type Row = ConciergeStats['items'][number];
const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const plain = (x: number | null) => (x === null ? '—' : String(x));

/** The figures table (officers, heads, auditors). */
export function ConciergeFigures() {
  const { t } = useTranslation();
  const q = useConciergeFigures();
  return (
    <Card title={t('serviceDesk.figuresTitle')} data-testid="concierge-figures">
      <Table<Row>
        rowKey="userId"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('serviceDesk.noFigures') }}
        columns={[
          { title: t('serviceDesk.owner'), render: (_: unknown, r) => r.name ?? '—' },
          { title: t('serviceDesk.answered'), dataIndex: 'answered' },
          { title: t('serviceDesk.resolutionRate'), render: (_: unknown, r) => percent(r.resolutionRate) },
          { title: t('serviceDesk.reopenRate'), render: (_: unknown, r) => percent(r.reopenRate) },
          { title: t('serviceDesk.medianDays'), render: (_: unknown, r) => plain(r.medianWorkingDays) },
          { title: t('serviceDesk.meanRating'), render: (_: unknown, r) => plain(r.meanRating) },
        ]}
      />
    </Card>
  );
}
