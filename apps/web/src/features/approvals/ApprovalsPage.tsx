/**
 * 待我复核: what one officer or reviewer proposed and another must approve — budget changes,
 * policy publications, the final approval of large applications — with the approve (a
 * confirmation naming the change and its maker) and reject (a reason) dialogs; the maker sees
 * their own requests and may withdraw them.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SecondApproval } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { formatDateTime } from '../../shared/lib/date-time';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel } from '../../shared/ui/enum-options';
import { ApprovalStatusTag } from '../../shared/ui/ApprovalStatusTag';
import { ApprovalChange } from './ApprovalChange';
import { useApprovalActions, useApprovals } from './api';

/** The second-approval list. */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const [status, setStatus] = useState<'pending' | 'all'>('pending');
  const [rejecting, setRejecting] = useState<SecondApproval | null>(null);
  const [form] = Form.useForm<{ note: string }>();
  const q = useApprovals(status);
  const actions = useApprovalActions();
  const when = (iso: string) => formatDateTime(iso);

  const askApprove = (r: SecondApproval) =>
    modal.confirm({
      title: t('approvals.approveTitle', { title: pickText(r.title, i18n.language) }),
      width: 560,
      content: (
        <Space direction="vertical" data-testid="approval-approve-dialog">
          <ApprovalChange request={r} link={false} />
          <Typography.Text>{t('approvals.approveBody', { maker: r.madeByName ?? '—', at: when(r.madeAt) })}</Typography.Text>
          {r.reason ? <Typography.Text type="secondary">{t('approvals.reasonIs', { reason: r.reason })}</Typography.Text> : null}
        </Space>
      ),
      okText: t('approvals.approve'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'approval-approve-ok' } as ButtonProps,
      onOk: () =>
        actions.approve.mutateAsync({ id: r.id, body: {} }).then(
          () => void message.success(t('approvals.approved')),
          (err: unknown) => onError(err),
        ),
    });

  const askWithdraw = (r: SecondApproval) =>
    modal.confirm({
      title: t('approvals.withdrawTitle', { title: pickText(r.title, i18n.language) }),
      okText: t('approvals.withdraw'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'approval-withdraw-ok' } as ButtonProps,
      onOk: () =>
        actions.withdraw.mutateAsync(r.id).then(
          () => void message.success(t('approvals.withdrawn')),
          (err: unknown) => onError(err),
        ),
    });

  const reject = (v: { note: string }) =>
    rejecting &&
    actions.reject.mutate(
      { id: rejecting.id, body: { note: v.note } },
      {
        onSuccess: () => {
          void message.success(t('approvals.rejected'));
          setRejecting(null);
          form.resetFields();
        },
        onError: (e) => onError(e),
      },
    );

  return (
    <>
      <PageHeader
        title={t('approvals.title')}
        subtitle={t('approvals.subtitle')}
        extra={
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as 'pending' | 'all')}
            options={[
              { value: 'pending', label: enumLabel(t, 'secondApprovalStatus', 'pending') },
              { value: 'all', label: t('approvals.all') },
            ]}
            data-testid="approvals-filter"
          />
        }
      />
      <Card>
        <Table<SecondApproval>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('approvals.empty') }}
          scroll={{ x: 960 }}
          data-testid="approvals-table"
          columns={[
            {
              title: t('approvals.kind'),
              render: (_: unknown, r) => <Tag color="blue">{enumLabel(t, 'secondApprovalKind', r.kind)}</Tag>,
            },
            {
              title: t('approvals.subject'),
              render: (_: unknown, r) => (
                <Space direction="vertical" size={2}>
                  <Typography.Text strong>{pickText(r.title, i18n.language)}</Typography.Text>
                  <ApprovalChange request={r} />
                  {r.reason ? <Typography.Text type="secondary">{t('approvals.reasonIs', { reason: r.reason })}</Typography.Text> : null}
                </Space>
              ),
            },
            {
              title: t('approvals.madeBy'),
              render: (_: unknown, r) => t('approvals.byAt', { name: r.madeByName ?? '—', at: when(r.madeAt) }),
            },
            {
              title: t('approvals.status'),
              render: (_: unknown, r) => (
                <Space direction="vertical" size={2} data-testid={`approval-status-${r.id}`}>
                  <ApprovalStatusTag status={r.status} />
                  {r.checkedByName && r.decidedAt ? (
                    <Typography.Text type="secondary">{t('approvals.checkedByAt', { name: r.checkedByName, at: when(r.decidedAt) })}</Typography.Text>
                  ) : null}
                  {r.note ? <Typography.Text type="secondary">{t('approvals.noteIs', { note: r.note })}</Typography.Text> : null}
                </Space>
              ),
            },
            {
              title: '',
              render: (_: unknown, r) => (
                <Space wrap>
                  {r.mayCheck ? (
                    <>
                      <Button type="primary" icon={<CheckOutlined />} onClick={() => askApprove(r)} data-testid={`approval-approve-${r.id}`}>
                        {t('approvals.approve')}
                      </Button>
                      <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(r)} data-testid={`approval-reject-${r.id}`}>
                        {t('approvals.reject')}
                      </Button>
                    </>
                  ) : null}
                  {r.status === 'pending' && r.madeByYou ? (
                    <>
                      <Typography.Text type="secondary">{t('approvals.yours')}</Typography.Text>
                      <Button icon={<RollbackOutlined />} onClick={() => askWithdraw(r)} data-testid={`approval-withdraw-${r.id}`}>
                        {t('approvals.withdraw')}
                      </Button>
                    </>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={!!rejecting}
        title={rejecting ? t('approvals.rejectTitle', { title: pickText(rejecting.title, i18n.language) }) : ''}
        onCancel={() => setRejecting(null)}
        onOk={() => form.submit()}
        okText={t('approvals.reject')}
        okButtonProps={{ danger: true, loading: actions.reject.isPending, 'data-testid': 'approval-reject-ok' } as ButtonProps}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        {rejecting ? <ApprovalChange request={rejecting} /> : null}
        <Form form={form} layout="vertical" onFinish={reject} style={{ marginTop: 12 }}>
          <Form.Item name="note" label={t('approvals.rejectNote')} rules={[{ required: true, min: 2, whitespace: true, message: t('approvals.rejectHint') }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="approval-reject-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
