/**
 * 人才公寓摇号结果 (public, no sign-in): every published round with its commitments, cutoffs per
 * unit type, and how anyone can re-check the whole draw with `bole housing verify`.
 */
import { Card, Empty, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { usePublishedRounds } from './api';
import { RoundCommitments, RoundCutoffs } from './RoundFacts';

/** The re-check instructions for one round. */
function VerifyHelp({ code }: { code: string }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/api/v1/public/housing/rounds/${code}/published`;
  return (
    <div data-testid={`housing-verify-${code}`}>
      <Typography.Title level={5}>{t('housing.verifyTitle')}</Typography.Title>
      <Typography.Paragraph>{t('housing.verifyHelp')}</Typography.Paragraph>
      <Typography.Paragraph>
        <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{`curl -o ${code}.json ${url}\nbole housing verify ${code} --from ${code}.json`}</pre>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('housing.verifyOwn')}</Typography.Paragraph>
    </div>
  );
}

/** The public results page. */
export function PublicHousingPage() {
  const { t } = useTranslation();
  const rounds = usePublishedRounds();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <div style={{ maxWidth: 1000, margin: '0 auto', padding: 24, width: '100%' }}>
        <main>
          <PageHeader title={t('housing.publicTitle')} subtitle={t('housing.publicSubtitle')} extra={<LanguageSwitch />} />
          {rounds.isPending ? <LoadingBlock /> : null}
          {rounds.data && rounds.data.items.length === 0 ? <Empty description={t('housing.noPublished')} /> : null}
          {(rounds.data?.items ?? []).map((r) => (
            <Card key={r.code} title={`${r.title}（${r.code}）`} style={{ marginBottom: 16 }} data-testid={`housing-public-${r.code}`}>
              <Space direction="vertical" style={{ width: '100%' }} size="middle">
                <Typography.Title level={5}>{t('housing.cutoffs')}</Typography.Title>
                <RoundCutoffs round={r} />
                <Typography.Title level={5}>{t('housing.commitments')}</Typography.Title>
                <RoundCommitments round={r} />
                <VerifyHelp code={r.code} />
              </Space>
            </Card>
          ))}
        </main>
      </div>
    </Layout>
  );
}
