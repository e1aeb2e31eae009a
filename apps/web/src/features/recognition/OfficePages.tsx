/**
 * 人才办 (officer): approvals, public notice management with objections, the grant, and
 * closed cases.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, List, Radio, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { businessDate, type Objection, type Recognition } from '@bole/contracts';
import { formatDate, nextDay } from '../../shared/lib/date-time';
import { errorText } from '../../shared/form/problem';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useQueue, useRecognition, useRecognitionActions } from './api';
import { CaseBasis } from './CaseBasis';
import { CaseFacts, CaseTimeline } from './CaseSummary';
import { EvidencePanel } from './EvidencePanel';
import { QueueTable } from './QueueTable';
import { SettingsCard } from './SettingsCard';

const STAGES = ['office', 'notice', 'closed'] as const;

function StageTable({ stage }: { stage: (typeof STAGES)[number] }) {
  const { t, i18n } = useTranslation();
  const q = useQueue(stage);
  if (q.isError) return <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />;
  return <QueueTable testId={`office-${stage}`} items={q.data?.items ?? []} loading={q.isPending} base="/office/recognitions" />;
}

/** The office's list, one tab per stage (the auditor reads it without the sweep). */
export function OfficeQueuePage({ readOnly = false }: { readOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const actions = useRecognitionActions();
  const tab = (STAGES as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as (typeof STAGES)[number]) : 'office';
  return (
    <>
      <PageHeader
        title={t('recognition.officeTitle')}
        subtitle={t('recognition.officeSubtitle')}
        extra={
          readOnly ? null : (
            <Button
              data-testid="sweep"
              loading={actions.sweep.isPending}
              onClick={() =>
                actions.sweep
                  .mutateAsync(undefined)
                  .then((r) => message.success(t('recognition.sweepDone', { granted: r.granted.length, skipped: r.skipped.length })))
                  .catch((e: unknown) => message.error(errorText(e, i18n.language, t)))
              }
            >
              {t('recognition.sweep')}
            </Button>
          )
        }
      />
      <SettingsCard readOnly={readOnly} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={STAGES.map((s) => ({ key: s, label: <span data-testid={`tab-${s}`}>{t(`recognition.tabs.${s}`)}</span>, children: <StageTable stage={s} /> }))}
      />
    </>
  );
}

function ObjectionItem({ r, o, readOnly }: { r: Recognition; o: Objection; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const actions = useRecognitionActions();
  const [outcome, setOutcome] = useState<'uphold' | 'dismiss'>('dismiss');
  const [resolution, setResolution] = useState('');
  const color = o.status === 'open' ? 'orange' : o.status === 'upheld' ? 'red' : 'green';
  const label =
    o.status === 'open' ? t('recognition.objectionOpen') : o.status === 'upheld' ? t('recognition.objectionUpheld') : t('recognition.objectionDismissed');
  return (
    <List.Item data-testid="objection">
      <Flex vertical gap={6} style={{ width: '100%' }}>
        <div>
          <Tag color={color}>{label}</Tag>
          <Typography.Text strong>{o.name}</Typography.Text> <Typography.Text type="secondary">{o.contact}</Typography.Text>
        </div>
        <Typography.Paragraph style={{ margin: 0 }}>{o.reason}</Typography.Paragraph>
        {o.resolution ? (
          <Typography.Text type="secondary">
            {t('recognition.resolution')}：{o.resolution}
          </Typography.Text>
        ) : null}
        {o.status === 'open' && !readOnly ? (
          <Flex gap={8} wrap align="center">
            <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as 'uphold' | 'dismiss')}>
              <Radio value="dismiss" data-testid="objection-dismiss">
                {t('recognition.dismiss')}
              </Radio>
              <Radio value="uphold" data-testid="objection-uphold">
                {t('recognition.uphold')}
              </Radio>
            </Radio.Group>
            <Input
              style={{ flex: 1, minWidth: 200 }}
              placeholder={t('recognition.resolution')}
              value={resolution}
              onChange={(e) => setResolution(e.target.value)}
              data-testid="objection-resolution"
            />
            <Button
              type="primary"
              data-testid="objection-resolve"
              loading={actions.resolve.isPending}
              onClick={() =>
                actions.resolve
                  .mutateAsync({ id: r.id, objectionId: o.id, body: { outcome, resolution } })
                  .then(() => message.success(t('recognition.decided')))
                  .catch((e: unknown) => message.error(errorText(e, i18n.language, t)))
              }
            >
              {t('recognition.confirm')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </List.Item>
  );
}

/** One case for the office: approve / reject / return, objections, grant (the auditor only reads). */
export function OfficeDecisionPage({ readOnly = false }: { readOnly?: boolean }) {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const rec = useRecognition(id);
  const actions = useRecognitionActions();
  const [choice, setChoice] = useState<'approve' | 'reject' | 'return'>('approve');
  const [reason, setReason] = useState('');
  if (rec.isPending) return <LoadingBlock />;
  if (rec.isError) return <LoadError text={errorText(rec.error, i18n.language, t)} onRetry={() => void rec.refetch()} />;
  const r = rec.data;
  // 办结 is possible the day after the notice's last day (the server refuses it before).
  const noticeRunning = r.status === 'public_notice' && r.noticeEndsOn !== null && businessDate(new Date()) <= r.noticeEndsOn;
  const fail = (e: unknown) => message.error(errorText(e, i18n.language, t));
  return (
    <>
      <PageHeader title={`${t('recognition.officeTitle')} · ${r.talentName}`} extra={<Link to="/office/recognitions">{t('recognition.back')}</Link>} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <CaseFacts r={r} showTalent />
        <CaseBasis r={r} />
        <EvidencePanel r={r} editable={false} />
        {r.status === 'office_review' && !readOnly ? (
          <Card title={t('recognition.decision')} data-testid="office-decision">
            <Flex vertical gap={12}>
              <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value as typeof choice)} optionType="button" buttonStyle="solid">
                <Radio.Button value="approve" data-testid="office-approve">
                  {t('recognition.approve')}
                </Radio.Button>
                <Radio.Button value="return" data-testid="office-return">
                  {t('recognition.return')}
                </Radio.Button>
                <Radio.Button value="reject" data-testid="office-reject">
                  {t('recognition.reject')}
                </Radio.Button>
              </Radio.Group>
              {choice !== 'approve' ? (
                <Input.TextArea
                  rows={3}
                  placeholder={t('recognition.reasonHint')}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  data-testid="office-reason"
                />
              ) : null}
              <div>
                <Button
                  type="primary"
                  data-testid="office-submit"
                  loading={actions.officeDecide.isPending}
                  onClick={() =>
                    actions.officeDecide
                      .mutateAsync({ id: r.id, body: choice === 'approve' ? { decision: 'approve' } : { decision: choice, reason } })
                      .then(() => message.success(t('recognition.decided')))
                      .catch(fail)
                  }
                >
                  {t('recognition.confirm')}
                </Button>
              </div>
            </Flex>
          </Card>
        ) : null}
        {r.noticeStartsOn ? (
          <Card
            title={t('recognition.objections')}
            extra={
              r.status === 'public_notice' && !readOnly ? (
                <Space wrap>
                  {noticeRunning ? (
                    <Typography.Text type="secondary" data-testid="finalize-from">
                      {t('recognition.finalizeFrom', { until: formatDate(r.noticeEndsOn!), from: formatDate(nextDay(r.noticeEndsOn!)) })}
                    </Typography.Text>
                  ) : null}
                  <Button
                    type="primary"
                    data-testid="finalize"
                    disabled={noticeRunning}
                    loading={actions.finalize.isPending}
                    onClick={() =>
                      actions.finalize
                        .mutateAsync(r.id)
                        .then(() => message.success(t('recognition.finalized')))
                        .catch(() => undefined /* shown below */)
                    }
                  >
                    {t('recognition.finalize')}
                  </Button>
                </Space>
              ) : null
            }
          >
            {actions.finalize.isError ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                message={errorText(actions.finalize.error, i18n.language, t)}
                data-testid="finalize-error"
              />
            ) : null}
            <List
              dataSource={r.objections ?? []}
              locale={{ emptyText: '—' }}
              renderItem={(o) => <ObjectionItem key={o.id} r={r} o={o} readOnly={readOnly} />}
            />
          </Card>
        ) : null}
        <div>
          <Typography.Title level={5}>{t('recognition.timeline')}</Typography.Title>
          <CaseTimeline r={r} />
        </div>
      </Space>
    </>
  );
}
