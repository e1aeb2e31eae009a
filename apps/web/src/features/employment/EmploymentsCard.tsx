/** Employment confirmations: the employer confirms or declines what its people named, and ends an employment with its date. */
import { useState } from 'react';
import { App, Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Employment, EmploymentDecisionBody } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { enumLabel } from '../../shared/ui/enum-options';
import { useDecideEmployment, useEmployerEmployments } from './api';
import { ConfirmEmploymentModal } from './ConfirmEmploymentModal';
import { ReasonModal } from './ReasonModal';

/** The employment card of the employer portal. */
export function EmploymentsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const list = useEmployerEmployments();
  const decide = useDecideEmployment();
  const [asking, setAsking] = useState<{ id: string; kind: 'decline' | 'end' } | null>(null);
  const [confirming, setConfirming] = useState<Employment | null>(null);

  const send = (id: string, body: EmploymentDecisionBody) =>
    decide.mutate(
      { id, body },
      {
        onSuccess: () => {
          setAsking(null);
          setConfirming(null);
          void message.success(t('employment.saved'));
        },
        onError: (e) => onError(e),
      },
    );

  return (
    <Card title={t('employment.confirm.title')}>
      <Table<Employment>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('employment.confirm.empty') }}
        data-testid="employments"
        columns={[
          { title: t('employment.confirm.talent'), dataIndex: 'talentName' },
          { title: t('employment.arrivalDate'), dataIndex: 'arrivalDate' },
          { title: t('employment.endDate'), render: (_: unknown, r) => r.endDate ?? '—' },
          { title: t('employment.confirm.posting'), render: (_: unknown, r) => r.postingTitle ?? '—' },
          { title: t('employment.status'), render: (_: unknown, r) => <Tag>{enumLabel(t, 'employmentStatus', r.status)}</Tag> },
          {
            title: '',
            render: (_: unknown, r) => (
              <Space wrap>
                {r.status === 'pending' ? (
                  <>
                    <Button type="primary" size="small" onClick={() => setConfirming(r)} data-testid={`confirm-${r.talentName}`}>
                      {t('employment.confirm.confirm')}
                    </Button>
                    <Button size="small" onClick={() => setAsking({ id: r.id, kind: 'decline' })}>
                      {t('employment.confirm.decline')}
                    </Button>
                  </>
                ) : null}
                {r.status === 'confirmed' ? (
                  <Button size="small" danger onClick={() => setAsking({ id: r.id, kind: 'end' })} data-testid={`end-${r.talentName}`}>
                    {t('employment.confirm.end')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <ConfirmEmploymentModal
        talentName={confirming?.talentName ?? null}
        busy={decide.isPending}
        onCancel={() => setConfirming(null)}
        onOk={(postingId) => confirming && send(confirming.id, postingId ? { decision: 'confirm', postingId } : { decision: 'confirm' })}
      />
      <ReasonModal
        open={asking !== null}
        kind={asking?.kind === 'end' ? 'date' : 'text'}
        title={asking?.kind === 'end' ? t('employment.confirm.end') : t('employment.confirm.decline')}
        label={asking?.kind === 'end' ? t('employment.endDate') : t('employment.confirm.reason')}
        busy={decide.isPending}
        onCancel={() => setAsking(null)}
        onOk={(value) => asking && send(asking.id, asking.kind === 'end' ? { decision: 'end', endDate: value } : { decision: 'decline', reason: value })}
      />
    </Card>
  );
}
