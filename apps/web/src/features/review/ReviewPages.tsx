/**
 * Reviewers: the decision page (profile summary, documents, the engine's trace, timeline, decision form; a
 * large final approval awaiting a second person, SecondApprovalNotice.tsx).
 * Officers: the overdue list of every department.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Radio, Row, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ReviewDecision, type ReviewQueueItem } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { ApplicationTimeline } from '../../shared/ui/ApplicationTimeline';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel, enumWord, fieldName } from '../../shared/ui/enum-options';
import { ConditionTrace } from '../../shared/ui/ConditionTrace';
import { formatFen } from '../../shared/lib/money';
import { useOverdue, useReviewActions, useReviewApplication } from './api';
import { SecondApprovalNotice } from './SecondApprovalNotice';
import { DueCell, queueColumns } from './queue-columns';
import { IfMayCall } from '../../shared/access/may-call';
import { filesUsedForSeveralKinds } from './shared-evidence';
import { EvidenceViewer, type EvidenceFile } from '../../shared/ui/EvidenceViewer';

function useLang(): 'zh' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}

/** The officer's list of overdue applications in every department. */
export function OverdueListPage() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const q = useOverdue(page, 20);
  const { escalate } = useReviewActions();
  const run = async () => {
    try {
      const r = await escalate.mutateAsync();
      message.success(t('review.escalationDone', { n: r.escalated.length }));
    } catch (e) {
      message.error(errorText(e, i18n.language, t));
    }
  };
  return (
    <>
      <PageHeader
        title={t('review.overdueTitle')}
        subtitle={t('review.overdueSubtitle')}
        extra={
          <IfMayCall operation="escalateOverdueApplications">
            <Button onClick={() => void run()} loading={escalate.isPending} data-testid="run-escalation">
              {t('review.runEscalation')}
            </Button>
          </IfMayCall>
        }
      />
      {q.isError ? (
        <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />
      ) : (
        <Table
          data-testid="overdue-list"
          rowKey="id"
          size="middle"
          loading={q.isPending}
          dataSource={q.data?.items ?? []}
          locale={{ emptyText: t('review.empty') }}
          scroll={{ x: 760 }}
          pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage }}
          columns={[
            { title: t('review.department'), dataIndex: 'department', render: (d: string) => enumWord('department', d) },
            ...queueColumns(t, lang, i18n.language).filter((c) => c.key !== 'open'),
            { title: t('review.daysOverdue'), dataIndex: 'workingDaysOverdue' },
            { title: '', key: 'open', render: (_: unknown, r: ReviewQueueItem) => <Link to={`/review/applications/${r.id}`}>{t('review.open')}</Link> },
          ]}
        />
      )}
    </>
  );
}

/** The decision page of one application. */
export function ApplicationDecisionPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const { message, modal } = App.useApp();
  const q = useReviewApplication(id);
  const { decide } = useReviewActions();
  const [choice, setChoice] = useState<ReviewDecision>('approve');
  const [form] = Form.useForm<{ reason?: string }>();
  const [viewing, setViewing] = useState<EvidenceFile | null>(null);
  if (q.isPending) return <LoadingBlock />;
  if (q.isError) return <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />;
  const a = q.data;
  const pending = a.pendingSecondApproval ?? null;
  const shared = filesUsedForSeveralKinds(a.requirements);
  const send = async (reason: string | undefined) => {
    try {
      await decide.mutateAsync({ id: a.id, body: { decision: choice, expectedVersion: a.version, ...(reason ? { reason } : {}) } });
      message.success(t('review.decided'));
      form.resetFields();
    } catch (e) {
      message.error(errorText(e, i18n.language, t));
    }
  };
  const submit = async () => {
    const v = await form.validateFields();
    if (choice !== 'approve') return send(v.reason);
    const value = formatFen(a.valueFen, i18n.language);
    if (!pending) {
      if (a.secondApprovalAboveFen === undefined || a.valueFen <= a.secondApprovalAboveFen) return send(v.reason);
      // A large item: say how much before approving it.
      modal.confirm({
        title: t('review.highValue.confirmTitle', { value }),
        content: t('review.highValue.confirmBody', { value, threshold: formatFen(a.secondApprovalAboveFen, i18n.language) }),
        okText: t('review.highValue.confirm'),
        cancelText: t('common.cancel'),
        okButtonProps: { 'data-testid': 'high-value-ok' } as ButtonProps,
        onOk: () => send(v.reason),
      });
      return;
    }
    // Completing a large approval moves money: say how much and after whom, and ask once more.
    modal.confirm({
      title: t('review.second.confirmTitle', { value }),
      content: t('review.second.confirmBody', { name: pending.firstApprovedByName ?? '—' }),
      okText: t('review.second.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'second-approve-ok' } as ButtonProps,
      onOk: () => send(v.reason),
    });
  };
  const p = a.profile;
  return (
    <>
      <PageHeader
        title={`${t('review.decisionTitle')} · ${a.talentName} · ${a.policyTitle[lang]}`}
        extra={<Link to="/review/applications">{t('review.back')}</Link>}
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card data-testid="decision-facts">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('review.policy')}>{a.policyTitle[lang]}</Descriptions.Item>
            <Descriptions.Item label={t('review.value')}>{a.summary[lang]}</Descriptions.Item>
            <Descriptions.Item label={t('review.stage')}>
              <Tag data-testid="decision-status">{enumLabel(t, 'applicationStatus', a.status)}</Tag>
              {a.departmentName ? a.departmentName[lang] : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('review.due')}>
              <DueCell
                item={{ id: a.id, dueDate: a.dueDate ?? '—', dueDateProvisional: a.dueDateProvisional, overdue: a.overdue, escalated: a.escalatedAt !== null }}
              />
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {p ? (
          <Card title={t('review.profile')} size="small">
            <Descriptions size="small" column={{ xs: 1, md: 4 }}>
              <Descriptions.Item label={fieldName('highestDegree')}>{enumLabel(t, 'degree', p.highestDegree)}</Descriptions.Item>
              <Descriptions.Item label={fieldName('title')}>{enumLabel(t, 'title', p.title)}</Descriptions.Item>
              <Descriptions.Item label={fieldName('employerId')}>{p.employerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={fieldName('district')}>{enumLabel(t, 'district', p.district)}</Descriptions.Item>
              <Descriptions.Item label={fieldName('arrivalDate')}>{p.arrivalDate ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={fieldName('socialInsuranceMonths')}>{p.socialInsuranceMonths}</Descriptions.Item>
              <Descriptions.Item label={fieldName('age')}>{p.age ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        ) : null}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <EvidenceViewer file={viewing} onClose={() => setViewing(null)} />
            <Card title={t('review.evidence')} size="small" data-testid="decision-evidence">
              {shared.size > 0 ? (
                <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={t('review.sharedFile')} data-testid="shared-file-warning" />
              ) : null}
              {a.requirements.map((r) => (
                <div key={r.index} style={{ marginBottom: 6 }}>
                  <Typography.Text strong>{r.label[lang]}</Typography.Text>
                  {': '}
                  {r.evidence.length === 0
                    ? '—'
                    : r.evidence.map((e) => (
                        <span key={e.id} style={{ marginInlineEnd: 8 }}>
                          <Typography.Link onClick={() => setViewing(e)} data-testid="view-evidence">
                            {e.fileName}
                          </Typography.Link>
                          {shared.has(e.sha256) ? (
                            <Tag color="warning" style={{ marginInlineStart: 4 }} data-testid="shared-file">
                              {t('review.sharedFileTag')}
                            </Tag>
                          ) : null}
                        </span>
                      ))}
                </div>
              ))}
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card title={t('review.trace')} size="small" data-testid="decision-trace">
              <ConditionTrace conditions={a.conditions} passText={t('review.pass')} failText={t('review.fail')} />
            </Card>
          </Col>
        </Row>
        {pending ? <SecondApprovalNotice application={a} pending={pending} /> : null}
        {a.canDecide ? (
          <Card title={pending ? t('review.second.decision') : t('review.decision')} data-testid="application-decision">
            <Form form={form} layout="vertical">
              <Radio.Group
                value={choice}
                onChange={(e) => setChoice(e.target.value as ReviewDecision)}
                optionType="button"
                buttonStyle="solid"
                style={{ marginBottom: 16 }}
              >
                <Radio.Button value="approve" data-testid="app-choice-approve">
                  {t('review.approve')}
                </Radio.Button>
                <Radio.Button value="return" data-testid="app-choice-return">
                  {t('review.return')}
                </Radio.Button>
                <Radio.Button value="reject" data-testid="app-choice-reject">
                  {t('review.reject')}
                </Radio.Button>
              </Radio.Group>
              <Form.Item
                name="reason"
                label={t('review.reason')}
                extra={t('review.reasonHint')}
                rules={choice === 'approve' ? [] : [{ required: true, min: 2, message: t('review.reasonHint') }]}
              >
                <Input.TextArea rows={3} maxLength={1000} data-testid="app-decision-reason" />
              </Form.Item>
              <Button type="primary" onClick={() => void submit()} loading={decide.isPending} data-testid="app-decision-submit">
                {t('review.confirm')}
              </Button>
            </Form>
          </Card>
        ) : pending?.firstApprovedByYou ? null : (
          <Alert
            type="info"
            showIcon
            message={`${enumLabel(t, 'applicationStatus', a.status)}${a.departmentName ? ` · ${a.departmentName[lang]}` : ''}`}
            description={a.status === 'in_review' ? t('review.notYours') : undefined}
            data-testid="app-decided"
          />
        )}
        <Card title={t('review.timeline')} size="small">
          <ApplicationTimeline steps={a.steps} reasonLabel={t('review.reason')} />
        </Card>
      </Space>
    </>
  );
}
