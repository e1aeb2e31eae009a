import { useState } from 'react';
import { Alert, Button, Modal, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserItem } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { useResetPassword } from './api';

/** 重置密码 on an account row: confirm, then the one-time password in a dialog, shown this once. */
export function ResetPasswordAction({ user }: { user: UserItem }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const onError = useApiErrorHandler();
  const [oneTime, setOneTime] = useState<string | null>(null);
  return (
    <>
      <Popconfirm
        title={t('adminUsers.resetPassword')}
        description={<div style={{ maxWidth: 280 }}>{t('adminUsers.resetConfirm')}</div>}
        okText={t('adminUsers.resetPassword')}
        cancelText={t('common.cancel')}
        onConfirm={() => reset.mutate(user.id, { onSuccess: (r) => setOneTime(r.oneTimePassword), onError: (err) => onError(err) })}
      >
        <Button size="small" loading={reset.isPending} data-testid={`reset-password-${user.login}`}>
          {t('adminUsers.resetPassword')}
        </Button>
      </Popconfirm>
      <Modal
        open={oneTime !== null}
        title={`${t('adminUsers.oneTimeTitle')} · ${user.displayName}`}
        onCancel={() => setOneTime(null)}
        onOk={() => setOneTime(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('adminUsers.oneTimeNotice')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph
          copyable={{ text: oneTime ?? '' }}
          style={{ fontFamily: 'monospace', fontSize: 20, letterSpacing: 1 }}
          data-testid="one-time-password"
        >
          {oneTime}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
