import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { RecoveryResetBody } from '@bole/contracts';
import { mobileRule, requiredRule } from '../../shared/form/rules';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { fieldName } from '../../shared/ui/enum-options';
import { AuthShell } from './AuthShell';
import { useRecoverWithCode, useRequestRecoveryCode } from './password-api';
import { ConfirmPasswordItem, NewPasswordItem } from './PasswordFields';

type Values = RecoveryResetBody & { newPasswordConfirm: string };
const FIELDS = ['mobile', 'code', 'newPassword'] as const;

/** 忘记密码 (talents): a code sent by text message to the registered mobile, then a new password. */
export function RecoverPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const request = useRequestRecoveryCode();
  const reset = useRecoverWithCode();
  const onError = useApiErrorHandler();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const sendCode = async () => {
    const { mobile } = await form.validateFields(['mobile']);
    request.mutate(
      { mobile: mobile.trim() },
      { onSuccess: (r) => setSentTo(t('recover.sent', { minutes: r.codeValidMinutes })), onError: (err) => onError(err, form, FIELDS) },
    );
  };

  const onFinish = ({ mobile, code, newPassword }: Values) => {
    reset.mutate(
      { mobile: mobile.trim(), code: code.trim(), newPassword },
      {
        onSuccess: () => void navigate('/login', { replace: true, state: { recovered: true } }),
        onError: (err) => onError(err, form, FIELDS),
      },
    );
  };

  return (
    <AuthShell title={t('recover.title')} subtitle={t('recover.subtitle')}>
      {sentTo ? <Alert type="info" showIcon title={sentTo} style={{ marginBottom: 16 }} data-testid="recovery-sent" /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
        <Form.Item name="mobile" label={fieldName('mobile')} rules={[requiredRule(t, fieldName('mobile')), mobileRule(t)]}>
          <Input inputMode="numeric" maxLength={11} autoComplete="tel" disabled={sentTo !== null} />
        </Form.Item>
        {sentTo === null ? (
          <Button type="primary" block loading={request.isPending} onClick={() => void sendCode()} data-testid="send-code">
            {t('recover.sendCode')}
          </Button>
        ) : (
          <>
            <Form.Item
              name="code"
              label={t('recover.code')}
              rules={[requiredRule(t, t('recover.code')), { pattern: /^\d{6}$/, message: t('recover.codeShape') }]}
            >
              <Input inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
            </Form.Item>
            <NewPasswordItem name="newPassword" label={t('password.new')} extra={t('password.rule')} />
            <ConfirmPasswordItem name="newPasswordConfirm" of="newPassword" label={t('password.confirm')} />
            <Button type="primary" htmlType="submit" block loading={reset.isPending}>
              {t('recover.submit')}
            </Button>
            <Button type="link" block style={{ marginTop: 8 }} onClick={() => setSentTo(null)}>
              {t('recover.again')}
            </Button>
          </>
        )}
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
        {t('recover.staffHint')}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        <Link to="/login">{t('auth.goLogin')}</Link>
      </Typography.Paragraph>
    </AuthShell>
  );
}
