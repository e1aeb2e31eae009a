/** The organisers' form of an event: its details, who may register, approval, the waitlist's reply window and its sessions. */
import { Button, Card, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EVENT_AUDIENCES, EVENT_KINDS, type EventView } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { enumOptions } from '../../shared/ui/enum-options';
import { useSaveEvent } from './api';
import { eventInputOf, formValuesOf, type EventFormValues } from './event-form';

const FIELDS = ['code', 'title', 'kind', 'venue', 'audience', 'policyId', 'offerHours', 'registrationClosesAt', 'sessions'] as const;

/** Creates an event (`existing` null) or edits it; `onSaved` gets the saved event. */
export function EventForm({ existing, onSaved }: { existing: EventView | null; onSaved: (e: EventView) => void }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const save = useSaveEvent();
  const [form] = Form.useForm<EventFormValues>();
  const audience = Form.useWatch('audience', form);
  const required = { required: true, whitespace: true, message: t('events.form.required') };
  const submit = (v: EventFormValues) =>
    save.mutate({ input: eventInputOf(v), existing: existing?.code ?? null }, { onSuccess: onSaved, onError: (e) => onError(e, form, FIELDS) });
  return (
    <Form form={form} layout="vertical" initialValues={formValuesOf(existing)} onFinish={submit} data-testid="event-form" style={{ maxWidth: 760 }}>
      <Space wrap align="start">
        <Form.Item name="code" label={t('events.form.code')} rules={[required]} extra={t('events.form.codeHelp')}>
          <Input disabled={!!existing} data-testid="event-code" autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('events.form.kind')} rules={[{ required: true }]}>
          <Select options={enumOptions(t, 'eventKind', EVENT_KINDS)} style={{ minWidth: 160 }} />
        </Form.Item>
      </Space>
      <Form.Item name="title" label={t('events.form.title')} rules={[required]}>
        <Input data-testid="event-title" />
      </Form.Item>
      <Form.Item name="venue" label={t('events.form.venue')} rules={[required]}>
        <Input data-testid="event-venue" />
      </Form.Item>
      <Form.Item name="audience" label={t('events.form.audience')}>
        <Radio.Group options={enumOptions(t, 'eventAudience', EVENT_AUDIENCES)} />
      </Form.Item>
      {audience === 'eligible' ? (
        <Form.Item name="policyId" label={t('events.form.policyId')} rules={[required]}>
          <Input />
        </Form.Item>
      ) : null}
      <Space wrap align="start" size={24}>
        <Form.Item name="approvalRequired" label={t('events.form.approvalRequired')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="waitlist" label={t('events.form.waitlist')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="offerHours" label={t('events.form.offerHours')} rules={[{ required: true, message: t('events.form.required') }]}>
          <InputNumber min={1} max={720} />
        </Form.Item>
        <Form.Item name="registrationClosesAt" label={t('events.form.closesAt')} rules={[required]}>
          <Input type="datetime-local" data-testid="event-closes" />
        </Form.Item>
      </Space>
      <Form.List name="sessions">
        {(fields, { add, remove }) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                title={t('events.form.session', { n: i + 1 })}
                extra={
                  fields.length > 1 ? (
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('events.form.removeSession')} onClick={() => remove(f.name)} />
                  ) : null
                }
              >
                <Space wrap align="start">
                  <Form.Item name={[f.name, 'code']} label={t('events.form.sessionCode')} rules={[required]}>
                    <Input style={{ width: 100 }} data-testid={`session-code-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'title']} label={t('events.form.sessionTitle')} rules={[required]}>
                    <Input data-testid={`session-title-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'capacity']} label={t('events.form.capacity')} rules={[{ required: true, message: t('events.form.required') }]}>
                    <InputNumber min={1} max={100000} data-testid={`session-capacity-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'startsAt']} label={t('events.form.startsAt')} rules={[required]}>
                    <Input type="datetime-local" data-testid={`session-starts-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'endsAt']} label={t('events.form.endsAt')} rules={[required]}>
                    <Input type="datetime-local" data-testid={`session-ends-${i}`} />
                  </Form.Item>
                </Space>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ code: `S${fields.length + 1}`, capacity: 100 })}>
              {t('events.form.addSession')}
            </Button>
          </Space>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }} data-testid="event-save">
        {t('events.form.save')}
      </Button>
    </Form>
  );
}
