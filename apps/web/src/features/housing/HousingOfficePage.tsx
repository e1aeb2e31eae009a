/** 人才公寓管理 for the office: the stock, the allocation rounds and the waitlists (read-only for an auditor). */
import { Empty, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useHousingWaitlists } from './api';
import { HousingRoundsTab } from './HousingRoundsTab';
import { HousingStockTab } from './HousingStockTab';
import { fieldName } from '../../shared/ui/enum-options';

/** Who waits for each unit type, in order, carried between rounds. */
function WaitlistsTab() {
  const { t } = useTranslation();
  const lists = useHousingWaitlists();
  const items = lists.data?.items ?? [];
  if (!lists.isPending && items.length === 0) return <Empty description={t('housing.noWaitlists')} />;
  return (
    <>
      {items.map((w) => (
        <div key={w.unitType} style={{ marginBottom: 16 }} data-testid={`housing-waitlist-${w.unitType}`}>
          <Typography.Title level={5}>{w.unitType}</Typography.Title>
          <Table
            size="small"
            rowKey="applicationNumber"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={w.entries}
            columns={[
              { title: t('housing.place'), dataIndex: 'place', width: 70 },
              { title: t('housing.roundCode'), dataIndex: 'roundCode' },
              { title: t('housing.applicationNumber'), dataIndex: 'applicationNumber' },
              { title: fieldName('tier'), dataIndex: 'tier', render: (v: string | null) => v ?? t('housing.noTier') },
              { title: t('housing.lottery'), dataIndex: 'lottery', render: (v: string) => <Typography.Text code>{`${v.slice(0, 16)}…`}</Typography.Text> },
            ]}
          />
        </div>
      ))}
    </>
  );
}

/** The office's housing page. */
export function HousingOfficePage({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('housing.officeTitle')} subtitle={t('housing.officeSubtitle')} />
      <Tabs
        items={[
          { key: 'rounds', label: t('housing.tabRounds'), children: <HousingRoundsTab readOnly={readOnly} /> },
          { key: 'stock', label: t('housing.tabStock'), children: <HousingStockTab readOnly={readOnly} /> },
          { key: 'waitlists', label: t('housing.tabWaitlists'), children: <WaitlistsTab /> },
        ]}
      />
    </>
  );
}
