/**
 * Engagements with their check-ins, for the employer (check in by the scanned talent code,
 * confirm the expert's own check-ins) and for the expert (check in with the place).
 */
import { App, Button, Form, Input, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Checkin, CheckinInput, Engagement } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { DateField } from '../../shared/ui/DateField';
import { enumLabel } from '../../shared/ui/enum-options';
import { QrScanner } from '../../shared/ui/QrScanner';
import { useCheckIn, useCheckins, useDecideCheckin, useEngagements } from './api';

type Side = 'employer' | 'expert';

function CheckinPanel({ engagement, as }: { engagement: Engagement; as: Side }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const list = useCheckins(engagement.id);
  const checkIn = useCheckIn();
  const decide = useDecideCheckin();
  const [form] = Form.useForm<CheckinInput>();
  const field = as === 'employer' ? 'talentCode' : 'place';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {as === 'employer' ? <QrScanner testId="checkin-scanner" onText={(text) => form.setFieldValue('talentCode', text)} /> : null}
      <Form
        form={form}
        layout="inline"
        onFinish={(v) =>
          checkIn.mutate(
            { id: engagement.id, body: v },
            {
              onSuccess: () => {
                form.resetFields();
                void message.success(t('employment.saved'));
              },
              onError: (e) => onError(e, form, ['day', field]),
            },
          )
        }
      >
        <Form.Item name="day" label={t('employment.checkins.day')} rules={[{ required: true, message: t('employment.required') }]}>
          <DateField noFuture />
        </Form.Item>
        <Form.Item name={field} label={t(`employment.checkins.${field}`)} rules={[{ required: true, message: t('employment.required') }]}>
          <Input style={{ width: 260 }} data-testid={`checkin-${field}`} />
        </Form.Item>
        <Button htmlType="submit" loading={checkIn.isPending} data-testid="checkin">
          {t('employment.checkins.checkIn')}
        </Button>
      </Form>
      <Table<Checkin>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={list.data?.items ?? []}
        data-testid="checkins"
        columns={[
          { title: t('employment.checkins.day'), dataIndex: 'day' },
          { title: t('employment.checkins.method'), render: (_: unknown, c) => enumLabel(t, 'checkinMethod', c.method) },
          { title: t('employment.checkins.place'), render: (_: unknown, c) => c.place ?? '' },
          { title: t('employment.status'), render: (_: unknown, c) => <Tag>{enumLabel(t, 'checkinStatus', c.status)}</Tag> },
          {
            title: '',
            render: (_: unknown, c) =>
              as === 'employer' && c.status === 'pending' ? (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => decide.mutate({ id: c.id, decision: 'confirm' }, { onError: (e) => onError(e) })}
                    data-testid={`confirm-checkin-${c.day}`}
                  >
                    {t('employment.confirm.confirm')}
                  </Button>
                  <Button size="small" onClick={() => decide.mutate({ id: c.id, decision: 'decline' }, { onError: (e) => onError(e) })}>
                    {t('employment.confirm.decline')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}

/** The engagements of the signed-in employer or expert; expand a row for its check-ins. */
export function EngagementsTable({ as }: { as: Side }) {
  const { t } = useTranslation();
  const q = useEngagements();
  return (
    <Table<Engagement>
      rowKey="id"
      size="small"
      loading={q.isLoading}
      dataSource={q.data?.items ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('employment.engagements.empty') }}
      scroll={{ x: 900 }}
      expandable={{ expandedRowRender: (e) => <CheckinPanel engagement={e} as={as} />, expandRowByClick: true }}
      data-testid="engagements"
      columns={[
        as === 'employer'
          ? { title: t('employment.engagements.expert'), dataIndex: 'expertName' }
          : { title: t('employment.mine.employerName'), dataIndex: 'employerName' },
        { title: t('employment.engagements.mode'), render: (_: unknown, e) => enumLabel(t, 'flexMode', e.mode) },
        { title: t('employment.engagements.period'), render: (_: unknown, e) => `${e.startDate} ~ ${e.endDate}` },
        {
          title: t('employment.engagements.days'),
          render: (_: unknown, e) => t('employment.engagements.daysOf', { done: e.daysThisYear, agreed: e.daysPerYear }),
        },
        { title: t('employment.engagements.pending'), dataIndex: 'pendingCheckins' },
        {
          title: t('employment.engagements.share'),
          render: (_: unknown, e) => (e.partnerEmployerName ? `${e.partnerEmployerName} · ${e.sharePercent ?? 0}%` : '—'),
        },
        { title: t('employment.engagements.deliverables'), dataIndex: 'deliverables', ellipsis: true },
      ]}
    />
  );
}
