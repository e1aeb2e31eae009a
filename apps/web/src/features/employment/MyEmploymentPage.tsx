/** 我的单位与柔性合作: a talent names their employer for it to confirm, and sees their engagements and checks in on site. */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Employment, NameEmployerBody } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel, fieldName } from '../../shared/ui/enum-options';
import { useEmployerOptions, useMyEmployments, useNameEmployer, useWithdrawEmployment } from './api';
import { EngagementsTable } from './EngagementsTable';

/** The talent's employment and engagements page. */
export function MyEmploymentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [q, setQ] = useState('');
  const options = useEmployerOptions(q);
  const mine = useMyEmployments();
  const name = useNameEmployer();
  const withdraw = useWithdrawEmployment();
  const [form] = Form.useForm<NameEmployerBody>();
  const open = mine.data?.items.find((e) => e.status === 'pending' || e.status === 'confirmed');

  return (
    <>
      <PageHeader title={t('employment.mine.title')} subtitle={t('employment.mine.subtitle')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={fieldName('employerId')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {open ? (
              <Alert
                type={open.status === 'confirmed' ? 'success' : 'info'}
                showIcon
                data-testid="open-employment"
                message={t(open.status === 'confirmed' ? 'employment.mine.confirmed' : 'employment.mine.pending', {
                  employer: open.employerName,
                  date: open.arrivalDate,
                })}
              />
            ) : (
              <Form
                form={form}
                layout="inline"
                onFinish={(v) =>
                  name.mutate(v, {
                    onSuccess: () => void message.success(t('employment.mine.sent')),
                    onError: (e) => onError(e, form, ['employerId', 'arrivalDate']),
                  })
                }
              >
                <Form.Item name="employerId" label={t('employment.mine.employerName')} rules={[{ required: true, message: t('employment.required') }]}>
                  <Select
                    showSearch
                    filterOption={false}
                    onSearch={setQ}
                    style={{ width: 280 }}
                    options={(options.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                    notFoundContent={null}
                  />
                </Form.Item>
                <Form.Item name="arrivalDate" label={t('employment.arrivalDate')} rules={[{ required: true, message: t('employment.required') }]}>
                  <DateField noFuture />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={name.isPending} data-testid="name-employer">
                  {t('employment.mine.send')}
                </Button>
              </Form>
            )}
            <Table<Employment>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={mine.data?.items ?? []}
              data-testid="my-employments"
              columns={[
                { title: t('employment.mine.employerName'), dataIndex: 'employerName' },
                { title: t('employment.arrivalDate'), dataIndex: 'arrivalDate' },
                { title: t('employment.endDate'), render: (_: unknown, r) => r.endDate ?? '—' },
                { title: t('employment.confirm.posting'), render: (_: unknown, r) => r.postingTitle ?? '—' },
                { title: t('employment.status'), render: (_: unknown, r) => <Tag>{enumLabel(t, 'employmentStatus', r.status)}</Tag> },
                { title: t('employment.confirm.reason'), render: (_: unknown, r) => r.declineReason ?? '' },
                {
                  title: '',
                  render: (_: unknown, r) =>
                    r.status === 'pending' ? (
                      <Button size="small" onClick={() => withdraw.mutate(r.id, { onError: (e) => onError(e) })}>
                        {t('employment.mine.withdraw')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Space>
        </Card>
        <Card title={t('employment.engagements.title')}>
          <EngagementsTable as="expert" />
        </Card>
      </Space>
    </>
  );
}
