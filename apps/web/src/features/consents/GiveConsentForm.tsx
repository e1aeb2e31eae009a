/** The form to give a consent: the city, the facts, the purpose and the last day. */
import { App, Button, Checkbox, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES, type GiveConsentInput, type MyConsents } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { applyProblemToForm } from '../../shared/form/problem';
import { DateField } from '../../shared/ui/DateField';
import { enumOptions, sharedFactName } from '../../shared/ui/enum-options';
import { useGiveConsent } from './api';

const FIELDS = ['recipient', 'facts', 'purpose', 'until'] as const;

/** Gives a consent; closes (onDone) when it is recorded. */
export function GiveConsentForm({ data, onDone }: { data: MyConsents; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<GiveConsentInput>();
  const give = useGiveConsent();
  const submit = (values: GiveConsentInput) =>
    give.mutate(values, {
      onSuccess: () => {
        void message.success(t('consents.given'));
        form.resetFields();
        onDone();
      },
      onError: (err) => applyProblemToForm(form, err, FIELDS, t),
    });
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="give-consent-form" requiredMark>
      <Form.Item name="recipient" label={t('consents.recipient')} rules={[{ required: true, message: t('consents.pickCity') }]}>
        <Select
          data-testid="consent-recipient"
          options={data.cities.map((c) => ({ value: c.adminCode, label: pickText(c.name, i18n.language) }))}
          placeholder={t('consents.pickCity')}
        />
      </Form.Item>
      {/* A group takes no aria-required: the rule checks it without marking the group required. */}
      <Form.Item
        name="facts"
        label={t('consents.facts')}
        rules={[{ validator: (_, v: unknown[] | undefined) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('consents.pickFacts')))) }]}
      >
        <Checkbox.Group options={data.shareableFacts.map((f) => ({ value: f, label: sharedFactName(f) }))} data-testid="consent-facts" />
      </Form.Item>
      <Form.Item name="purpose" label={t('consents.purpose')} rules={[{ required: true, message: t('consents.pickPurpose') }]}>
        <Select data-testid="consent-purpose" options={enumOptions(t, 'consentPurpose', CONSENT_PURPOSES)} placeholder={t('consents.pickPurpose')} />
      </Form.Item>
      <Form.Item name="until" label={t('consents.until')} extra={t('consents.untilHint')} rules={[{ required: true, message: t('consents.pickUntil') }]}>
        <DateField />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={give.isPending} data-testid="consent-submit">
        {t('consents.give')}
      </Button>
    </Form>
  );
}
