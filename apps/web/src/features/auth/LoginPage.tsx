import { Alert, Button, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { LoginBody } from '@bole/contracts';
import { cityQuery } from '../../shared/api/city';
import { errorText } from '../../shared/form/problem';
import { requiredRule } from '../../shared/form/rules';
import { AuthShell } from './AuthShell';
import { useLogin, type SessionEndState } from './api';
import { safeNext } from './safe-next';

/** One sign-in form for everyone: mobile number, credit code or staff username. */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Reached because the person signed out, here or in another tab (see RequireAuth).
  const state = useLocation().state as (Partial<SessionEndState> & { recovered?: boolean }) | null;
  const ended = state?.sessionEnd;
  const login = useLogin();
  const { data: city } = useQuery(cityQuery);

  const onFinish = (values: LoginBody) => {
    login.mutate(
      { login: values.login.trim(), password: values.password },
      { onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }) },
    );
  };

  const errorMessage = login.error ? errorText(login.error, i18n.language, t) : null;

  return (
    <AuthShell title={t('auth.loginTitle')} subtitle={t('auth.loginSubtitle')}>
      {errorMessage ? <Alert type="error" showIcon title={errorMessage} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
      {ended === 'signedOut' && !errorMessage ? (
        <Alert type="success" showIcon title={t('auth.signedOutNotice')} style={{ marginBottom: 16 }} data-testid="signed-out" />
      ) : null}
      {state?.recovered && !errorMessage ? (
        <Alert type="success" showIcon title={t('auth.recovered')} style={{ marginBottom: 16 }} data-testid="recovered" />
      ) : null}
      {ended === 'signedOutElsewhere' && !errorMessage ? (
        <Alert type="info" showIcon title={t('auth.signedOutElsewhere')} style={{ marginBottom: 16 }} data-testid="signed-out-elsewhere" />
      ) : null}
      <Form<LoginBody> layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
        <Form.Item name="login" label={t('auth.login')} rules={[requiredRule(t, t('auth.login'))]}>
          <Input prefix={<UserOutlined />} placeholder={t('auth.loginPlaceholder')} autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[requiredRule(t, t('auth.password'))]} style={{ marginBottom: 8 }}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <div style={{ textAlign: 'right', marginBottom: 16 }}>
          <Link to="/recover">{t('auth.forgot')}</Link>
        </div>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('auth.submitLogin')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 20, marginBottom: 4 }}>
        {t('auth.noAccount')} <Link to="/register/talent">{t('auth.registerTalent')}</Link>
        {' · '}
        <Link to="/register/employer">{t('auth.registerEmployer')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 4 }} data-testid="public-links">
        {t('auth.withoutAccount')} <Link to="/notices">{t('auth.publicNotices')}</Link>
        {' · '}
        <Link to="/verify">{t('auth.verifyCode')}</Link>
        {' · '}
        <Link to="/library">{t('auth.policyLibrary')}</Link>
        {' · '}
        <Link to="/library/calculator">{t('auth.publicCalculator')}</Link>
        {' · '}
        <Link to="/indices">{t('auth.publicIndices')}</Link>
      </Typography.Paragraph>
      {city?.demo && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="demo-hint">
          {t('auth.demoHint')}
        </Typography.Text>
      )}
    </AuthShell>
  );
}
