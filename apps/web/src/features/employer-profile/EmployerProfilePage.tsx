import { App, Checkbox, Col, Descriptions, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_FLAGS, EMPLOYER_KINDS, type EmployerProfile, type EmployerProfileInput } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { errorText } from '../../shared/form/problem';
import { mobileRule, requiredRule } from '../../shared/form/rules';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { FormSection } from '../../shared/ui/FormSection';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SaveBar } from '../../shared/ui/SaveBar';
import { employerFieldName, enumOptions } from '../../shared/ui/enum-options';
import { useEmployerProfile, useSaveEmployerProfile } from './api';
import { isMasked, toEmployerFormValues, toEmployerSaveBody } from './employer-form';
import { formatDateTime } from '../../shared/lib/date-time';

const FIELDS = ['name', 'contactMobile', 'district', 'chain', 'kind', 'flags'] as const;

/** 单位信息: the employer keeps its name, contact, district, chain, kind and qualifications current. */
export function EmployerProfilePage() {
  const { t, i18n } = useTranslation();
  const query = useEmployerProfile();
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <LoadError text={errorText(query.error, i18n.language, t)} onRetry={() => void query.refetch()} />;
  return (
    <>
      <PageHeader title={t('employer.profileTitle')} subtitle={t('employer.profileSubtitle')} />
      <EmployerForm key={query.data.id} profile={query.data} />
    </>
  );
}

function EmployerForm({ profile }: { profile: EmployerProfile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EmployerProfileInput>();
  const save = useSaveEmployerProfile();
  const onError = useApiErrorHandler();
  const masked = isMasked(profile.contactMobile);
  const choose = (label: string) => ({ required: true, message: t('validation.choose', { label }) });

  const onFinish = (values: EmployerProfileInput) => {
    save.mutate(toEmployerSaveBody(values), {
      onSuccess: (saved) => {
        form.setFieldsValue(toEmployerFormValues(saved));
        void message.success({ content: t('common.saved'), className: 'saved-message' });
      },
      onError: (err) => onError(err, form, FIELDS),
    });
  };

  return (
    <Form<EmployerProfileInput>
      form={form}
      layout="vertical"
      initialValues={toEmployerFormValues(profile)}
      onFinish={onFinish}
      data-testid="employer-profile-form"
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={employerFieldName('creditCode')}>
          <span data-testid="credit-code" style={{ fontFamily: 'monospace' }}>
            {profile.creditCode}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('employer.updatedAt')}>{formatDateTime(profile.updatedAt)}</Descriptions.Item>
      </Descriptions>
      <FormSection title={t('employer.profileTitle')}>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label={employerFieldName('name')}
            rules={[requiredRule(t, employerFieldName('name')), { max: 100, message: t('validation.maxLength', { max: 100 }) }]}
          >
            <Input data-testid="field-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="contactMobile"
            label={t('employer.contactMobile')}
            rules={masked ? [mobileRule(t)] : [requiredRule(t, t('employer.contactMobile')), mobileRule(t)]}
            extra={masked ? t('employer.contactMobileMasked', { masked: profile.contactMobile }) : undefined}
          >
            <Input
              inputMode="numeric"
              maxLength={11}
              placeholder={masked ? (profile.contactMobile ?? undefined) : undefined}
              data-testid="field-contactMobile"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="district" label={employerFieldName('district')} rules={[choose(employerFieldName('district'))]}>
            <Select options={enumOptions(t, 'district', cityCodes('district'))} data-testid="field-district" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="chain" label={employerFieldName('chain')} rules={[choose(employerFieldName('chain'))]}>
            <Select options={enumOptions(t, 'chain', cityCodes('chain'))} data-testid="field-chain" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={employerFieldName('kind')} rules={[choose(employerFieldName('kind'))]}>
            <Select options={enumOptions(t, 'employerKind', EMPLOYER_KINDS)} data-testid="field-kind" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="flags" label={employerFieldName('flags')} extra={t('employer.flagsHelp')}>
            <Checkbox.Group options={enumOptions(t, 'employerFlag', EMPLOYER_FLAGS)} data-testid="field-flags" />
          </Form.Item>
        </Col>
      </FormSection>
      <SaveBar loading={save.isPending} />
    </Form>
  );
}
