import { useState } from 'react';
import { Button, Card, Flex, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type UserItem, type UserListQuery } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel, enumOptions } from '../../shared/ui/enum-options';
import { useUsers } from './api';
import { CreateStaffModal } from './CreateStaffModal';
import { ResetPasswordAction } from './ResetPasswordAction';
import { DepartmentTokenAction } from './DepartmentTokenAction';
import { StaffAccountActions } from './StaffAccountActions';
import { formatDateTime } from '../../shared/lib/date-time';

/** 用户管理: the admin lists staff accounts (server-paginated, by role), creates, edits, disables, enables, unlocks and resets them. */
export function AdminUsersPage({ selfId }: { selfId: string }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState<UserListQuery>({ page: 1, pageSize: 20 });
  const users = useUsers(query);
  const [open, setOpen] = useState(false);
  const time = (v: string | null) => (v ? formatDateTime(v) : t('common.none'));
  return (
    <>
      <PageHeader
        title={t('adminUsers.title')}
        subtitle={t('adminUsers.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-staff">
            {t('adminUsers.create')}
          </Button>
        }
      />
      <Card size="small">
        <Flex style={{ marginBottom: 12 }}>
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={t('adminUsers.allRoles')}
            aria-label={t('adminUsers.allRoles')}
            value={query.role ?? null}
            options={enumOptions(t, 'role', STAFF_ROLES)}
            onChange={(role: UserListQuery['role'] | null) => setQuery({ ...query, role: role ?? undefined, page: 1 })}
            data-testid="filter-role"
          />
        </Flex>
        {users.isError ? (
          <LoadError text={errorText(users.error, i18n.language, t)} onRetry={() => void users.refetch()} />
        ) : (
          <Table<UserItem>
            rowKey="id"
            loading={users.isFetching}
            dataSource={users.data?.items ?? []}
            scroll={{ x: 1100 }}
            data-testid="staff-table"
            onChange={(p) => setQuery({ ...query, page: p.current ?? 1, pageSize: p.pageSize ?? query.pageSize })}
            pagination={{ current: query.page, pageSize: query.pageSize, total: users.data?.total ?? 0, showTotal: (total) => t('common.total', { total }) }}
            columns={[
              {
                key: 'login',
                dataIndex: 'login',
                title: t('adminUsers.username'),
                render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span>,
              },
              { key: 'displayName', dataIndex: 'displayName', title: t('adminUsers.displayName') },
              { key: 'role', dataIndex: 'role', title: t('adminUsers.role'), render: (v: string) => enumLabel(t, 'role', v) },
              { key: 'department', dataIndex: 'department', title: t('adminUsers.department'), render: (v: string | null) => enumLabel(t, 'department', v) },
              {
                key: 'status',
                title: t('adminUsers.status'),
                render: (_, u) => (
                  <Flex gap={4} wrap>
                    {u.disabled ? <Tag>{t('adminUsers.disabled')}</Tag> : <Tag color="green">{t('adminUsers.active')}</Tag>}
                    {u.mustChangePassword ? <Tag color="orange">{t('adminUsers.mustChange')}</Tag> : null}
                    {u.lockedUntil ? <Tag color="red">{t('adminUsers.locked')}</Tag> : null}
                  </Flex>
                ),
              },
              { key: 'lastLoginAt', dataIndex: 'lastLoginAt', title: t('adminUsers.lastLoginAt'), render: time },
              { key: 'createdAt', dataIndex: 'createdAt', title: t('adminUsers.createdAt'), render: time },
              {
                key: 'actions',
                title: '',
                render: (_, u) =>
                  u.id === selfId ? null : (
                    <Flex gap={8} wrap>
                      <StaffAccountActions user={u} />
                      <ResetPasswordAction user={u} />
                      <DepartmentTokenAction user={u} />
                    </Flex>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <CreateStaffModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
