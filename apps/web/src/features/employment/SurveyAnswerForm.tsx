/**
 * An employer's answer to a demand survey: one line per demanded post (sub-field, post, headcount,
 * minimum degree, monthly salary band, district, how they would work). Saving replaces the
 * earlier answer; the server's errors land on the line and field they name (`records.1.salaryMin`).
 */
import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DEGREES, DEMAND_ENGAGEMENT_MODES, type DemandRecordInput, type MySurvey, type SurveyAnswerBody } from '@bole/contracts';
import { ApiError } from '../../shared/api/client';
import { cityCodes } from '../../shared/api/city';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { demandFieldName, enumOptions } from '../../shared/ui/enum-options';
import { useAnswerSurvey } from './survey-api';
import { surveyFieldMessage } from './survey-messages';

const blank: Partial<DemandRecordInput> = { engagementMode: 'full_time', minDegree: null };

/** The answer form of one survey. */
export function SurveyAnswerForm({ survey }: { survey: MySurvey }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const answer = useAnswerSurvey();
  const [form] = Form.useForm<SurveyAnswerBody>();
  const required = [{ required: true, message: t('employment.required') }];
  const initial = survey.records.length
    ? survey.records.map(({ subField, title, headcount, minDegree, salaryMin, salaryMax, district, engagementMode }) => ({
        subField,
        title,
        headcount,
        minDegree,
        salaryMin,
        salaryMax,
        district,
        engagementMode,
      }))
    : [blank];

  const submit = (v: SurveyAnswerBody) =>
    answer.mutate(
      { id: survey.id, body: { records: (v.records ?? []).map((r) => ({ ...r, minDegree: r.minDegree ?? null })) } },
      {
        onSuccess: () => void message.success(t('employment.surveys.answered')),
        onError: (e) => {
          onError(e);
          if (!(e instanceof ApiError)) return;
          form.setFields(
            (e.problem?.errors ?? []).flatMap((f) => {
              const m = /^records\.(\d+)\.(\w+)$/.exec(f.field);
              return m
                ? [
                    {
                      name: ['records', Number(m[1]), m[2] as keyof DemandRecordInput] as const,
                      errors: [surveyFieldMessage(t, f.message)],
                    },
                  ]
                : [];
            }),
          );
        },
      },
    );

  return (
    <Form form={form} layout="vertical" initialValues={{ records: initial }} onFinish={submit} data-testid={`answer-${survey.id}`}>
      <Form.List name="records">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} wrap align="start" data-testid={`record-${i}`}>
                <Form.Item name={[f.name, 'subField']} label={demandFieldName('subField')} rules={required}>
                  <Input style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'title']} label={demandFieldName('title')} rules={required}>
                  <Input style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'headcount']} label={demandFieldName('headcount')} rules={required}>
                  <InputNumber style={{ width: 90 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'minDegree']} label={demandFieldName('minDegree')}>
                  <Select allowClear style={{ width: 110 }} options={enumOptions(t, 'degree', DEGREES)} />
                </Form.Item>
                <Form.Item name={[f.name, 'salaryMin']} label={demandFieldName('salaryMin')} rules={required}>
                  <InputNumber style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'salaryMax']} label={demandFieldName('salaryMax')} rules={required}>
                  <InputNumber style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'district']} label={t('employment.surveys.district')} rules={required}>
                  <Select style={{ width: 120 }} options={enumOptions(t, 'district', cityCodes('district'))} />
                </Form.Item>
                <Form.Item name={[f.name, 'engagementMode']} label={demandFieldName('engagementMode')} rules={required}>
                  <Select style={{ width: 120 }} options={enumOptions(t, 'demandEngagementMode', DEMAND_ENGAGEMENT_MODES)} />
                </Form.Item>
                <Form.Item label=" ">
                  <Button icon={<DeleteOutlined />} aria-label={t('employment.surveys.removeLine', { n: i + 1 })} onClick={() => remove(f.name)} />
                </Form.Item>
              </Space>
            ))}
            <Space>
              <Button icon={<PlusOutlined />} onClick={() => add(blank)} data-testid="add-record">
                {t('employment.surveys.addLine')}
              </Button>
              <Button type="primary" htmlType="submit" loading={answer.isPending} data-testid="submit-answer">
                {t('employment.surveys.submit')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
