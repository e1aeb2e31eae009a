/**
 * Requesting the publication of a draft version from a date (a second officer approves it): the
 * date, an optional reason, the server's refusal if any.
 */
import { useState } from 'react';
import { Alert, App, Input, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { PolicyVersionDetail } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { DateField } from '../../shared/ui/DateField';
import type { usePolicyMutations } from './api';

type PublishMutation = ReturnType<typeof usePolicyMutations>['publish'];

export function PublishModal({
  version,
  open,
  publish,
  onClose,
  onPublished,
  onFailed,
}: {
  version: number | null;
  open: boolean;
  publish: PublishMutation;
  onClose: () => void;
  onPublished: (v: PolicyVersionDetail) => void;
  onFailed: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [effectiveFrom, setEffectiveFrom] = useState<string | null>(dayjs().add(1, 'day').format('YYYY-MM-DD'));
  const [reason, setReason] = useState('');
  const [publishError, setPublishError] = useState<string | null>(null);

  const confirm = () =>
    version !== null &&
    effectiveFrom &&
    publish.mutate(
      { v: version, effectiveFrom, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: (v) => {
          onClose();
          setPublishError(null);
          setReason('');
          onPublished(v);
          void message.success(t('policies.publishRequested', { version: v.version, date: v.pendingPublication?.effectiveFrom ?? effectiveFrom }));
        },
        onError: (err) => {
          setPublishError(errorText(err, i18n.language, t));
          onFailed();
        },
      },
    );

  return (
    <Modal
      title={t('policies.publishTitle', { version: version ?? '' })}
      open={open}
      onCancel={() => {
        onClose();
        setPublishError(null);
      }}
      onOk={confirm}
      okText={t('policies.publish')}
      okButtonProps={{ loading: publish.isPending, disabled: !effectiveFrom, id: 'confirm-publish' }}
    >
      <Typography.Paragraph>{t('policies.publishHint')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <span>{t('policies.effectiveFrom')}</span>
        <DateField value={effectiveFrom} onChange={setEffectiveFrom} aria-label={t('policies.effectiveFrom')} />
        <span>{t('policies.publishReason')}</span>
        <Input.TextArea
          rows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-label={t('policies.publishReason')}
          data-testid="publish-reason"
        />
        {publishError ? <Alert type="error" showIcon message={publishError} data-testid="publish-error" /> : null}
      </Space>
    </Modal>
  );
}
