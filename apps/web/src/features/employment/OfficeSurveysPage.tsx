/** 需求摸排 for the talent office: open a survey of chosen chains, follow its completion, remind, import offline answers. */
import { App, Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { businessDate, type Survey, type SurveyInput } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { domainLabel, enumOptions } from '../../shared/ui/enum-options';
import { useOpenSurvey, useSurveys } from './survey-api';
import { CompletionBar, SurveyCompletionPanel } from './SurveyCompletionPanel';

function OpenSurveyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const create = useOpenSurvey();
  const [form] = Form.useForm<SurveyInput>();
  const required = [{ required: true, message: t('employment.required') }];
  return (
    <Card title={t('employment.surveys.open')}>
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        onFinish={(v) =>
          create.mutate(v, {
            onSuccess: (s) => {
              form.resetFields();
              void message.success(t('employment.surveys.opened', { count: s.surveyed }));
            },
            onError: (e) => onError(e, form, ['title', 'period', 'chains', 'deadline']),
          })
        }
      >
        <Form.Item name="title" label={t('employment.surveys.surveyTitle')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="period" label={t('employment.surveys.period')} rules={required}>
            <Input style={{ width: 200 }} placeholder={t('employment.surveys.periodPlaceholder')} />
          </Form.Item>
          <Form.Item name="deadline" label={t('employment.surveys.deadline')} rules={required}>
            <DateField />
          </Form.Item>
        </Space>
        <Form.Item name="chains" label={t('employment.surveys.chains')} rules={required}>
          <Select mode="multiple" options={enumOptions(t, 'chain', cityCodes('chain'))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="open-survey">
          {t('employment.surveys.send')}
        </Button>
      </Form>
    </Card>
  );
}

/** The office's surveys page; expand a survey for its completion. */
export function OfficeSurveysPage({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const q = useSurveys();
  return (
    <>
      <PageHeader title={t('employment.surveys.officeTitle')} subtitle={t('employment.surveys.officeSubtitle')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {readOnly ? null : <OpenSurveyCard />}
        <Card title={t('employment.surveys.list')}>
          <Table<Survey>
            rowKey="id"
            size="small"
            loading={q.isLoading}
            dataSource={q.data?.items ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: t('employment.surveys.none') }}
            scroll={{ x: 800 }}
            expandable={{ expandedRowRender: (s) => <SurveyCompletionPanel survey={s} readOnly={readOnly} />, expandRowByClick: true }}
            data-testid="surveys"
            columns={[
              { title: t('employment.surveys.surveyTitle'), dataIndex: 'title' },
              { title: t('employment.surveys.period'), dataIndex: 'period' },
              { title: t('employment.surveys.chains'), render: (_: unknown, s) => s.chains.map((c) => domainLabel('chain', c)).join('、') },
              {
                title: t('employment.surveys.deadline'),
                render: (_: unknown, s) => (s.closedAt ? t('employment.surveys.closedOn', { date: businessDate(new Date(s.closedAt)) }) : s.deadline),
              },
              { title: t('employment.surveys.completion'), render: (_: unknown, s) => <CompletionBar answered={s.answered} surveyed={s.surveyed} /> },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
