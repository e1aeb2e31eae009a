/**
 * 资格互认 (office): the mutual recognitions granted here from other cities' credentials, this
 * city's recognitions used elsewhere (本市认定在外市互认, told with the talents' consent), and
 * the re-check against the sources' status lists.
 */
import { App, Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/form/problem';
import { pickText } from '../../shared/lib/bilingual';
import { formatDate, formatDateTime } from '../../shared/lib/date-time';
import { useMayCall } from '../../shared/access/may-call';
import { CardTable } from '../../shared/ui/CardTable';
import { enumLabel } from '../../shared/ui/enum-options';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useIncomingMutualRecognitions, useRecheckMutualRecognitions, useRecognitionsUsedElsewhere } from './api';
import { MutualStatusTag } from './MutualStatusTag';

/** Mutual recognitions granted here. */
function Incoming() {
  const { t, i18n } = useTranslation();
  const list = useIncomingMutualRecognitions();
  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <LoadError text={errorText(list.error, i18n.language, t)} onRetry={() => void list.refetch()} />;
  return (
    <CardTable
      testId="mutual-incoming"
      rows={list.data.items}
      rowKey={(m) => m.id}
      emptyText={t('mutualRecognition.noneIncoming')}
      columns={[
        { key: 'name', title: t('mutualRecognition.talent'), render: (m) => m.talentName },
        { key: 'source', title: t('mutualRecognition.sourceCity'), render: (m) => pickText(m.source.name, i18n.language) },
        { key: 'credential', title: t('mutualRecognition.credentialId'), render: (m) => m.source.credentialId },
        {
          key: 'tiers',
          title: t('mutualRecognition.tiers'),
          render: (m) => `${enumLabel(t, 'tierName', m.source.tier)} → ${enumLabel(t, 'tierName', m.localTier)}`,
        },
        { key: 'status', title: t('mutualRecognition.status'), render: (m) => <MutualStatusTag status={m.status} /> },
        { key: 'validUntil', title: t('mutualRecognition.validUntilColumn'), render: (m) => (m.validUntil ? formatDate(m.validUntil) : '—') },
        { key: 'createdAt', title: t('mutualRecognition.requestedAt'), render: (m) => formatDateTime(m.createdAt) },
      ]}
    />
  );
}

/** This city's recognitions used elsewhere. */
function UsedElsewhere() {
  const { t, i18n } = useTranslation();
  const list = useRecognitionsUsedElsewhere();
  if (list.isPending) return <LoadingBlock />;
  if (list.isError) return <LoadError text={errorText(list.error, i18n.language, t)} onRetry={() => void list.refetch()} />;
  return (
    <CardTable
      testId="mutual-used-elsewhere"
      rows={list.data.items}
      rowKey={(u) => u.id}
      emptyText={t('mutualRecognition.noneUsedElsewhere')}
      columns={[
        { key: 'name', title: t('mutualRecognition.talent'), render: (u) => u.talentName ?? '—' },
        { key: 'credential', title: t('mutualRecognition.credentialId'), render: (u) => u.credentialId },
        { key: 'city', title: t('mutualRecognition.usedBy'), render: (u) => pickText(u.usedBy.name, i18n.language) },
        {
          key: 'tiers',
          title: t('mutualRecognition.tiers'),
          render: (u) => `${enumLabel(t, 'tierName', u.tier)} → ${enumLabel(t, 'tierName', u.localTier)}`,
        },
        { key: 'status', title: t('mutualRecognition.status'), render: (u) => <MutualStatusTag status={u.status} /> },
        { key: 'receivedAt', title: t('mutualRecognition.receivedAt'), render: (u) => formatDateTime(u.receivedAt) },
      ]}
    />
  );
}

/** The office's page. */
export function OfficeMutualRecognitionPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const mayCall = useMayCall();
  const recheck = useRecheckMutualRecognitions();
  const run = () =>
    recheck.mutate(undefined, {
      onSuccess: (r) => void message.success(t('mutualRecognition.rechecked', { checked: r.checked, ended: r.ended.length })),
      onError: (err) => void message.error(errorText(err, i18n.language, t)),
    });
  return (
    <>
      <PageHeader title={t('mutualRecognition.officeTitle')} subtitle={t('mutualRecognition.officeSubtitle')} />
      <Card
        title={t('mutualRecognition.incomingTitle')}
        style={{ marginBottom: 16 }}
        extra={
          mayCall('recheckMutualRecognitions') ? (
            <Button onClick={run} loading={recheck.isPending} data-testid="mutual-recheck">
              {t('mutualRecognition.recheck')}
            </Button>
          ) : null
        }
      >
        <Incoming />
      </Card>
      <Card title={t('mutualRecognition.usedElsewhereTitle')}>
        <UsedElsewhere />
      </Card>
    </>
  );
}
