import { useEffect } from 'react';
import { App, Button } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { announceSignedOut, endSession, listenForSignOutElsewhere, useLogout } from '../../features/auth/api';

/** Navigation state of the sign-in page reached by signing out: it confirms the session ended. */
export interface SignedOutState {
  signedOut: true;
}

/**
 * 退出登录 as a plain button that is always in the header: one click, nothing that opens or
 * moves first. The sign-in page is shown only after the server has ended the session; a failed
 * call says so and leaves the person signed in.
 */
export function SignOutButton({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const logout = useLogout();

  const onClick = () =>
    logout.mutate(undefined, {
      onSuccess: () => {
        // A clean sign-in page, without a `next` that would send the next person to this account.
        const state: SignedOutState = { signedOut: true };
        void navigate('/login', { replace: true, state });
        announceSignedOut(qc);
      },
      onError: () => void message.error(t('auth.logoutFailed')),
    });

  return (
    <Button
      type="text"
      icon={<LogoutOutlined />}
      loading={logout.isPending}
      onClick={onClick}
      aria-label={t('auth.logout')}
      data-testid="logout"
    >
      {compact ? null : t('auth.logout')}
    </Button>
  );
}

/** Ends the session shown in this tab when the person signs out in another tab. */
export function useSignOutFromOtherTabs(): void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  useEffect(
    () =>
      listenForSignOutElsewhere(() => {
        endSession(qc);
        void message.info(t('auth.signedOutElsewhere'));
      }),
    [qc, message, t],
  );
}
