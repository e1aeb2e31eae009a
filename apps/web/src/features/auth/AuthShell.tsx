import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { PageTitle } from '../../shared/ui/PageTitle';
import './auth.css';

/** The frame of the sign-in and registration pages: brand panel and a form card. */
export function AuthShell({ title, subtitle, children, wide }: { title: string; subtitle: string; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="auth-page">
      <div className="auth-brand">
        <div className="auth-brand-mark">伯</div>
        <Typography.Title level={2} className="auth-brand-title">
          {t('app.fullName')}
        </Typography.Title>
        <Typography.Paragraph className="auth-brand-slogan">{t('app.slogan')}</Typography.Paragraph>
      </div>
      <main className="auth-main">
        <Flex justify="flex-end" style={{ width: '100%', maxWidth: wide ? 640 : 420 }}>
          <LanguageSwitch size="small" />
        </Flex>
        <Card className="auth-card" style={{ maxWidth: wide ? 640 : 420 }}>
          <PageTitle style={{ marginBottom: 4 }}>{title}</PageTitle>
          <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>
          {children}
        </Card>
      </main>
    </div>
  );
}
