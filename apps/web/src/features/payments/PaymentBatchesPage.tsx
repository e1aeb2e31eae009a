/** Officer: monthly payment batches — create, see their lines, approve (a second officer), export for the finance bureau, import its results. */
import { useState } from 'react';
import { Alert, App, Button, Card, Space, Table, Tag, Tooltip, Typography, type ButtonProps } from 'antd';
import { CheckOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { businessMonth, type PaymentBatch } from '@bole/contracts';
import { ApiError } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatFen } from '../../shared/lib/money';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { importBatchFile, useApproveBatch, useBatches, useCreateBatch } from './api';
import { BatchLines } from './BatchLines';
import { enumLabel } from '../../shared/ui/enum-options';
import { IfMayCall, useMayCall } from '../../shared/access/may-call';
import { FileButton } from '../../shared/ui/FileButton';

const thisMonth = () => businessMonth(new Date());

/** The batches screen. */
export function PaymentBatchesPage() {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const qc = useQueryClient();
  const [period, setPeriod] = useState<string | null>(thisMonth());
  const [importErrors, setImportErrors] = useState<{ field: string; message: string }[] | null>(null);
  const batches = useBatches();
  const create = useCreateBatch();
  const approve = useApproveBatch();
  const mayCall = useMayCall();
  const money = (f: number) => formatFen(f, i18n.language, { cents: 'always' });

  const upload = async (batchId: string, file: File) => {
    setImportErrors(null);
    try {
      const r = await importBatchFile(batchId, file);
      void message.success(t('payments.imported', r));
      await qc.invalidateQueries({ queryKey: queryKeys.payments.all });
    } catch (err) {
      if (err instanceof ApiError && err.problem?.errors) setImportErrors(err.problem.errors);
      else onError(err);
    }
  };

  const askApprove = (b: PaymentBatch) =>
    modal.confirm({
      title: t('payments.approveTitle', { period: b.period }),
      content: t('payments.approveBody', { maker: b.createdByName ?? '—', lines: b.totals.approved, amount: money(b.totals.approvedFen) }),
      okText: t('payments.approve'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'batch-approve-ok' } as ButtonProps,
      onOk: () =>
        approve.mutateAsync(b.id).then(
          () => void message.success(t('payments.approved', { period: b.period })),
          (err: unknown) => onError(err),
        ),
    });

  return (
    <>
      <PageHeader title={t('payments.batchesTitle')} subtitle={t('payments.batchesSubtitle')} />
      <IfMayCall operation="createPaymentBatch">
        <Card style={{ marginBottom: 16 }}>
          <Space wrap>
            <label htmlFor="batch-period">{t('payments.period')}</label>
            <div style={{ width: 180 }}>
              <DateField id="batch-period" picker="month" value={period} onChange={setPeriod} />
            </div>
            <Button
              type="primary"
              loading={create.isPending}
              disabled={!period}
              data-testid="batch-create"
              onClick={() =>
                period &&
                create.mutate(period, {
                  onSuccess: (b) => void message.success(t('payments.created', { period: b.period, added: b.added ?? 0 })),
                  onError: (e) => onError(e),
                })
              }
            >
              {t('payments.create')}
            </Button>
          </Space>
        </Card>
      </IfMayCall>
      {importErrors ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setImportErrors(null)}
          style={{ marginBottom: 16 }}
          message={t('payments.importFailed')}
          description={
            <ul style={{ margin: 0 }} data-testid="import-errors">
              {importErrors.map((e) => (
                <li key={`${e.field}${e.message}`}>
                  {e.field}: {e.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Card>
        <Table
          rowKey="id"
          loading={batches.isLoading}
          dataSource={batches.data?.items ?? []}
          pagination={false}
          data-testid="batches-table"
          expandable={{ expandedRowRender: (b: PaymentBatch) => <BatchLines batchId={b.id} period={b.period} /> }}
          columns={[
            { title: t('payments.period'), dataIndex: 'period' },
            {
              title: t('payments.batchStatus'),
              render: (_: unknown, b: PaymentBatch) => (
                <Space direction="vertical" size={0} data-testid={`batch-status-${b.period}`}>
                  <Tag color={b.status === 'approved' ? 'green' : 'gold'}>{enumLabel(t, 'paymentBatchStatus', b.status)}</Tag>
                  {b.createdByName ? <Typography.Text type="secondary">{t('payments.madeBy', { name: b.createdByName })}</Typography.Text> : null}
                  {b.approvedByName ? <Typography.Text type="secondary">{t('payments.approvedBy', { name: b.approvedByName })}</Typography.Text> : null}
                </Space>
              ),
            },
            { title: t('payments.lines'), render: (_: unknown, b: PaymentBatch) => b.totals.lines, align: 'right' },
            {
              title: enumLabel(t, 'paymentLineStatus', 'approved'),
              render: (_: unknown, b: PaymentBatch) => `${b.totals.approved} · ${money(b.totals.approvedFen)}`,
              align: 'right',
            },
            {
              title: enumLabel(t, 'paymentLineStatus', 'queued'),
              render: (_: unknown, b: PaymentBatch) => `${b.totals.queued} · ${money(b.totals.queuedFen)}`,
              align: 'right',
            },
            {
              title: enumLabel(t, 'paymentLineStatus', 'awaiting_account'),
              render: (_: unknown, b: PaymentBatch) => (
                <span data-testid={`awaiting-${b.period}`}>{`${b.totals.awaitingAccount} · ${money(b.totals.awaitingAccountFen)}`}</span>
              ),
              align: 'right',
            },
            {
              title: enumLabel(t, 'paymentLineStatus', 'paid'),
              render: (_: unknown, b: PaymentBatch) => <span data-testid={`paid-${b.period}`}>{`${b.totals.paid} · ${money(b.totals.paidFen)}`}</span>,
              align: 'right',
            },
            {
              title: enumLabel(t, 'paymentLineStatus', 'failed'),
              render: (_: unknown, b: PaymentBatch) => <span data-testid={`failed-${b.period}`}>{b.totals.failed}</span>,
              align: 'right',
            },
            {
              title: '',
              render: (_: unknown, b: PaymentBatch) => (
                <Space>
                  {b.status === 'awaiting_approval' && !b.madeByYou && mayCall('approvePaymentBatch') ? (
                    <Button
                      type="primary"
                      icon={<CheckOutlined />}
                      onClick={() => askApprove(b)}
                      loading={approve.isPending}
                      data-testid={`approve-${b.period}`}
                    >
                      {t('payments.approve')}
                    </Button>
                  ) : null}
                  {b.status === 'awaiting_approval' && b.madeByYou ? (
                    <Typography.Text type="secondary">{t('payments.needsSecondOfficer')}</Typography.Text>
                  ) : null}
                  <Tooltip title={b.status === 'approved' ? null : t('payments.exportNeedsApproval')}>
                    <Button
                      icon={<DownloadOutlined />}
                      href={b.status === 'approved' ? `/api/v1/payment-batches/${b.id}/export.xlsx` : undefined}
                      disabled={b.status !== 'approved'}
                      data-testid={`export-${b.period}`}
                    >
                      {t('payments.export')}
                    </Button>
                  </Tooltip>
                  <IfMayCall operation="importPaymentResults">
                    <FileButton accept=".xlsx" onFile={(file) => void upload(b.id, file)} disabled={b.status !== 'approved'} testId={`import-${b.period}`}>
                      {t('payments.import')}
                    </FileButton>
                  </IfMayCall>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
