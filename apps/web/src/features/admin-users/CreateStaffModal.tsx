import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type CreateStaffBody } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { passwordRule, requiredRule } from '../../shared/form/rules';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { enumOptions } from '../../shared/ui/enum-options';
import { useCreateStaffUser } from './api';

const FIELDS = ['username', 'displayName', 'role', 'department', 'password'] as const;

/** The "new staff account" dialog. */
export function CreateStaffModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateStaffBody>();
  const create = useCreateStaffUser();
  const onError = useApiErrorHandler();
  const role = Form.useWatch('role', form);

  const submit = async () => {
    const values = await form.validateFields();
    create.mutate(
      { ...values, department: values.department ?? null },
      {
        onSuccess: () => {
          void message.success(t('adminUsers.created'));
          form.resetFields();
          onClose();
        },
        onError: (err) => onError(err, form, FIELDS),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('adminUsers.create')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={create.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form<CreateStaffBody>
        form={form}
        layout="vertical"
        initialValues={{ role: 'reviewer', department: cityCodes('department')[0] }}
        data-testid="create-staff-form"
      >
        <Form.Item
          name="username"
          label={t('adminUsers.username')}
          rules={[requiredRule(t, t('adminUsers.username')), { pattern: /^[a-z][a-z0-9_.-]{2,31}$/, message: t('validation.username') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('adminUsers.displayName')} rules={[requiredRule(t, t('adminUsers.displayName'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('adminUsers.role')} rules={[{ required: true }]}>
          <Select options={enumOptions(t, 'role', STAFF_ROLES)} />
        </Form.Item>
        <Form.Item
          name="department"
          label={t('adminUsers.department')}
          rules={role === 'reviewer' ? [{ required: true, message: t('validation.choose', { label: t('adminUsers.department') }) }] : []}
        >
          <Select allowClear options={enumOptions(t, 'department', cityCodes('department'))} />
        </Form.Item>
        <Form.Item name="password" label={t('adminUsers.password')} rules={[requiredRule(t, t('adminUsers.password')), passwordRule(t)]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
