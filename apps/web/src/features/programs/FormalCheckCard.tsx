/**
 * 形式审查 (office): a program's applications with where each stands, its due date and possible
 * duplicates in other programs; one awaiting the check is passed, or returned for completion with
 * a note saying what is missing (its working-day clock pauses until the applicant resubmits).
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgramApplication } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { requiredRule } from '../../shared/form/rules';
import { CardTable } from '../../shared/ui/CardTable';
import { enumLabel } from '../../shared/ui/enum-options';
import { useFormalCheck, useProgramApplications } from './api';

/** The note asked for when returning an application. */
function ReturnDialog({ application, onClose }: { application: ProgramApplication | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const check = useFormalCheck();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal
      open={application !== null}
      title={t('programs.returnTitle', { title: application?.title ?? '' })}
      okText={t('programs.returnApplication')}
      cancelText={t('common.cancel')}
      confirmLoading={check.isPending}
      destroyOnHidden
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'return-confirm' }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ note }) =>
          application &&
          check.mutate(
            { applicationId: application.id, body: { outcome: 'return', note } },
            { onSuccess: () => (void message.success(t('programs.returnedDone')), onClose()), onError: (e) => onError(e, form, ['note']) },
          )
        }
      >
        <Form.Item name="note" label={t('programs.returnNote')} rules={[requiredRule(t, t('programs.returnNote'))]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The formal check of a program's applications. */
export function FormalCheckCard({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const applications = useProgramApplications(programId);
  const check = useFormalCheck();
  const [returning, setReturning] = useState<ProgramApplication | null>(null);
  const pass = (a: ProgramApplication) =>
    check.mutate(
      { applicationId: a.id, body: { outcome: 'pass' } },
      { onSuccess: () => void message.success(t('programs.passedDone')), onError: (e) => onError(e) },
    );
  return (
    <Card title={t('programs.formalCheck')} style={{ marginTop: 16 }}>
      <ReturnDialog application={returning} onClose={() => setReturning(null)} />
      <CardTable<ProgramApplication>
        testId="formal-check"
        rows={applications.data ?? []}
        loading={applications.isLoading}
        rowKey={(a) => a.id}
        emptyText={t('programs.noApplications')}
        columns={[
          { key: 'title', title: t('programs.application'), render: (a) => a.title },
          { key: 'fields', title: t('programs.fields'), render: (a) => a.fields.join('、') },
          {
            key: 'status',
            title: t('programs.status'),
            render: (a) => (
              <Space direction="vertical" size={0}>
                <Tag color={a.formalStatus === 'returned' ? 'warning' : a.formalStatus === 'passed' ? 'success' : 'processing'}>
                  {enumLabel(t, 'formalCheckStatus', a.formalStatus)}
                </Tag>
                {a.formalDueOn && a.formalStatus === 'pending' ? (
                  <Typography.Text type="secondary">{t('programs.formalDue', { dueOn: a.formalDueOn })}</Typography.Text>
                ) : null}
                {a.returnNote && a.formalStatus === 'returned' ? <Typography.Text type="secondary">{a.returnNote}</Typography.Text> : null}
              </Space>
            ),
          },
          {
            key: 'duplicates',
            title: t('programs.duplicates'),
            render: (a) =>
              a.duplicates.length === 0
                ? t('common.none')
                : a.duplicates.map((d) => (
                    <Tag key={d.applicationId} color="orange">
                      {d.title} · {enumLabel(t, 'duplicateReason', d.reason)}
                    </Tag>
                  )),
          },
          {
            key: 'actions',
            title: t('programs.actions'),
            render: (a) =>
              a.formalStatus === 'pending' ? (
                <Space wrap>
                  <Button type="primary" size="small" onClick={() => pass(a)} loading={check.isPending} data-testid={`pass-${a.title}`}>
                    {t('programs.pass')}
                  </Button>
                  <Button size="small" onClick={() => setReturning(a)} data-testid={`return-${a.title}`}>
                    {t('programs.returnApplication')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
