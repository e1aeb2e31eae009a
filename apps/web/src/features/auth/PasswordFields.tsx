import type { ReactNode } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordRule, requiredRule, sameAsRule } from '../../shared/form/rules';

/** A new password, held to the password rule (registration, change, recovery). */
export function NewPasswordItem({ name, label, extra }: { name: string; label: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[requiredRule(t, label), passwordRule(t)]} extra={extra}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}

/** The same password typed again, checked against the field `of`. */
export function ConfirmPasswordItem({ name, of, label }: { name: string; of: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} dependencies={[of]} rules={[requiredRule(t, label), sameAsRule(t, of)]}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
