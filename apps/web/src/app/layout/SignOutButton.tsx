import { useEffect } from 'react';
import { App, Button } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { announceSignedOut, endSession, listenForSignOutElsewhere, useLogout } from '../../features/auth/api';

/**
 * 退出登录 as a plain button that is always in the header: one click, nothing that opens or
 * moves first. The sign-in page is shown only after the server has ended the session; a failed
 * call says so and leaves the person signed in.
 */
export function SignOutButton({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const logout = useLogout();

  const onClick = () =>
    logout.mutate(undefined, {
      // The guards then show the sign-in page, which confirms the session has ended.
      onSuccess: () => announceSignedOut(qc),
      onError: () => void message.error(t('auth.logoutFailed')),
    });

  return (
    <Button type="text" icon={<LogoutOutlined />} loading={logout.isPending} onClick={onClick} aria-label={t('auth.logout')} data-testid="logout">
      {compact ? null : t('auth.logout')}
    </Button>
  );
}

/** Ends the session shown in this tab when the person signs out in another tab. */
export function useSignOutFromOtherTabs(): void {
  const qc = useQueryClient();
  useEffect(() => listenForSignOutElsewhere(() => endSession(qc, 'signedOutElsewhere')), [qc]);
}
