import { useState, type ReactNode } from 'react';
import { Button, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '@bole/contracts';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { OperatorFooter } from './OperatorFooter';
import { SideMenu } from './SideMenu';
import { SignOutButton, useSignOutFromOtherTabs } from './SignOutButton';
import { UserMenu } from './UserMenu';
import './layout.css';

/** Header (brand, language, notifications, user), role-based side navigation, and the page. */
export function AppLayout({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  useSignOutFromOtherTabs();

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Flex align="center" gap={12} style={{ minWidth: 0 }}>
          {mobile ? (
            <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} onClick={() => setDrawerOpen(true)} data-testid="nav-toggle" />
          ) : null}
          <Link to="/" className="app-brand">
            <span className="app-brand-mark">伯</span>
            <Typography.Text strong className="app-brand-text" data-testid="brand">
              {mobile ? t('app.name') : t('app.fullName')}
            </Typography.Text>
          </Link>
        </Flex>
        <Flex align="center" gap={mobile ? 4 : 16} style={{ flex: 'none' }}>
          <LanguageSwitch size="small" />
          <NotificationBell role={me.role} />
          <UserMenu me={me} compact={mobile} />
          <SignOutButton compact={mobile} />
        </Flex>
      </Layout.Header>
      <Layout>
        {mobile ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={240}
            title={t('app.fullName')}
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu me={me} onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider width={220} theme="light" className="app-sider">
            <SideMenu me={me} />
          </Layout.Sider>
        )}
        {/* Not Layout.Content: it is a <main> itself, and the page's <main> must be the only one. */}
        <div className="app-content">
          <main className="app-main">{children}</main>
          <OperatorFooter />
        </div>
      </Layout>
    </Layout>
  );
}
