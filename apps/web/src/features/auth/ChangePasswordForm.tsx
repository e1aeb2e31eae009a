import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangePasswordBody } from '@bole/contracts';
import { requiredRule } from '../../shared/form/rules';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { useChangePassword } from './password-api';
import { ConfirmPasswordItem, NewPasswordItem } from './PasswordFields';

type Values = ChangePasswordBody & { newPasswordConfirm: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Current password, new password twice; `onChanged` after the server accepted it. */
export function ChangePasswordForm({ onChanged, currentLabel }: { onChanged: () => void; currentLabel?: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const onError = useApiErrorHandler();
  const current = currentLabel ?? t('password.current');

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          onChanged();
        },
        onError: (err) => onError(err, form, FIELDS),
      },
    );
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} data-testid="change-password-form">
      <Form.Item name="currentPassword" label={current} rules={[requiredRule(t, current)]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordItem name="newPassword" label={t('password.new')} extra={t('password.rule')} />
      <ConfirmPasswordItem name="newPasswordConfirm" of="newPassword" label={t('password.confirm')} />
      <Button type="primary" htmlType="submit" block loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
