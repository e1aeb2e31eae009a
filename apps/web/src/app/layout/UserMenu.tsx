import { App, Avatar, Dropdown, Flex, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '@bole/contracts';
import { useLogout } from '../../features/auth/api';
import { enumLabel } from '../../shared/ui/enum-options';

/** Avatar and name in the header; the dropdown says who you are and signs you out. */
export function UserMenu({ me, compact }: { me: Me; compact: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();
  const role = enumLabel(t, 'role', me.role);
  const dept = me.department ? ` · ${enumLabel(t, 'department', me.department)}` : '';

  // The session ends (and the guard reacts) before this resolves; then go to a clean sign-in
  // page, without a `next` that would send the next person to this account's page.
  const onLogout = async () => {
    await logout.mutateAsync().catch(() => undefined);
    void message.success(t('auth.loggedOut'));
    void navigate('/login', { replace: true });
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', disabled: true, label: `${me.displayName}（${role}${dept}）` },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('auth.logout')}</span>, onClick: () => void onLogout() },
        ],
      }}
    >
      <Flex align="center" gap={8} style={{ cursor: 'pointer' }} data-testid="user-menu" role="button" aria-label={me.displayName}>
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1d5bbf' }} />
        {compact ? null : (
          <Typography.Text style={{ maxWidth: 160 }} ellipsis>
            {me.displayName}
            {role !== me.displayName ? (
              <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                {role}
              </Typography.Text>
            ) : null}
          </Typography.Text>
        )}
      </Flex>
    </Dropdown>
  );
}
