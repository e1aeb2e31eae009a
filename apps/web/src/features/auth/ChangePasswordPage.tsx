import { Alert, App, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../shared/ui/PageHeader';
import { AuthShell } from './AuthShell';
import { ChangePasswordForm } from './ChangePasswordForm';
import { announceSignedOut, useLogout } from './api';

/** 修改密码, for every account: the current password and a new one; other sessions end. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <>
      <PageHeader title={t('password.title')} subtitle={t('password.subtitle')} />
      <Card style={{ maxWidth: 480 }}>
        <ChangePasswordForm onChanged={() => void message.success(t('password.changed'))} />
      </Card>
    </>
  );
}

/**
 * After an administrator's reset the person sees only this: the one-time password and a new
 * one of their own (or sign out). The server refuses everything else until it is done.
 */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const logout = useLogout();
  return (
    <AuthShell title={t('password.forcedTitle')} subtitle={t('password.forcedSubtitle')}>
      <Alert type="warning" showIcon title={t('password.forcedNotice')} style={{ marginBottom: 16 }} data-testid="forced-password-change" />
      <ChangePasswordForm currentLabel={t('password.oneTime')} onChanged={() => void message.success(t('password.changed'))} />
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Button
          type="link"
          style={{ padding: 0 }}
          loading={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSuccess: () => announceSignedOut(qc) })}
        >
          {t('auth.logout')}
        </Button>
      </Typography.Paragraph>
    </AuthShell>
  );
}
