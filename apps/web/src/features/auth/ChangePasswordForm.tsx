import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangePasswordBody } from '@bole/contracts';
import { passwordRule, requiredRule, sameAsRule } from '../../shared/form/rules';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { useChangePassword } from './password-api';

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
      <Form.Item name="newPassword" label={t('password.new')} rules={[requiredRule(t, t('password.new')), passwordRule(t)]} extra={t('password.rule')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="newPasswordConfirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[requiredRule(t, t('password.confirm')), sameAsRule(t, 'newPassword')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
