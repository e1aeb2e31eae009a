/** 单位审核: the talent office approves or rejects employer registrations on their business licence. */
import { useState } from 'react';
import { App, Button, Card, Segmented, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_STATUSES, type EmployerReviewItem, type EmployerStatus } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatDateTime } from '../../shared/lib/date-time';
import { PageHeader } from '../../shared/ui/PageHeader';
import { domainLabel, employerFieldName, enumLabel } from '../../shared/ui/enum-options';
import { useDecideEmployer, useEmployerReviews } from './api';
import { ReasonModal } from './ReasonModal';

/** The office's list of employer registrations, pending first. */
export function EmployerReviewsPage({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [status, setStatus] = useState<EmployerStatus>('pending');
  const q = useEmployerReviews(status);
  const decide = useDecideEmployer();
  const [rejecting, setRejecting] = useState<string | null>(null);
  const done = () => {
    setRejecting(null);
    void message.success(t('employment.saved'));
  };

  return (
    <>
      <PageHeader title={t('employment.reviews.title')} subtitle={t('employment.reviews.subtitle')} />
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Segmented<EmployerStatus>
            value={status}
            onChange={setStatus}
            options={EMPLOYER_STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'employerStatus', s) }))}
          />
          <Table<EmployerReviewItem>
            rowKey="id"
            loading={q.isLoading}
            dataSource={q.data?.items ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('employment.reviews.empty') }}
            scroll={{ x: 900 }}
            data-testid="employer-reviews"
            columns={[
              { title: employerFieldName('name'), dataIndex: 'name' },
              { title: employerFieldName('creditCode'), dataIndex: 'creditCode' },
              { title: t('employment.reviews.district'), render: (_: unknown, r) => `${r.district} · ${domainLabel('chain', r.chain)}` },
              { title: t('employment.reviews.registeredAt'), render: (_: unknown, r) => formatDateTime(r.registeredAt) },
              {
                title: t('employment.standing.licence'),
                render: (_: unknown, r) =>
                  r.licence ? (
                    <a href={`/api/v1/employer-reviews/${r.id}/licence`} target="_blank" rel="noreferrer">
                      {r.licence.fileName}
                    </a>
                  ) : (
                    t('employment.standing.noLicence')
                  ),
              },
              ...(status === 'rejected' ? [{ title: t('employment.confirm.reason'), dataIndex: 'reviewNote' }] : []),
              {
                title: '',
                render: (_: unknown, r) =>
                  readOnly || r.status !== 'pending' ? null : (
                    <Space>
                      <Button
                        type="primary"
                        size="small"
                        disabled={!r.licence}
                        onClick={() => decide.mutate({ id: r.id, body: { decision: 'approve' } }, { onSuccess: done, onError: (e) => onError(e) })}
                        data-testid={`approve-${r.creditCode}`}
                      >
                        {t('employment.reviews.approve')}
                      </Button>
                      <Button size="small" danger onClick={() => setRejecting(r.id)} data-testid={`reject-${r.creditCode}`}>
                        {t('employment.reviews.reject')}
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
        </Space>
      </Card>
      <ReasonModal
        open={rejecting !== null}
        kind="text"
        title={t('employment.reviews.reject')}
        label={t('employment.confirm.reason')}
        busy={decide.isPending}
        onCancel={() => setRejecting(null)}
        onOk={(note) => rejecting && decide.mutate({ id: rejecting, body: { decision: 'reject', note } }, { onSuccess: done, onError: (e) => onError(e) })}
      />
    </>
  );
}
