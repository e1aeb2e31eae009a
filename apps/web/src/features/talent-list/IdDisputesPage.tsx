/**
 * 身份证号冲突: ID numbers a talent gave that another talent already holds. The office checks the
 * documents and settles each — the number stays with the talent who held it first, or goes to the
 * later claimant — in a dialog that says what will be cleared and asks why; the talent whose number
 * is cleared is told. Auditors see the list only.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IdDisputeOutcome, IdNumberDispute } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatDateTime } from '../../shared/lib/date-time';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel } from '../../shared/ui/enum-options';
import { useIdDisputes, useResolveIdDispute } from './api';

interface Settling {
  dispute: IdNumberDispute;
  outcome: IdDisputeOutcome;
}

/** The office's list of ID-number disputes. */
export function IdDisputesPage({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const q = useIdDisputes();
  const resolve = useResolveIdDispute();
  const [settling, setSettling] = useState<Settling | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const close = () => {
    setSettling(null);
    form.resetFields();
  };
  const submit = (v: { reason: string }) =>
    settling &&
    resolve.mutate(
      { claimantId: settling.dispute.claimant.talentId, body: { outcome: settling.outcome, reason: v.reason } },
      {
        onSuccess: () => {
          void message.success(t('idDisputes.settled'));
          close();
        },
        onError: (e) => onError(e, form, ['reason']),
      },
    );
  const cleared = settling ? (settling.outcome === 'kept_by_holder' ? settling.dispute.claimant.name : (settling.dispute.holder?.name ?? '—')) : '';

  return (
    <>
      <PageHeader title={t('idDisputes.title')} subtitle={t('idDisputes.subtitle')} />
      <Card>
        <Table<IdNumberDispute>
          rowKey={(r) => r.claimant.talentId}
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('idDisputes.empty') }}
          scroll={{ x: 900 }}
          data-testid="id-disputes-table"
          columns={[
            { title: t('idDisputes.idNumber'), render: (_: unknown, r) => <Typography.Text code>{r.idNumber}</Typography.Text> },
            { title: t('idDisputes.holder'), render: (_: unknown, r) => r.holder?.name ?? t('idDisputes.noHolder') },
            {
              title: t('idDisputes.claimant'),
              render: (_: unknown, r) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text>{r.claimant.name}</Typography.Text>
                  <Typography.Text type="secondary">{t('idDisputes.claimedAt', { at: formatDateTime(r.claimant.claimedAt) })}</Typography.Text>
                </Space>
              ),
            },
            {
              title: '',
              render: (_: unknown, r) =>
                readOnly ? null : (
                  <Space wrap>
                    {r.holder ? (
                      <Button onClick={() => setSettling({ dispute: r, outcome: 'kept_by_holder' })} data-testid={`keep-${r.claimant.talentId}`}>
                        {t('idDisputes.keep')}
                      </Button>
                    ) : null}
                    <Button onClick={() => setSettling({ dispute: r, outcome: 'given_to_claimant' })} data-testid={`give-${r.claimant.talentId}`}>
                      {t('idDisputes.give')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={settling !== null}
        title={settling ? enumLabel(t, 'idDisputeOutcome', settling.outcome) : ''}
        okText={t('idDisputes.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={resolve.isPending}
        onOk={() => form.submit()}
        onCancel={close}
        okButtonProps={{ danger: true, 'data-testid': 'id-dispute-ok' } as ButtonProps}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon message={t('idDisputes.willClear', { name: cleared })} />
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="reason" label={t('idDisputes.reason')} rules={[{ required: true, min: 2, message: t('idDisputes.reasonRule') }]}>
              <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('idDisputes.reasonPlaceholder')} data-testid="id-dispute-reason" />
            </Form.Item>
          </Form>
        </Space>
      </Modal>
    </>
  );
}
