/**
 * 我的授权 (talent): the consents to share facts with another city of the region — which facts,
 * to whom, for what, until when — with what was shared under each; give one, revoke one.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Consent } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { errorText } from '../../shared/form/problem';
import { formatDate, formatDateTime } from '../../shared/lib/date-time';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CardTable } from '../../shared/ui/CardTable';
import { enumLabel, sharedFactName } from '../../shared/ui/enum-options';
import { useMyConsents, useRevokeConsent } from './api';
import { GiveConsentForm } from './GiveConsentForm';

const STATUS_COLOUR = { active: 'green', revoked: 'default', expired: 'orange' } as const;

/** What was shared under one consent. */
function Uses({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  if (!consent.uses.length) return <Typography.Text type="secondary">{t('consents.noUses')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="consent-uses">
      {consent.uses.map((u) => (
        <li key={`${u.at}-${u.kind}`}>
          {formatDateTime(u.at)} · {enumLabel(t, 'regionMessageKind', u.kind)}
          {u.facts.length ? ` · ${u.facts.map((f) => sharedFactName(f)).join('、')}` : ''}
          {u.reason ? ` · ${enumLabel(t, 'regionRefusalReason', u.reason)}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** The talent's consents. */
export function MyConsentsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const consents = useMyConsents();
  const revoke = useRevokeConsent();
  const [giving, setGiving] = useState(false);
  const header = <PageHeader title={t('consents.title')} subtitle={t('consents.subtitle')} />;
  if (consents.isPending)
    return (
      <>
        {header}
        <LoadingBlock />
      </>
    );
  if (consents.isError)
    return (
      <>
        {header}
        <LoadError text={errorText(consents.error, i18n.language, t)} onRetry={() => void consents.refetch()} />
      </>
    );
  const data = consents.data;
  const doRevoke = (id: string) =>
    revoke.mutate(id, {
      onSuccess: () => void message.success(t('consents.revoked')),
      onError: (err) => void message.error(errorText(err, i18n.language, t)),
    });
  return (
    <>
      {header}
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('consents.explain')} />
      <Card
        title={t('consents.listTitle')}
        extra={
          data.cities.length > 0 && !giving ? (
            <Button type="primary" onClick={() => setGiving(true)} data-testid="consent-new">
              {t('consents.new')}
            </Button>
          ) : null
        }
        style={{ marginBottom: 16 }}
      >
        {giving && (
          <Card
            type="inner"
            title={t('consents.new')}
            style={{ marginBottom: 16 }}
            extra={<Button onClick={() => setGiving(false)}>{t('consents.cancel')}</Button>}
          >
            <GiveConsentForm data={data} onDone={() => setGiving(false)} />
          </Card>
        )}
        {data.cities.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('consents.noRegion')} />}
        <CardTable
          testId="consent-list"
          rows={data.items}
          rowKey={(c) => c.id}
          emptyText={t('consents.none')}
          columns={[
            { key: 'recipient', title: t('consents.recipient'), render: (c) => (c.recipientName ? pickText(c.recipientName, i18n.language) : c.recipient) },
            { key: 'facts', title: t('consents.facts'), render: (c) => c.facts.map((f) => sharedFactName(f)).join('、') },
            { key: 'purpose', title: t('consents.purpose'), render: (c) => enumLabel(t, 'consentPurpose', c.purpose) },
            { key: 'until', title: t('consents.until'), render: (c) => formatDate(c.until) },
            {
              key: 'status',
              title: t('consents.status'),
              render: (c) => (
                <Space direction="vertical" size={0}>
                  <Tag color={STATUS_COLOUR[c.status]} data-testid="consent-status">
                    {enumLabel(t, 'consentStatus', c.status)}
                  </Tag>
                  <Typography.Text type="secondary">{t('consents.givenAt', { at: formatDateTime(c.givenAt) })}</Typography.Text>
                </Space>
              ),
            },
            { key: 'uses', title: t('consents.uses'), render: (c) => <Uses consent={c} /> },
            {
              key: 'actions',
              title: t('consents.actions'),
              render: (c) =>
                c.status === 'active' ? (
                  <Popconfirm
                    title={t('consents.revokeConfirm')}
                    okText={t('consents.revoke')}
                    cancelText={t('consents.cancel')}
                    onConfirm={() => doRevoke(c.id)}
                  >
                    <Button danger size="small" data-testid="consent-revoke">
                      {t('consents.revoke')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
