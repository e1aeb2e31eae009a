/** A table of cases with a link to open each (reviewer and office queues). */
import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Recognition } from '@bole/contracts';
import { DueDate } from '../../shared/ui/ProvisionalTag';
import { StatusTag } from './CaseSummary';
import { enumLabel, fieldName } from '../../shared/ui/enum-options';

/** Cases of a queue; `base` is the path the detail page hangs under. */
export function QueueTable({ items, loading, base, testId }: { items: Recognition[]; loading: boolean; base: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table<Recognition>
      data-testid={testId}
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('recognition.empty') }}
      scroll={{ x: 720 }}
      pagination={false}
      columns={[
        { title: t('recognition.talent'), dataIndex: 'talentName' },
        { title: fieldName('employerId'), dataIndex: 'employerName', render: (v: string | null) => v ?? '—' },
        { title: t('recognition.proposedTier'), dataIndex: 'proposedTier', render: (v: Recognition['proposedTier']) => enumLabel(t, 'tierName', v) },
        { title: t('recognition.holderNow'), dataIndex: 'status', render: (v: Recognition['status']) => <StatusTag status={v} /> },
        {
          title: t('recognition.due'),
          dataIndex: 'dueDate',
          render: (v: string | null, r) => <DueDate date={v} provisional={r.dueDateProvisional} />,
        },
        {
          title: '',
          key: 'open',
          render: (_: unknown, r) => (
            <Link to={`${base}/${r.id}`} data-testid={`open-${r.talentName}`}>
              <Button size="small" type="link">
                {t('recognition.open')}
              </Button>
            </Link>
          ),
        },
      ]}
    />
  );
}
