/**
 * 政策库 (public, no sign-in): every policy in force today, its conditions in plain language and
 * its amounts per tier (or one amount), as cards that fit a phone.
 */
import { Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicPolicy } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { errorText } from '../../shared/form/problem';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { enumLabel } from '../../shared/ui/enum-options';
import { usePublicPolicies } from './api';
import { PublicShell } from '../../shared/ui/PublicShell';

/** One policy: its kind, who is paid, its conditions and its amounts. */
function PolicyCard({ policy }: { policy: PublicPolicy }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Card size="small" data-testid={`public-policy-${policy.id}`} style={{ height: '100%' }}>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
        {pickText(policy.title, lang)}
      </Typography.Title>
      <Space size={4} wrap>
        <Tag>{enumLabel(t, 'pillar', policy.pillar)}</Tag>
        <Tag>{enumLabel(t, 'benefitPeriod', policy.period)}</Tag>
        {policy.payee === 'employer' ? <Tag>{t('publicPolicies.toEmployer')}</Tag> : null}
      </Space>
      <Typography.Title level={3} style={{ fontSize: 14, marginTop: 12 }}>
        {t('publicPolicies.conditions')}
      </Typography.Title>
      <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="public-policy-conditions">
        {policy.conditions.map((c, i) => (
          <li key={i}>{pickText(c, lang)}</li>
        ))}
      </ul>
      {policy.amounts.length > 0 ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 14, marginTop: 12 }}>
            {t('publicPolicies.amounts')}
          </Typography.Title>
          <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="public-policy-amounts">
            {policy.amounts.map((a) => (
              <li key={a.key ?? ''}>
                {a.keyLabel ? t('publicPolicies.amountOf', { key: pickText(a.keyLabel, lang) }) : null}
                <Typography.Text strong>{pickText(a.text, lang)}</Typography.Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {policy.note ? (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {pickText(policy.note, lang)}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

/** The public policy library. */
export function PublicPoliciesPage() {
  const { t, i18n } = useTranslation();
  const library = usePublicPolicies();
  return (
    <PublicShell
      title={t('publicPolicies.title')}
      subtitle={library.data ? t('publicPolicies.subtitle', { at: library.data.at }) : ''}
      links={<Link to="/library/calculator">{t('publicPolicies.calculatorLink')}</Link>}
    >
      {library.isPending ? <LoadingBlock /> : null}
      {library.isError ? <LoadError text={errorText(library.error, i18n.language, t)} onRetry={() => void library.refetch()} /> : null}
      {library.data && library.data.items.length === 0 ? <Empty description={t('publicPolicies.none')} /> : null}
      <Row gutter={[12, 12]}>
        {(library.data?.items ?? []).map((p) => (
          <Col key={p.id} xs={24} md={12} xl={8}>
            <PolicyCard policy={p} />
          </Col>
        ))}
      </Row>
    </PublicShell>
  );
}
