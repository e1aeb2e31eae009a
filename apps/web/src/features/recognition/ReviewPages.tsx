/**
 * 人社局 reviewer: the HR review queue and the decision page (approve with the employment and
 * social-insurance checks, reject or return with a reason).
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { HrDecisionBody } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useQueue, useRecognition, useRecognitionActions } from './api';
import { CaseBasis } from './CaseBasis';
import { CaseFacts, CaseTimeline } from './CaseSummary';
import { EvidencePanel } from './EvidencePanel';
import { QueueTable } from './QueueTable';
import { enumLabel } from '../../shared/ui/enum-options';

/** The HR review queue. */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const q = useQueue('hr');
  return (
    <>
      <PageHeader title={t('recognition.queueTitle')} subtitle={t('recognition.queueSubtitle')} />
      {q.isError ? (
        <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />
      ) : (
        <QueueTable testId="hr-queue" items={q.data?.items ?? []} loading={q.isPending} base="/review/recognitions" />
      )}
    </>
  );
}

type Choice = 'approve' | 'reject' | 'return';

/** The decision page of one case. */
export function ReviewDecisionPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const rec = useRecognition(id);
  const actions = useRecognitionActions();
  const [choice, setChoice] = useState<Choice>('approve');
  const [form] = Form.useForm();
  if (rec.isPending) return <LoadingBlock />;
  if (rec.isError) return <LoadError text={errorText(rec.error, i18n.language, t)} onRetry={() => void rec.refetch()} />;
  const r = rec.data;
  const submit = async () => {
    const v = (await form.validateFields()) as { employmentVerified?: boolean; si?: number; reason?: string; comment?: string };
    const body: HrDecisionBody =
      choice === 'approve'
        ? { decision: 'approve', employmentVerified: true, socialInsuranceMonthsVerified: v.si ?? 0, ...(v.comment ? { comment: v.comment } : {}) }
        : { decision: choice, reason: v.reason ?? '' };
    try {
      await actions.hrDecide.mutateAsync({ id: r.id, body });
      message.success(t('recognition.decided'));
    } catch (e) {
      message.error(errorText(e, i18n.language, t));
    }
  };
  return (
    <>
      <PageHeader title={`${t('recognition.queueTitle')} · ${r.talentName}`} extra={<Link to="/review/recognitions">{t('recognition.back')}</Link>} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <CaseFacts r={r} showTalent />
        <CaseBasis r={r} />
        <EvidencePanel r={r} editable={false} />
        {r.status === 'hr_review' ? (
          <Card title={t('recognition.decision')} data-testid="hr-decision">
            <Form form={form} layout="vertical" initialValues={{ si: r.socialInsuranceMonths ?? 0 }}>
              <Radio.Group
                value={choice}
                onChange={(e) => setChoice(e.target.value as Choice)}
                optionType="button"
                buttonStyle="solid"
                style={{ marginBottom: 16 }}
              >
                <Radio.Button value="approve" data-testid="choice-approve">
                  {t('recognition.approve')}
                </Radio.Button>
                <Radio.Button value="return" data-testid="choice-return">
                  {t('recognition.return')}
                </Radio.Button>
                <Radio.Button value="reject" data-testid="choice-reject">
                  {t('recognition.reject')}
                </Radio.Button>
              </Radio.Group>
              {choice === 'approve' ? (
                <>
                  <Form.Item
                    name="employmentVerified"
                    valuePropName="checked"
                    extra={t('recognition.employmentVerifyHow', { employer: r.employerName ?? '—' })}
                    rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('recognition.employmentUnverified')))) }]}
                  >
                    <Checkbox data-testid="employment-verified">{t('recognition.employmentVerified')}</Checkbox>
                  </Form.Item>
                  <Form.Item name="si" label={t('recognition.siVerified')} rules={[{ required: true }]}>
                    <InputNumber min={0} max={600} data-testid="si-verified" />
                  </Form.Item>
                  <Form.Item name="comment" label={t('recognition.comment')}>
                    <Input.TextArea rows={2} maxLength={1000} />
                  </Form.Item>
                </>
              ) : (
                <Form.Item
                  name="reason"
                  label={t('recognition.reason')}
                  extra={t('recognition.reasonHint')}
                  rules={[{ required: true, min: 2, message: t('recognition.reasonHint') }]}
                >
                  <Input.TextArea rows={3} maxLength={1000} data-testid="decision-reason" />
                </Form.Item>
              )}
              <Button type="primary" onClick={() => void submit()} loading={actions.hrDecide.isPending} data-testid="decision-submit">
                {t('recognition.confirm')}
              </Button>
            </Form>
          </Card>
        ) : (
          <Alert type="info" showIcon message={enumLabel(t, 'recognitionStatus', r.status)} data-testid="decided" />
        )}
        <Flex vertical>
          <Typography.Title level={5}>{t('recognition.timeline')}</Typography.Title>
          <CaseTimeline r={r} />
        </Flex>
      </Space>
    </>
  );
}
