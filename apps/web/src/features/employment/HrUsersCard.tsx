/** The employer's HR users: the registering account invites them (a one-time password to hand over) and disables them. */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HrUser, InvitedHrUser, InviteHrUserBody } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { useHrUsers, useInviteHrUser, useSetHrUserDisabled } from './api';
import { fieldName } from '../../shared/ui/enum-options';

/** The HR users card of the employer portal. */
export function HrUsersCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const users = useHrUsers();
  const invite = useInviteHrUser();
  const setDisabled = useSetHrUserDisabled();
  const [form] = Form.useForm<InviteHrUserBody>();
  const [invited, setInvited] = useState<InvitedHrUser | null>(null);

  const submit = (v: InviteHrUserBody) =>
    invite.mutate(v, {
      onSuccess: (r) => {
        setInvited(r);
        form.resetFields();
      },
      onError: (e) => onError(e, form, ['username', 'displayName']),
    });

  return (
    <Card title={t('employment.hr.title')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Table<HrUser>
          rowKey="id"
          size="small"
          pagination={false}
          loading={users.isLoading}
          dataSource={users.data?.items ?? []}
          data-testid="hr-users"
          columns={[
            { title: fieldName('name'), dataIndex: 'displayName' },
            { title: t('employment.hr.login'), render: (_: unknown, u) => <Typography.Text code>{u.login}</Typography.Text> },
            { title: '', render: (_: unknown, u) => (u.primary ? <Tag>{t('employment.hr.primary')}</Tag> : null) },
            {
              title: t('employment.hr.enabled'),
              render: (_: unknown, u) =>
                u.primary ? null : (
                  <Switch
                    checked={!u.disabled}
                    aria-label={t('employment.hr.enabledOf', { name: u.displayName })}
                    loading={setDisabled.isPending}
                    onChange={(on) =>
                      setDisabled.mutate(
                        { id: u.id, disabled: !on },
                        { onSuccess: () => void message.success(t('employment.saved')), onError: (e) => onError(e) },
                      )
                    }
                  />
                ),
            },
          ]}
        />
        {invited ? (
          <Alert
            type="success"
            showIcon
            closable
            onClose={() => setInvited(null)}
            message={t('employment.hr.invited', { login: invited.user.login })}
            description={
              <span>
                {t('employment.hr.oneTimePassword')}{' '}
                <Typography.Text code copyable data-testid="one-time-password">
                  {invited.temporaryPassword}
                </Typography.Text>
              </span>
            }
          />
        ) : null}
        <Form form={form} layout="inline" onFinish={submit}>
          <Form.Item name="username" label={t('employment.hr.username')} rules={[{ required: true, message: t('employment.required') }]}>
            <Input maxLength={32} />
          </Form.Item>
          <Form.Item name="displayName" label={fieldName('name')} rules={[{ required: true, message: t('employment.required') }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={invite.isPending} data-testid="invite">
            {t('employment.hr.invite')}
          </Button>
        </Form>
      </Space>
    </Card>
  );
}
