/**
 * One request for its handlers: the talent's form, the clocks, the timeline, and the owner's
 * steps of the closed loop — claim (首接负责), first contact, update, hand-over, co-handling,
 * stopping and resuming the clock, answer, close, follow-up. Each step asks for its note.
 */
import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  CLOCK_STOP_PARTIES,
  CLOCK_STOP_PARTY_LABELS,
  SERVICE_FORM_FIELD_LABELS,
  SERVICE_OUTCOME_LABELS,
  SERVICE_OUTCOMES,
  mayCall,
  type Me,
  type ServiceOutcome,
  type ServiceRequest,
} from '@bole/contracts';
import { cityCodes, cityLabel } from '../../shared/api/city';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useConcierges, useServiceRequest, useServiceStep } from './api';
import type { StepCall, StepName } from './steps';
import { ServiceClocks, ServiceStatus, ServiceTimeline } from './ServiceParts';
import { ServiceEvidence } from './ServiceEvidence';

/** The steps the owner may take in each state (claim is anyone's while nobody owns it). */
function stepsFor(r: ServiceRequest, mine: boolean): StepName[] {
  if (r.status === 'accepted') return ['claim'];
  if (!mine) return [];
  if (r.status === 'assigned') return ['contact', 'hand-over', 'co-handle'];
  if (r.status === 'in_progress') return r.stopped ? ['resume-clock', 'answer'] : ['update', 'answer', 'stop-clock', 'hand-over', 'co-handle'];
  if (r.status === 'answered') return ['close'];
  if (r.status === 'closed') return ['follow-up'];
  return [];
}

type Values = {
  note: string;
  toUserId?: string;
  department?: string;
  waitingFor?: 'talent' | 'third_party';
  outcome?: ServiceOutcome;
  rule?: string;
  redirectedTo?: string;
};

/** The request page; concierges act, heads, officers and auditors read. */
export function ServiceRequestPage({ me }: { me: Me }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const q = useServiceRequest(id);
  const act = useServiceStep(id);
  const [open, setOpen] = useState<StepName | null>(null);
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const concierges = useConcierges(open === 'hand-over');
  if (!q.data) return <LoadingBlock />;
  const r = q.data;
  const steps = mayCall(me.role, 'claimServiceRequest') ? stepsFor(r, r.ownerId === me.id) : [];
  const label = (s: StepName) => t(`serviceDesk.step.${s}`);

  const run = (s: StepName, v: Values) => {
    const body = s === 'claim' ? {} : s === 'answer' ? { outcome: v.outcome, note: v.note, rule: v.rule, redirectedTo: v.redirectedTo } : v;
    act.mutate({ step: s, body } as StepCall, {
      onSuccess: () => {
        void message.success(t('serviceDesk.done', { step: label(s) }));
        setOpen(null);
        form.resetFields();
      },
      onError: (e) => onError(e, form, ['note', 'rule', 'redirectedTo', 'toUserId', 'department', 'waitingFor']),
    });
  };

  return (
    <>
      <PageHeader title={<ServiceStatus request={r} />} subtitle={t('serviceDesk.requestSubtitle', { talent: r.talentName ?? '—', date: r.submittedOn })} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('serviceDesk.department')}>{pickText(r.departmentName, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk.owner')}>{r.ownerName ?? t('serviceDesk.noOwner')}</Descriptions.Item>
            <Descriptions.Item label={t('serviceDesk.coHandlers')}>
              {r.coDepartments.map((d) => pickText(cityLabel('department', d), i18n.language) || d).join('、') || '—'}
            </Descriptions.Item>
            {Object.entries(r.form).map(([k, v]) => (
              <Descriptions.Item key={k} label={pickText(SERVICE_FORM_FIELD_LABELS[k as keyof typeof SERVICE_FORM_FIELD_LABELS], i18n.language) || k}>
                {v}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <ServiceEvidence request={r} />
          <div style={{ marginTop: 12 }}>
            <ServiceClocks request={r} />
          </div>
          {r.answer ? <Typography.Paragraph style={{ marginTop: 12 }}>{t('serviceDesk.answerIs', { answer: r.answer })}</Typography.Paragraph> : null}
          {steps.length ? (
            <Space wrap style={{ marginTop: 16 }}>
              {steps.map((s, i) => (
                <Button
                  key={s}
                  type={i === 0 ? 'primary' : 'default'}
                  onClick={() => (s === 'claim' ? run(s, { note: '' }) : setOpen(s))}
                  data-testid={`service-step-${s}`}
                >
                  {label(s)}
                </Button>
              ))}
            </Space>
          ) : null}
        </Card>
        <Card title={t('serviceDesk.timeline')}>
          <ServiceTimeline request={r} />
        </Card>
      </Space>
      <Modal
        open={open !== null}
        title={open ? label(open) : ''}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        okText={open ? label(open) : ''}
        okButtonProps={{ loading: act.isPending, 'data-testid': 'service-step-ok' } as ButtonProps}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => open && run(open, v)}>
          {open === 'hand-over' ? (
            <Form.Item name="toUserId" label={t('serviceDesk.toConcierge')} rules={[{ required: true, message: t('serviceDesk.required') }]}>
              <Select options={(concierges.data?.items ?? []).filter((c) => c.id !== me.id).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          ) : null}
          {open === 'co-handle' ? (
            <Form.Item name="department" label={t('serviceDesk.department')} rules={[{ required: true, message: t('serviceDesk.required') }]}>
              <Select
                options={cityCodes('department')
                  .filter((d) => d !== r.department)
                  .map((d) => ({ value: d, label: pickText(cityLabel('department', d), i18n.language) }))}
              />
            </Form.Item>
          ) : null}
          {open === 'stop-clock' ? (
            <Form.Item name="waitingFor" label={t('serviceDesk.waitingFor')} rules={[{ required: true, message: t('serviceDesk.required') }]}>
              <Select options={CLOCK_STOP_PARTIES.map((p) => ({ value: p, label: pickText(CLOCK_STOP_PARTY_LABELS[p], i18n.language) }))} />
            </Form.Item>
          ) : null}
          {open === 'answer' ? (
            <>
              <Form.Item name="outcome" label={t('serviceDesk.outcome')} rules={[{ required: true, message: t('serviceDesk.required') }]}>
                <Select options={SERVICE_OUTCOMES.map((o) => ({ value: o, label: pickText(SERVICE_OUTCOME_LABELS[o], i18n.language) }))} />
              </Form.Item>
              {outcome === 'not_possible' ? (
                <Form.Item name="rule" label={t('serviceDesk.rule')} rules={[{ required: true, message: t('serviceDesk.required') }]}>
                  <Input maxLength={300} />
                </Form.Item>
              ) : null}
              {outcome === 'redirected' ? (
                <Form.Item name="redirectedTo" label={t('serviceDesk.redirectedTo')} rules={[{ required: true, message: t('serviceDesk.required') }]}>
                  <Input maxLength={200} />
                </Form.Item>
              ) : null}
            </>
          ) : null}
          <Form.Item name="note" label={t('serviceDesk.note')} rules={[{ required: true, whitespace: true, message: t('serviceDesk.required') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
