import { useState } from 'react';
import { App, Button, Form, Input, Modal, Popconfirm, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UpdateStaffBody, UserItem } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { requiredRule } from '../../shared/form/rules';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { enumOptions } from '../../shared/ui/enum-options';
import { useAccountAction, useUpdateStaff } from './api';

/** 修改, 停用 / 启用 and 解锁 on a staff account's row. */
export function StaffAccountActions({ user }: { user: UserItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useAccountAction();
  const onError = useApiErrorHandler();
  const run = (action: 'disable' | 'enable' | 'unlock') =>
    act.mutate({ id: user.id, action }, { onSuccess: () => void message.success(t(`adminUsers.done.${action}`)), onError: (err) => onError(err) });
  return (
    <>
      <EditStaffAction user={user} />
      {user.disabled ? (
        <Button size="small" onClick={() => run('enable')} loading={act.isPending} data-testid={`enable-${user.login}`}>
          {t('adminUsers.enable')}
        </Button>
      ) : (
        <Popconfirm
          title={t('adminUsers.disable')}
          description={<div style={{ maxWidth: 280 }}>{t('adminUsers.disableConfirm')}</div>}
          okText={t('adminUsers.disable')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('disable')}
        >
          <Button size="small" danger loading={act.isPending} data-testid={`disable-${user.login}`}>
            {t('adminUsers.disable')}
          </Button>
        </Popconfirm>
      )}
      {user.lockedUntil ? (
        <Button size="small" onClick={() => run('unlock')} loading={act.isPending} data-testid={`unlock-${user.login}`}>
          {t('adminUsers.unlock')}
        </Button>
      ) : null}
    </>
  );
}

function EditStaffAction({ user }: { user: UserItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<UpdateStaffBody>();
  const update = useUpdateStaff();
  const onError = useApiErrorHandler();
  const submit = async () => {
    const values = await form.validateFields();
    update.mutate(
      { id: user.id, body: { displayName: values.displayName, department: values.department ?? null } },
      {
        onSuccess: () => {
          void message.success(t('adminUsers.done.edit'));
          setOpen(false);
        },
        onError: (err) => onError(err, form, ['displayName', 'department']),
      },
    );
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={`edit-${user.login}`}>
        {t('adminUsers.edit')}
      </Button>
      <Modal
        open={open}
        title={`${t('adminUsers.edit')} · ${user.login}`}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        confirmLoading={update.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ displayName: user.displayName, department: user.department }}>
          <Form.Item name="displayName" label={t('adminUsers.displayName')} rules={[requiredRule(t, t('adminUsers.displayName'))]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            name="department"
            label={t('adminUsers.department')}
            rules={user.role === 'reviewer' ? [{ required: true, message: t('validation.choose', { label: t('adminUsers.department') }) }] : []}
          >
            <Select allowClear={user.role !== 'reviewer'} options={enumOptions(t, 'department', cityCodes('department'))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
