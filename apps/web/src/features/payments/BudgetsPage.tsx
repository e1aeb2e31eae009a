/** Officer: budgets per policy and year — set, committed, paid, queued; raise to release the queue. */
import { useState } from 'react';
import { App, Button, Card, Form, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { businessYear, type PolicyBudget } from '@bole/contracts';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { formatFen } from '../../shared/lib/money';
import { useBudgets, useSetBudget } from './api';
import { enumLabel } from '../../shared/ui/enum-options';

/** The budgets screen. */
export function BudgetsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const thisYear = businessYear(new Date());
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<PolicyBudget | null>(null);
  const [form] = Form.useForm<{ yuan: number; quota: number }>();
  const q = useBudgets(year);
  const save = useSetBudget();
  const money = (f: number) => formatFen(f, i18n.language, { cents: 'always' });

  const submit = (v: { yuan: number; quota: number }) =>
    save.mutate(
      { year, policyId: editing!.policyId, annualFen: Math.round(v.yuan * 100), quota: v.quota },
      {
        onSuccess: (r) => {
          void message.success(t('payments.released', { n: r.released }));
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
            { title: t('payments.department'), dataIndex: 'department' },
            {
              title: t('payments.budget'),
              render: (_: unknown, b: PolicyBudget) => (
                <>
                  {money(b.annualFen)} {b.overridden ? <Tag color="blue">{t('payments.set')}</Tag> : null}
                </>
              ),
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
                <Button
                  size="small"
                  data-testid={`edit-budget-${b.policyId}`}
                  onClick={() => {
                    setEditing(b);
                    form.setFieldsValue({ yuan: b.annualFen / 100, quota: b.quota });
                  }}
                >
                  {t('payments.edit')}
                </Button>
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
        okText={t('payments.save')}
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
        </Form>
      </Modal>
    </>
  );
}
