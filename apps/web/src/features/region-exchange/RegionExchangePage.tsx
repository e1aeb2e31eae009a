/**
 * 区域信息互通 (office): ask a partner city for a talent's facts, and the message log of every
 * signed request and answer sent and received — filtered by partner city, each signature
 * re-verifiable — so the office can show what was asked and answered.
 */
import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MessageLogVerification, RegionMessageLogEntry, TrustListMember } from '@bole/contracts';
import { useMayCall } from '../../shared/access/may-call';
import { errorText } from '../../shared/form/problem';
import { pickText } from '../../shared/lib/bilingual';
import { formatDateTime } from '../../shared/lib/date-time';
import { CardTable } from '../../shared/ui/CardTable';
import { enumLabel } from '../../shared/ui/enum-options';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMessageLog, useTrustList, useVerifyMessageLog } from './api';
import { FactRequestForm } from './FactRequestForm';

/** The outcome of re-verifying the log. */
function VerificationLine({ result }: { result: MessageLogVerification }) {
  const { t } = useTranslation();
  const clean = result.bad.length === 0;
  return (
    <Alert
      type={clean ? 'success' : 'error'}
      showIcon
      data-testid="message-log-verification"
      message={t(clean ? 'regionExchange.logIntact' : 'regionExchange.logBroken', {
        checked: result.checked,
        ok: result.ok,
        refused: result.refusedOnArrival,
        bad: result.bad.length,
      })}
    />
  );
}

/** The message log, for every partner or one. */
function MessageLog({ partners }: { partners: readonly TrustListMember[] }) {
  const { t, i18n } = useTranslation();
  const [peer, setPeer] = useState<string | undefined>(undefined);
  const log = useMessageLog(peer);
  const verify = useVerifyMessageLog();
  const cityName = (code: string) => pickText(partners.find((p) => p.adminCode === code)?.name, i18n.language) || code;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('regionExchange.allCities')}
          aria-label={t('regionExchange.peer')}
          value={peer}
          onChange={setPeer}
          options={partners.map((p) => ({ value: p.adminCode, label: pickText(p.name, i18n.language) }))}
          data-testid="message-log-peer"
        />
        <Button onClick={() => verify.mutate()} loading={verify.isPending} data-testid="message-log-verify">
          {t('regionExchange.verifyLog')}
        </Button>
      </Space>
      {verify.data ? <VerificationLine result={verify.data} /> : null}
      {log.isPending ? <LoadingBlock /> : null}
      {log.isError ? <LoadError text={errorText(log.error, i18n.language, t)} onRetry={() => void log.refetch()} /> : null}
      {log.data ? (
        <CardTable<RegionMessageLogEntry>
          testId="message-log"
          rows={log.data.items}
          rowKey={(m) => String(m.id)}
          emptyText={t('regionExchange.noMessages')}
          columns={[
            { key: 'at', title: t('regionExchange.at'), render: (m) => formatDateTime(m.at) },
            { key: 'direction', title: t('regionExchange.direction'), render: (m) => enumLabel(t, 'regionMessageDirection', m.direction) },
            { key: 'peer', title: t('regionExchange.peer'), render: (m) => cityName(m.peer) },
            { key: 'kind', title: t('regionExchange.kind'), render: (m) => enumLabel(t, 'regionMessageKind', m.kind) },
            { key: 'status', title: t('regionExchange.status'), render: (m) => enumLabel(t, 'regionMessageStatus', m.status) },
            { key: 'reason', title: t('regionExchange.reason'), render: (m) => (m.reason ? enumLabel(t, 'regionRefusalReason', m.reason) : '—') },
            {
              key: 'jti',
              title: t('regionExchange.messageId'),
              render: (m) => (
                <Typography.Text code title={m.digest}>
                  {m.jti.slice(0, 8)}
                </Typography.Text>
              ),
            },
          ]}
        />
      ) : null}
    </Space>
  );
}

/** The office's page. */
export function RegionExchangePage() {
  const { t, i18n } = useTranslation();
  const mayCall = useMayCall();
  const trust = useTrustList();
  if (trust.isPending) return <LoadingBlock />;
  if (trust.isError) return <LoadError text={errorText(trust.error, i18n.language, t)} onRetry={() => void trust.refetch()} />;
  const partners = (trust.data.list?.members ?? []).filter((m) => m.adminCode !== trust.data.selfAdminCode);
  return (
    <>
      <PageHeader title={t('regionExchange.title')} subtitle={t('regionExchange.subtitle')} />
      {!trust.data.enabled || !trust.data.list ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('regionExchange.noTrustList')} data-testid="region-disabled" />
      ) : null}
      {mayCall('requestPartnerFacts') && partners.length > 0 ? (
        <Card title={t('regionExchange.requestTitle')} style={{ marginBottom: 16 }}>
          <FactRequestForm partners={partners} />
        </Card>
      ) : null}
      <Card title={t('regionExchange.logTitle')}>
        <MessageLog partners={partners} />
      </Card>
    </>
  );
}
