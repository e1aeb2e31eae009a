/** A dialog asking for one value before a decision: a reason (text) or a date. */
import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../shared/ui/DateField';

/** Props of {@link ReasonModal}. */
export interface ReasonModalProps {
  open: boolean;
  title: string;
  label: string;
  kind: 'text' | 'date';
  busy: boolean;
  onOk: (value: string) => void;
  onCancel: () => void;
}

/** Asks for a reason or a date; `onOk` gets the value. */
export function ReasonModal({ open, title, label, kind, busy, onOk, onCancel }: ReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ value: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('employment.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'reason-ok' } as ButtonProps}
    >
      <Form form={form} layout="vertical" onFinish={(v) => onOk(v.value)}>
        <Form.Item name="value" label={label} rules={[{ required: true, message: t('employment.required') }]}>
          {kind === 'date' ? <DateField noFuture /> : <Input.TextArea rows={3} maxLength={300} data-testid="reason-text" />}
        </Form.Item>
      </Form>
    </Modal>
  );
}
