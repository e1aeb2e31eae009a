/** 外市人才互认 (talent): present another city's credential, see the tier it is worth here, confirm; my mutual recognitions. */
import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/form/problem';
import { pickText } from '../../shared/lib/bilingual';
import { formatDate, formatDateTime } from '../../shared/lib/date-time';
import { CardTable } from '../../shared/ui/CardTable';
import { enumLabel } from '../../shared/ui/enum-options';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMyMutualRecognitions } from './api';
import { MutualStatusTag } from './MutualStatusTag';
import { PresentCredentialForm } from './PresentCredentialForm';

/** The talent's page. */
export function MyMutualRecognitionPage() {
  const { t, i18n } = useTranslation();
  const mine = useMyMutualRecognitions();
  return (
    <>
      <PageHeader title={t('mutualRecognition.title')} subtitle={t('mutualRecognition.subtitle')} />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('mutualRecognition.explain')} />
      <Card title={t('mutualRecognition.presentTitle')} style={{ marginBottom: 16 }}>
        <PresentCredentialForm />
      </Card>
      <Card title={t('mutualRecognition.mineTitle')}>
        {mine.isPending && <LoadingBlock />}
        {mine.isError && <LoadError text={errorText(mine.error, i18n.language, t)} onRetry={() => void mine.refetch()} />}
        {mine.data && (
          <CardTable
            testId="mutual-mine"
            rows={mine.data.items}
            rowKey={(m) => m.id}
            emptyText={t('mutualRecognition.none')}
            columns={[
              { key: 'source', title: t('mutualRecognition.sourceCity'), render: (m) => pickText(m.source.name, i18n.language) },
              { key: 'sourceTier', title: t('mutualRecognition.sourceTier'), render: (m) => enumLabel(t, 'tierName', m.source.tier) },
              { key: 'localTier', title: t('mutualRecognition.localTier'), render: (m) => enumLabel(t, 'tierName', m.localTier) },
              {
                key: 'status',
                title: t('mutualRecognition.status'),
                render: (m) => (
                  <Space direction="vertical" size={0}>
                    <MutualStatusTag status={m.status} />
                    {m.status === 'public_notice' && m.noticeEndsOn && (
                      <Typography.Text type="secondary">{t('mutualRecognition.noticeUntil', { date: formatDate(m.noticeEndsOn) })}</Typography.Text>
                    )}
                    {m.status === 'granted' && m.validUntil && (
                      <Typography.Text type="secondary">{t('mutualRecognition.validUntil', { date: formatDate(m.validUntil) })}</Typography.Text>
                    )}
                    {m.status === 'ended' && m.endedAt && (
                      <Typography.Text type="secondary">{t('mutualRecognition.endedAt', { at: formatDateTime(m.endedAt) })}</Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                key: 'told',
                title: t('mutualRecognition.sourceTold'),
                render: (m) =>
                  !m.consentToNotifySource
                    ? t('mutualRecognition.notConsented')
                    : m.sourceNotifiedAt
                      ? t('mutualRecognition.toldAt', { at: formatDateTime(m.sourceNotifiedAt) })
                      : t('mutualRecognition.toldPending'),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
