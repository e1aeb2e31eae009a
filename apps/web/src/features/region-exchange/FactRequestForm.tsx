/**
 * 向合作城市查询信息: the office asks a partner city for one of this city's talents' facts. The
 * partner answers only what the talent's consent covers; an answer becomes verified facts with
 * source 区域成员城市, a refusal says why. Facts about "the city" are named for the partner city.
 */
import { Alert, Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_PURPOSES,
  SHAREABLE_FACT_FIELDS,
  PARTNER_CITY_LABEL,
  type FactRequestInput,
  type FactRequestResult,
  type TrustListMember,
} from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { enumLabel, enumOptions, sharedFactName } from '../../shared/ui/enum-options';
import { useRequestFacts } from './api';

const FIELDS = ['talentId', 'from', 'facts', 'purpose'] as const;

/** What the partner answered. */
function Outcome({ result, city }: { result: FactRequestResult; city: TrustListMember | undefined }) {
  const { t } = useTranslation();
  if (result.outcome === 'refused') {
    return (
      <Alert
        type="warning"
        showIcon
        message={t('regionExchange.refused')}
        description={enumLabel(t, 'regionRefusalReason', result.reason)}
        data-testid="fact-request-outcome"
      />
    );
  }
  const lines = Object.entries(result.facts).map(([field, value]) => {
    return `${sharedFactName(field, city?.name ?? PARTNER_CITY_LABEL)}：${String(value)}`;
  });
  return (
    <Alert
      type="success"
      showIcon
      message={t('regionExchange.answered')}
      description={lines.length ? lines.join('；') : t('regionExchange.answeredNothing')}
      data-testid="fact-request-outcome"
    />
  );
}

/** The request form. */
export function FactRequestForm({ partners }: { partners: readonly TrustListMember[] }) {
  const { t, i18n } = useTranslation();
  const onError = useApiErrorHandler();
  const request = useRequestFacts();
  const [form] = Form.useForm<FactRequestInput>();
  const from = Form.useWatch('from', form);
  const city = partners.find((p) => p.adminCode === (request.variables?.from ?? from));
  const askedCity = partners.find((p) => p.adminCode === from);
  const required = { required: true, message: t('regionExchange.required') };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="vertical" style={{ maxWidth: 640 }} onFinish={(v) => request.mutate(v, { onError: (e) => onError(e, form, FIELDS) })}>
        <Form.Item name="talentId" label={t('regionExchange.talentId')} rules={[required]} extra={t('regionExchange.talentIdHelp')}>
          <Input data-testid="fact-request-talent" />
        </Form.Item>
        <Form.Item name="from" label={t('regionExchange.from')} rules={[required]}>
          <Select
            data-testid="fact-request-city"
            options={partners.map((p) => ({ value: p.adminCode, label: pickText(p.name, i18n.language) }))}
            aria-label={t('regionExchange.from')}
          />
        </Form.Item>
        <Form.Item name="facts" label={t('regionExchange.facts')} rules={[required]}>
          <Checkbox.Group
            data-testid="fact-request-facts"
            options={SHAREABLE_FACT_FIELDS.map((f) => ({
              value: f,
              label: sharedFactName(f, askedCity?.name ?? PARTNER_CITY_LABEL),
            }))}
          />
        </Form.Item>
        <Form.Item name="purpose" label={t('regionExchange.purpose')} rules={[required]}>
          <Select data-testid="fact-request-purpose" options={enumOptions(t, 'consentPurpose', CONSENT_PURPOSES)} aria-label={t('regionExchange.purpose')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={request.isPending} data-testid="fact-request-send">
          {t('regionExchange.send')}
        </Button>
      </Form>
      {request.data ? <Outcome result={request.data} city={city} /> : null}
    </Space>
  );
}
