/**
 * 关键小事 for the talent: file a request or a bundle, and follow each case (a bundle shown as
 * one) with its requests' status, clocks, answers and timeline; rate a closed request once and
 * reopen it once within the reopening window.
 */
import { useState } from 'react';
import { App, Button, Card, Collapse, Empty, Input, Modal, Rate, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVICE_BUNDLE_LABELS, type ServiceBundle, type ServiceRequest } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { formatDateTime } from '../../shared/lib/date-time';
import { LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMyCases, useServiceStep } from './api';
import { ServiceFileForm } from './ServiceFileForm';
import { ServiceClocks, ServiceStatus, ServiceTimeline } from './ServiceParts';

function MyRequest({ request }: { request: ServiceRequest }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const step = useServiceStep(request.id);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const closed = request.status === 'closed' || request.status === 'follow_up';
  const done = (text: string) => ({ onSuccess: () => void message.success(text), onError: (e: unknown) => onError(e) });
  return (
    <Card size="small" data-testid={`my-service-${request.category}`}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <ServiceStatus request={request} />
          <Typography.Text type="secondary">
            {t('serviceDesk.handledBy', { department: pickText(request.departmentName, i18n.language), owner: request.ownerName ?? t('serviceDesk.noOwner') })}
          </Typography.Text>
        </Space>
        <ServiceClocks request={request} />
        {request.answer ? <Typography.Paragraph>{t('serviceDesk.answerIs', { answer: request.answer })}</Typography.Paragraph> : null}
        {closed && request.rating === null ? (
          <Space>
            <Typography.Text>{t('serviceDesk.rateAsk')}</Typography.Text>
            <Rate aria-label={t('serviceDesk.rateAsk')} onChange={(rating) => step.mutate({ step: 'rate', body: { rating } }, done(t('serviceDesk.rated')))} />
          </Space>
        ) : null}
        {request.rating !== null ? <Rate disabled value={request.rating} /> : null}
        {(closed || request.status === 'rated') && !request.reopened ? (
          <Button onClick={() => setReopening(true)} data-testid={`service-reopen-${request.id}`}>
            {t('serviceDesk.reopen')}
          </Button>
        ) : null}
        <Collapse ghost items={[{ key: 'steps', label: t('serviceDesk.timeline'), children: <ServiceTimeline request={request} /> }]} />
      </Space>
      <Modal
        open={reopening}
        title={t('serviceDesk.reopen')}
        onCancel={() => setReopening(false)}
        okText={t('serviceDesk.reopen')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !reason.trim() }}
        onOk={() => step.mutate({ step: 'reopen', body: { reason } }, { ...done(t('serviceDesk.reopened')), onSettled: () => setReopening(false) })}
      >
        <Input.TextArea
          aria-label={t('serviceDesk.reopenReason')}
          placeholder={t('serviceDesk.reopenReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}

/** The talent's service-desk page. */
export function MyServicesPage() {
  const { t, i18n } = useTranslation();
  const q = useMyCases();
  return (
    <>
      <PageHeader title={t('serviceDesk.myTitle')} subtitle={t('serviceDesk.mySubtitle')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <ServiceFileForm />
        {q.isLoading ? <LoadingBlock /> : null}
        {q.data && q.data.items.length === 0 ? <Empty description={t('serviceDesk.noCases')} /> : null}
        {q.data?.items.map((c) => (
          <Card
            key={c.id}
            title={c.bundle ? pickText(SERVICE_BUNDLE_LABELS[c.bundle as ServiceBundle], i18n.language) : t('serviceDesk.case')}
            extra={formatDateTime(c.createdAt)}
            data-testid="my-service-case"
          >
            <Space direction="vertical" style={{ width: '100%' }}>
              {c.requests.map((r) => (
                <MyRequest key={r.id} request={r} />
              ))}
            </Space>
          </Card>
        ))}
      </Space>
    </>
  );
}
