/** 柔性引才: the employer records engagements with experts (scanning their talent code) and their days on site. */
import { App, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FLEX_MODES, type EngagementInput } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QrScanner } from '../../shared/ui/QrScanner';
import { enumOptions } from '../../shared/ui/enum-options';
import { useCreateEngagement } from './api';
import { EngagementsTable } from './EngagementsTable';
import { StandingCard } from './StandingCard';

const FIELDS = ['talentCode', 'mode', 'daysPerYear', 'deliverables', 'startDate', 'endDate', 'partnerEmployerId', 'sharePercent'] as const;

/** The employer's engagements page. */
export function EngagementsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const create = useCreateEngagement();
  const [form] = Form.useForm<EngagementInput>();
  const mode = Form.useWatch('mode', form);
  const submit = (v: EngagementInput) =>
    create.mutate(v, {
      onSuccess: () => {
        form.resetFields();
        void message.success(t('employment.saved'));
      },
      onError: (e) => onError(e, form, FIELDS),
    });

  return (
    <>
      <PageHeader title={t('employment.engagements.title')} subtitle={t('employment.engagements.subtitle')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <StandingCard />
        <Card title={t('employment.engagements.new')}>
          <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 640 }}>
            <Form.Item
              name="talentCode"
              label={t('employment.checkins.talentCode')}
              rules={[{ required: true, message: t('employment.required') }]}
              extra={t('employment.engagements.codeHelp')}
            >
              <Input.TextArea rows={2} data-testid="engagement-code" />
            </Form.Item>
            <Form.Item>
              <QrScanner testId="engagement-scanner" onText={(text) => form.setFieldValue('talentCode', text)} />
            </Form.Item>
            <Form.Item name="mode" label={t('employment.engagements.mode')} rules={[{ required: true, message: t('employment.required') }]}>
              <Select options={enumOptions(t, 'flexMode', FLEX_MODES)} />
            </Form.Item>
            {mode === 'dual_appointment' ? (
              <Space wrap>
                <Form.Item name="partnerEmployerId" label={t('employment.engagements.partner')} rules={[{ required: true, message: t('employment.required') }]}>
                  <Input style={{ width: 320 }} />
                </Form.Item>
                <Form.Item name="sharePercent" label={t('employment.engagements.sharePercent')} rules={[{ required: true, message: t('employment.required') }]}>
                  <InputNumber min={1} max={99} />
                </Form.Item>
              </Space>
            ) : null}
            <Form.Item name="daysPerYear" label={t('employment.engagements.daysPerYear')} rules={[{ required: true, message: t('employment.required') }]}>
              <InputNumber min={1} max={366} />
            </Form.Item>
            <Form.Item name="deliverables" label={t('employment.engagements.deliverables')} rules={[{ required: true, message: t('employment.required') }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="startDate" label={t('employment.engagements.startDate')} rules={[{ required: true, message: t('employment.required') }]}>
                <DateField />
              </Form.Item>
              <Form.Item name="endDate" label={t('employment.engagements.endDate')} rules={[{ required: true, message: t('employment.required') }]}>
                <DateField />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-engagement">
              {t('employment.engagements.create')}
            </Button>
          </Form>
        </Card>
        <Card title={t('employment.engagements.list')}>
          <EngagementsTable as="employer" />
        </Card>
      </Space>
    </>
  );
}
