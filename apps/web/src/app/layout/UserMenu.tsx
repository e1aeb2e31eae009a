import { Avatar, Dropdown, Flex, Typography } from 'antd';
import { KeyOutlined, UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '@bole/contracts';
import { enumLabel } from '../../shared/ui/enum-options';

/** Avatar and name in the header; its menu says who you are and in which department. */
export function UserMenu({ me, compact }: { me: Me; compact: boolean }) {
  const { t } = useTranslation();
  const role = enumLabel(t, 'role', me.role);
  const dept = me.department ? ` · ${enumLabel(t, 'department', me.department)}` : '';

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', disabled: true, label: `${me.displayName}（${role}${dept}）` },
          { type: 'divider' },
          { key: 'password', icon: <KeyOutlined />, label: <Link to="/account/password">{t('auth.changePassword')}</Link> },
        ],
      }}
    >
      {/* Named by its visible text; on a phone, where only the avatar shows, by the person's name. */}
      <Flex align="center" gap={8} style={{ cursor: 'pointer' }} data-testid="user-menu" role="button" aria-label={compact ? me.displayName : undefined}>
        <Avatar size="small" icon={<UserOutlined aria-hidden />} style={{ background: '#1d5bbf' }} />
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
