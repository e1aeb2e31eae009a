import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type DepartmentFactField, type UserItem } from '@bole/contracts';
import { cityFactSuppliers, cityLabel } from '../../shared/api/city';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { pickText } from '../../shared/lib/bilingual';
import { useIssueDepartmentToken } from './api';

interface Values {
  name: string;
  department: string;
  fields: DepartmentFactField[];
}

/**
 * 数据共享令牌 on an officer's or a delivering department reviewer's row: a bearer token for the
 * department's partner system, limited to its facts (some or all), shown this once.
 */
export function DepartmentTokenAction({ user }: { user: UserItem }) {
  const { t, i18n } = useTranslation();
  const issue = useIssueDepartmentToken();
  const onError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const department = Form.useWatch('department', form);
  const suppliers = cityFactSuppliers().filter((s) => user.role === 'officer' || s.department === user.department);
  if (suppliers.length === 0 || !(user.role === 'officer' || user.role === 'reviewer')) return null;
  const fields = suppliers.find((s) => s.department === department)?.fields ?? [];
  const close = () => {
    setOpen(false);
    setToken(null);
    form.resetFields();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={`department-token-${user.login}`}>
        {t('adminUsers.departmentToken')}
      </Button>
      <Modal
        open={open}
        title={`${t('adminUsers.departmentToken')} · ${user.displayName}`}
        onCancel={close}
        onOk={() => (token ? close() : form.submit())}
        okText={token ? t('common.close') : t('adminUsers.issueToken')}
        confirmLoading={issue.isPending}
        destroyOnHidden
      >
        {token ? (
          <>
            <Alert type="warning" showIcon title={t('adminUsers.tokenOnce')} style={{ marginBottom: 16 }} />
            <Typography.Paragraph copyable={{ text: token }} style={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="department-token">
              {token}
            </Typography.Paragraph>
          </>
        ) : (
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ department: suppliers[0]!.department, fields: [] }}
            onFinish={(v) =>
              issue.mutate(
                { userId: user.id, body: { name: v.name, department: v.department, ...(v.fields.length ? { fields: v.fields } : {}) } },
                { onSuccess: (r) => setToken(r.token), onError: (err) => onError(err, form) },
              )
            }
          >
            <Form.Item name="name" label={t('adminUsers.tokenName')} rules={[{ required: true, message: t('adminUsers.tokenNameRequired') }]}>
              <Input maxLength={64} data-testid="department-token-name" />
            </Form.Item>
            <Form.Item name="department" label={t('adminUsers.department')}>
              <Select
                options={suppliers.map((s) => ({ value: s.department, label: pickText(cityLabel('department', s.department), i18n.language) || s.department }))}
                onChange={() => form.setFieldValue('fields', [])}
              />
            </Form.Item>
            <Form.Item name="fields" label={t('adminUsers.tokenFields')} extra={t('adminUsers.tokenFieldsHint')}>
              <Select mode="multiple" options={fields.map((f) => ({ value: f, label: pickText(fieldLabel(f), i18n.language) }))} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
