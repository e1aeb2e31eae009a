import { App, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { RegisterTalentBody } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { mobileRule, requiredRule } from '../../shared/form/rules';
import { AuthShell } from './AuthShell';
import { useRegisterTalent } from './api';
import { fieldName } from '../../shared/ui/enum-options';
import { ConfirmPasswordItem, NewPasswordItem } from './PasswordFields';

type Values = RegisterTalentBody & { passwordConfirm: string };
const FIELDS = ['mobile', 'name', 'password'] as const;

/** Self-registration of a talent by mobile number; lands signed in on "my profile". */
export function RegisterTalentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const register = useRegisterTalent();
  const onError = useApiErrorHandler();

  const onFinish = ({ mobile, name, password }: Values) => {
    register.mutate(
      { mobile: mobile.trim(), name: name.trim(), password },
      {
        onSuccess: () => {
          void message.success(t('auth.registered'));
          void navigate('/profile', { replace: true });
        },
        onError: (err) => onError(err, form, FIELDS),
      },
    );
  };

  return (
    <AuthShell title={t('auth.registerTalentTitle')} subtitle={t('auth.registerTalentSubtitle')}>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} size="large">
        <Form.Item name="mobile" label={fieldName('mobile')} rules={[requiredRule(t, fieldName('mobile')), mobileRule(t)]}>
          <Input inputMode="numeric" maxLength={11} autoComplete="tel" />
        </Form.Item>
        <Form.Item
          name="name"
          label={fieldName('name')}
          rules={[requiredRule(t, fieldName('name')), { max: 50, message: t('validation.maxLength', { max: 50 }) }]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <NewPasswordItem name="password" label={t('auth.password')} extra={t('validation.password')} />
        <ConfirmPasswordItem name="passwordConfirm" of="password" label={t('auth.passwordConfirm')} />
        <Button type="primary" htmlType="submit" block loading={register.isPending}>
          {t('auth.submitRegister')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 20, marginBottom: 0 }}>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.goLogin')}</Link>
      </Typography.Paragraph>
    </AuthShell>
  );
}
