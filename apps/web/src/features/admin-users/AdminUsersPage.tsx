import { useState } from 'react';
import { Button, Card, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { errorText } from '../../shared/form/problem';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel } from '../../shared/ui/enum-options';
import { useStaffUsers, type StaffUser } from './api';
import { CreateStaffModal } from './CreateStaffModal';

/** 用户管理: the admin lists staff accounts and creates new ones. */
export function AdminUsersPage() {
  const { t, i18n } = useTranslation();
  const users = useStaffUsers();
  const [open, setOpen] = useState(false);
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
        {users.isError ? (
          <LoadError text={errorText(users.error, i18n.language, t)} onRetry={() => void users.refetch()} />
        ) : (
          <Table<StaffUser>
            rowKey="id"
            loading={users.isPending}
            dataSource={users.data ?? []}
            scroll={{ x: 720 }}
            data-testid="staff-table"
            columns={[
              { key: 'username', title: t('adminUsers.username'), render: (_, u) => u.username ?? u.login ?? t('common.none') },
              { key: 'displayName', dataIndex: 'displayName', title: t('adminUsers.displayName') },
              { key: 'role', dataIndex: 'role', title: t('adminUsers.role'), render: (v: string) => enumLabel(t, 'role', v) },
              { key: 'department', dataIndex: 'department', title: t('adminUsers.department'), render: (v: string | null) => enumLabel(t, 'department', v) },
              { key: 'createdAt', dataIndex: 'createdAt', title: t('adminUsers.createdAt'), render: (v?: string) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : t('common.none')) },
            ]}
          />
        )}
      </Card>
      <CreateStaffModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
