import type { ReactNode } from 'react';
import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { PageHeader } from './PageHeader';

/** The frame of a public page (no sign-in): a column, its header with the language switch, its links and the way back to signing in. */
export function PublicShell({ title, subtitle, links, children }: { title: string; subtitle: string; links: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: '24px 16px', width: '100%' }}>
        <main>
          <PageHeader title={title} subtitle={subtitle} extra={<LanguageSwitch />} />
          <nav aria-label={t('publicPolicies.nav')} style={{ marginBottom: 16 }} data-testid="public-policy-links">
            {links}
            {' · '}
            <Link to="/login">{t('publicPolicies.signIn')}</Link>
          </nav>
          {children}
        </main>
      </div>
    </Layout>
  );
}
