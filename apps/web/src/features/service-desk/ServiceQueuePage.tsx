/**
 * The service-desk queue: open requests within the reader's remit by due time (a concierge's
 * work list), or only the overdue ones (a department head's and the office's view); each opens
 * its request page.
 */
import { useState } from 'react';
import { Card, Segmented, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceRequest } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useServiceQueue } from './api';
import { ServiceClocks, ServiceStatus } from './ServiceParts';
import { ConciergeFigures } from './ConciergeFigures';

/** The queue; `overdueFirst` opens on the overdue view; `figures` adds the concierges' figures (heads, officers, auditors). */
export function ServiceQueuePage({ overdueFirst, figures }: { overdueFirst: boolean; figures: boolean }) {
  const { t, i18n } = useTranslation();
  const [overdue, setOverdue] = useState(overdueFirst);
  const q = useServiceQueue(overdue);
  return (
    <>
      <PageHeader
        title={t('serviceDesk.queueTitle')}
        subtitle={t('serviceDesk.queueSubtitle')}
        extra={
          <Segmented
            value={overdue ? 'overdue' : 'open'}
            onChange={(v) => setOverdue(v === 'overdue')}
            options={[
              { value: 'open', label: t('serviceDesk.open') },
              { value: 'overdue', label: t('serviceDesk.overdue') },
            ]}
            data-testid="service-queue-filter"
          />
        }
      />
      <Card>
        <Table<ServiceRequest>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: overdue ? t('serviceDesk.noneOverdue') : t('serviceDesk.noneOpen') }}
          scroll={{ x: 900 }}
          data-testid="service-queue"
          columns={[
            {
              title: t('serviceDesk.request'),
              render: (_: unknown, r) => (
                <Link to={`/service-desk/${r.id}`} data-testid={`service-open-${r.id}`}>
                  <ServiceStatus request={r} />
                </Link>
              ),
            },
            { title: t('serviceDesk.talent'), render: (_: unknown, r) => r.talentName ?? '—' },
            {
              title: t('serviceDesk.department'),
              render: (_: unknown, r) => (
                <>
                  {pickText(r.departmentName, i18n.language)}
                  {r.escalation > 0 ? (
                    <Tag color="red" style={{ marginInlineStart: 8 }}>
                      {t(r.escalation === 1 ? 'serviceDesk.escalatedHead' : 'serviceDesk.escalatedOffice')}
                    </Tag>
                  ) : null}
                </>
              ),
            },
            {
              title: t('serviceDesk.owner'),
              render: (_: unknown, r) => r.ownerName ?? <Typography.Text type="secondary">{t('serviceDesk.noOwner')}</Typography.Text>,
            },
            { title: t('serviceDesk.clocks'), render: (_: unknown, r) => <ServiceClocks request={r} /> },
          ]}
        />
      </Card>
      {figures ? (
        <div style={{ marginTop: 24 }}>
          <ConciergeFigures />
        </div>
      ) : null}
    </>
  );
}
