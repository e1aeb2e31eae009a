/** The talent's applications (where each is, who holds it, by when) and one application with its timeline. */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Application, ApplicationDetail } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { ApplicationTimeline } from '../../shared/ui/ApplicationTimeline';
import { enumLabel } from '../../shared/ui/enum-options';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { DueDate } from '../../shared/ui/ProvisionalTag';
import { CardTable } from '../../shared/ui/CardTable';
import { formatFen } from '../../shared/lib/money';
import { useApplication, useApplicationActions, useEvidenceOnFile, useMyApplications } from './api';
import { EvidencePicker, type Choices } from './EvidencePicker';

const STATUS_COLOR: Record<Application['status'], string> = { in_review: 'processing', returned: 'warning', approved: 'success', rejected: 'error' };

/** Status with the holder's state (paused, overdue). */
export function StatusCell({ a }: { a: Application }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLOR[a.status]} data-testid={`status-${a.id}`}>
        {enumLabel(t, 'applicationStatus', a.status)}
      </Tag>
      {a.overdue ? <Tag color="red">{t('applications.overdue')}</Tag> : null}
    </Space>
  );
}

/** "Who holds it, by when" in words. */
function holderText(a: Application, lang: 'zh' | 'en', t: (k: string) => string): string {
  if (a.status === 'returned') return t('applications.paused');
  return a.departmentName ? a.departmentName[lang] : '—';
}

/** The list of the talent's applications. */
export function MyApplicationsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const q = useMyApplications();
  if (q.isError) return <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('applications.mineTitle')}
        subtitle={t('applications.mineSubtitle')}
        extra={<Link to="/apply">{t('applications.applyTitle')}</Link>}
      />
      <CardTable<Application>
        testId="my-applications"
        rowKey={(a) => a.id}
        loading={q.isPending}
        rows={q.data?.items ?? []}
        emptyText={t('applications.empty')}
        table={{ scroll: { x: 720 } }}
        columns={[
          { key: 'policy', title: t('applications.policy'), render: (a) => a.policyTitle[lang] },
          { key: 'value', title: t('applications.value'), render: (a) => formatFen(a.valueFen, i18n.language) },
          { key: 'status', title: '', render: (a) => <StatusCell a={a} /> },
          { key: 'holder', title: t('applications.holder'), render: (a) => <span data-testid={`holder-${a.policyId}`}>{holderText(a, lang, t)}</span> },
          {
            key: 'due',
            title: t('applications.due'),
            render: (a) => <DueDate date={a.dueDate} provisional={a.dueDateProvisional} testId={`due-${a.policyId}`} />,
          },
          {
            key: 'open',
            title: '',
            render: (a) => (
              <Link to={`/applications/${a.id}`} data-testid={`open-${a.policyId}`}>
                {t('applications.open')}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}

function Actions({ a }: { a: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const actions = useApplicationActions();
  const onFile = useEvidenceOnFile();
  const [choices, setChoices] = useState<Choices>({});
  const [form] = Form.useForm<{ reason: string }>();
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(t('applications.applied'));
    } catch (e) {
      message.error(errorText(e, i18n.language, t));
    }
  };
  if (a.status === 'returned') {
    const evidence = Object.entries(choices).flatMap(([k, v]) => (v ? [{ requirement: Number(k), evidenceId: v }] : []));
    return (
      <Card title={t('applications.resubmit')} data-testid="resubmit-card">
        <Alert type="warning" showIcon message={`${t('applications.reason')}: ${a.lastReason ?? ''}`} style={{ marginBottom: 12 }} />
        <EvidencePicker requirements={a.requirements} onFile={onFile.data?.items ?? []} choices={choices} onChange={setChoices} testId="resubmit-evidence" />
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={actions.resubmit.isPending}
          data-testid="resubmit"
          onClick={() => void run(() => actions.resubmit.mutateAsync({ id: a.id, body: { evidence } }))}
        >
          {t('applications.resubmit')}
        </Button>
      </Card>
    );
  }
  if (a.status === 'rejected' && !a.appealed) {
    return (
      <Card title={t('applications.appeal')} data-testid="appeal-card">
        <Typography.Paragraph type="secondary">{t('applications.appealHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('applications.appealReason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="appeal-reason" />
          </Form.Item>
          <Button
            type="primary"
            loading={actions.appeal.isPending}
            data-testid="appeal"
            onClick={() => void form.validateFields().then((v) => run(() => actions.appeal.mutateAsync({ id: a.id, reason: v.reason })))}
          >
            {t('applications.appeal')}
          </Button>
        </Form>
      </Card>
    );
  }
  return null;
}

/** One application: where it is, its documents, the checked conditions and the timeline. */
export function ApplicationPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const q = useApplication(id);
  if (q.isPending) return <LoadingBlock />;
  if (q.isError) return <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />;
  const a = q.data;
  return (
    <>
      <PageHeader title={a.policyTitle[lang]} extra={<Link to="/applications">{t('applications.back')}</Link>} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card data-testid="application-facts">
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('applications.policy')}>{a.policyTitle[lang]}</Descriptions.Item>
            <Descriptions.Item label={t('applications.value')}>{a.summary[lang]}</Descriptions.Item>
            <Descriptions.Item label="">
              <StatusCell a={a} />
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.holder')}>
              <span data-testid="holder">{holderText(a, lang, t)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.due')}>
              <DueDate date={a.dueDate} provisional={a.dueDateProvisional} testId="due" />
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Actions a={a} />
        <Card title={t('applications.evidence')}>
          {a.requirements.map((r) => (
            <div key={r.index}>
              <Typography.Text strong>{r.label[lang]}</Typography.Text>
              {': '}
              {r.evidence.map((e) => e.fileName).join('、') || '—'}
            </div>
          ))}
        </Card>
        <Card title={t('applications.timeline')}>
          <ApplicationTimeline steps={a.steps} reasonLabel={t('applications.reason')} />
        </Card>
      </Space>
    </>
  );
}
