/** The office's youth-station occupancy: per station and night, beds held of beds, for the next two weeks. */
import { useState } from 'react';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StationOccupancy } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useOccupancy } from './api';

type Row = StationOccupancy['stations'][number];
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Beds held per station and night. */
export function OccupancyPage() {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState(today);
  const q = useOccupancy(from, 14);
  const nights = q.data?.nights ?? [];
  return (
    <>
      <PageHeader
        title={t('youthStation.occupancyTitle')}
        subtitle={t('youthStation.occupancySubtitle')}
        extra={
          <div style={{ width: 180 }}>
            <DateField aria-label={t('youthStation.from')} value={from} onChange={(v) => v && setFrom(v)} />
          </div>
        }
      />
      <Card>
        {/* The wrapper scrolls (and takes keyboard focus to do so): the nights run wider than a screen. */}
        <div tabIndex={0} role="region" aria-label={t('youthStation.occupancyTitle')} style={{ overflowX: 'auto' }}>
          <Table<Row>
            rowKey="stationId"
            loading={q.isLoading}
            dataSource={q.data?.stations ?? []}
            pagination={false}
            style={{ minWidth: 1100 }}
            data-testid="occupancy"
            columns={[
              { title: t('youthStation.station'), width: 220, render: (_: unknown, r) => `${pickText(r.name, i18n.language)}（${r.beds}）` },
              ...nights.map((n, i) => ({
                title: n.slice(5),
                key: n,
                render: (_: unknown, r: Row) => <Tag color={r.held[i]! >= r.beds ? 'red' : r.held[i] ? 'blue' : 'default'}>{`${r.held[i]}/${r.beds}`}</Tag>,
              })),
            ]}
          />
        </div>
      </Card>
    </>
  );
}
