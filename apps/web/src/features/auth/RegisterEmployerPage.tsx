import { App, Button, Checkbox, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EMPLOYER_FLAGS, EMPLOYER_KINDS, type RegisterEmployerBody } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { creditCodeRule, mobileRule, requiredRule } from '../../shared/form/rules';
import { employerFieldName, enumOptions } from '../../shared/ui/enum-options';
import { AuthShell } from './AuthShell';
import { useRegisterEmployer } from './api';
import { ConfirmPasswordItem, NewPasswordItem } from './PasswordFields';

type Values = RegisterEmployerBody & { passwordConfirm: string };
const FIELDS = ['creditCode', 'name', 'password', 'contactMobile', 'district', 'chain', 'kind', 'flags'] as const;

/** Registration of an employer by its unified social credit code; lands signed in on 单位信息. */
export function RegisterEmployerPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const register = useRegisterEmployer();
  const onError = useApiErrorHandler();

  const onFinish = ({ passwordConfirm: _, ...values }: Values) => {
    register.mutate(
      { ...values, creditCode: values.creditCode.trim().toUpperCase(), name: values.name.trim(), flags: values.flags ?? [] },
      {
        onSuccess: () => {
          void message.success(t('auth.registered'));
          void navigate('/employer', { replace: true });
        },
        onError: (err) => onError(err, form, FIELDS),
      },
    );
  };

  const half = { xs: 24, sm: 12 };
  return (
    <AuthShell title={t('auth.registerEmployerTitle')} subtitle={t('auth.registerEmployerSubtitle')} wide>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ flags: [], kind: 'enterprise' }}>
        <Form.Item
          name="creditCode"
          label={employerFieldName('creditCode')}
          extra={t('employer.creditCodeHelp')}
          normalize={(v: string) => v.toUpperCase().replace(/\s/g, '')}
          rules={[requiredRule(t, employerFieldName('creditCode')), creditCodeRule(t)]}
        >
          <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          name="name"
          label={employerFieldName('name')}
          rules={[requiredRule(t, employerFieldName('name')), { max: 100, message: t('validation.maxLength', { max: 100 }) }]}
        >
          <Input autoComplete="organization" />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="contactMobile" label={t('employer.contactMobile')} rules={[requiredRule(t, t('employer.contactMobile')), mobileRule(t)]}>
              <Input inputMode="numeric" maxLength={11} autoComplete="tel" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="kind"
              label={employerFieldName('kind')}
              rules={[{ required: true, message: t('validation.choose', { label: employerFieldName('kind') }) }]}
            >
              <Select options={enumOptions(t, 'employerKind', EMPLOYER_KINDS)} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="district"
              label={employerFieldName('district')}
              rules={[{ required: true, message: t('validation.choose', { label: employerFieldName('district') }) }]}
            >
              <Select options={enumOptions(t, 'district', cityCodes('district'))} placeholder={t('common.select')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="chain"
              label={employerFieldName('chain')}
              rules={[{ required: true, message: t('validation.choose', { label: employerFieldName('chain') }) }]}
            >
              <Select options={enumOptions(t, 'chain', cityCodes('chain'))} placeholder={t('common.select')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="flags" label={employerFieldName('flags')} extra={t('employer.flagsHelp')}>
          <Checkbox.Group options={enumOptions(t, 'employerFlag', EMPLOYER_FLAGS)} />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <NewPasswordItem name="password" label={t('auth.password')} />
          </Col>
          <Col {...half}>
            <ConfirmPasswordItem name="passwordConfirm" of="password" label={t('auth.passwordConfirm')} />
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" block size="large" loading={register.isPending}>
          {t('auth.submitRegister')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 20, marginBottom: 0 }}>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.goLogin')}</Link>
      </Typography.Paragraph>
    </AuthShell>
  );
}
