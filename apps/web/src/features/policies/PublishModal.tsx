/** Publishing a draft version from a date: the date field, the server's refusal if any. */
import { useState } from 'react';
import { Alert, App, Modal, Space, Typography } from 'antd';
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
  const [publishError, setPublishError] = useState<string | null>(null);

  const confirm = () =>
    version !== null &&
    effectiveFrom &&
    publish.mutate(
      { v: version, effectiveFrom },
      {
        onSuccess: (v) => {
          onClose();
          setPublishError(null);
          onPublished(v);
          void message.success(t('policies.published', { version: v.version, date: v.effectiveFrom }));
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
        {publishError ? <Alert type="error" showIcon message={publishError} data-testid="publish-error" /> : null}
      </Space>
    </Modal>
  );
}
