/**
 * Officer: budgets per policy and year — set, committed, paid, queued. A change is proposed with a
 * reason and set only when a second officer approves it (待我复核); each policy's proposals and
 * their decisions are its history.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { businessYear, type PolicyBudget, type SecondApproval } from '@bole/contracts';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { formatFen } from '../../shared/lib/money';
import { useBudgets, usePendingBudgetChanges, useProposeBudget } from './api';
import { BudgetHistory } from './BudgetHistory';
import { enumLabel } from '../../shared/ui/enum-options';
import { IfMayCall } from '../../shared/access/may-call';

/** The budgets screen. */
export function BudgetsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const thisYear = businessYear(new Date());
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<PolicyBudget | null>(null);
  const [history, setHistory] = useState<PolicyBudget | null>(null);
  const [form] = Form.useForm<{ yuan: number; quota: number; reason: string }>();
  const q = useBudgets(year);
  const pending = usePendingBudgetChanges();
  const save = useProposeBudget();
  const money = (f: number) => formatFen(f, i18n.language, { cents: 'always' });
  const pendingOf = (b: PolicyBudget) =>
    pending.data?.items.find((r): r is Extract<SecondApproval, { kind: 'budget' }> => r.kind === 'budget' && r.subject === `${b.policyId}/${b.year}`);

  const submit = (v: { yuan: number; quota: number; reason: string }) =>
    save.mutate(
      { year, policyId: editing!.policyId, annualFen: Math.round(v.yuan * 100), quota: v.quota, reason: v.reason },
      {
        onSuccess: () => {
          void message.success(t('payments.proposed'));
          setEditing(null);
        },
        onError: (e) => onError(e),
      },
    );

  return (
    <>
      <PageHeader
        title={t('payments.budgetsTitle')}
        subtitle={t('payments.budgetsSubtitle')}
        extra={
          <Select
            value={year}
            onChange={setYear}
            options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: `${y}` }))}
            style={{ width: 120 }}
            aria-label={t('payments.year')}
          />
        }
      />
      <Card>
        <Table
          rowKey="policyId"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={false}
          data-testid="budgets-table"
          columns={[
            { title: t('payments.policy'), render: (_: unknown, b: PolicyBudget) => pickText(b.title, i18n.language) },
            { title: t('payments.department'), dataIndex: 'department', render: (v: string | null) => enumLabel(t, 'department', v) },
            {
              title: t('payments.budget'),
              render: (_: unknown, b: PolicyBudget) => {
                const p = pendingOf(b);
                return (
                  <Space direction="vertical" size={2} align="end">
                    <span data-testid={`budget-${b.policyId}`}>
                      {money(b.annualFen)} {b.overridden ? <Tag color="blue">{t('payments.set')}</Tag> : null}
                    </span>
                    {p ? (
                      <Tooltip title={t('payments.pendingBy', { name: p.madeByName ?? '—', reason: p.reason ?? '' })}>
                        <Tag color="gold" data-testid={`budget-pending-${b.policyId}`} style={{ marginInlineEnd: 0 }}>
                          {t('payments.pendingChange', { amount: money(p.change.after.annualFen), quota: p.change.after.quota })}
                        </Tag>
                      </Tooltip>
                    ) : null}
                  </Space>
                );
              },
              align: 'right',
            },
            { title: t('payments.quota'), render: (_: unknown, b: PolicyBudget) => `${b.quotaUsed} / ${b.quota}`, align: 'right' },
            { title: t('payments.committed'), dataIndex: 'committedFen', render: money, align: 'right' },
            { title: enumLabel(t, 'paymentLineStatus', 'paid'), dataIndex: 'paidFen', render: money, align: 'right' },
            {
              title: enumLabel(t, 'paymentLineStatus', 'queued'),
              render: (_: unknown, b: PolicyBudget) => <span data-testid={`queued-${b.policyId}`}>{`${b.queuedLines} · ${money(b.queuedFen)}`}</span>,
              align: 'right',
            },
            {
              title: '',
              render: (_: unknown, b: PolicyBudget) => (
                <Space size={4}>
                  <IfMayCall operation="proposeBudgetChange">
                    <Button
                      size="small"
                      data-testid={`edit-budget-${b.policyId}`}
                      onClick={() => {
                        setEditing(b);
                        form.setFieldsValue({ yuan: b.annualFen / 100, quota: b.quota, reason: '' });
                      }}
                    >
                      {t('payments.edit')}
                    </Button>
                  </IfMayCall>
                  <Button size="small" type="link" data-testid={`budget-history-${b.policyId}`} onClick={() => setHistory(b)}>
                    {t('payments.history')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={!!editing}
        title={editing ? pickText(editing.title, i18n.language) : ''}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('payments.propose')}
        cancelText={t('payments.cancel')}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="yuan" label={t('payments.budgetYuan')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="budget-yuan" />
          </Form.Item>
          <Form.Item name="quota" label={t('payments.quota')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="budget-quota" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('payments.reason')}
            extra={t('payments.reasonHint')}
            rules={[{ required: true, min: 2, whitespace: true, message: t('payments.reasonHint') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} data-testid="budget-reason" />
          </Form.Item>
          <Typography.Text type="secondary">{t('payments.needsSecondOfficerBudget')}</Typography.Text>
        </Form>
      </Modal>
      <BudgetHistory
        year={year}
        policyId={history?.policyId ?? null}
        title={history ? pickText(history.title, i18n.language) : ''}
        onClose={() => setHistory(null)}
      />
    </>
  );
}
