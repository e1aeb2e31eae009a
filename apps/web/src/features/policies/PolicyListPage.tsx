import { Button, Card, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PolicySummary } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { pickText } from '../../shared/lib/bilingual';
import { usePolicyList } from './api';
import { enumLabel } from '../../shared/ui/enum-options';
import { IfMayCall } from '../../shared/access/may-call';

/** 政策管理: every document of the pack with the version in force, scheduled versions and drafts. */
export function PolicyListPage() {
  const { t, i18n } = useTranslation();
  const list = usePolicyList();
  const navigate = useNavigate();
  const columns: TableProps<PolicySummary>['columns'] = [
    {
      key: 'title',
      title: t('policies.columns.title'),
      render: (_, p) => (
        <Space direction="vertical" size={0}>
          <Link to={`/policies/${p.id}`} data-testid={`policy-link-${p.id}`}>
            {p.title ? pickText(p.title, i18n.language) : enumLabel(t, 'policyDocKind', p.kind)}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {p.id}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'pillar', title: t('policies.columns.pillar'), width: 90, render: (_, p) => (p.pillar ? enumLabel(t, 'pillar', p.pillar) : '—') },
    { key: 'mode', title: t('policies.columns.mode'), width: 100, render: (_, p) => (p.mode ? enumLabel(t, 'policyMode', p.mode) : '—') },
    {
      key: 'inForce',
      title: t('policies.columns.inForce'),
      width: 110,
      render: (_, p) => (p.inForceVersion ? <Tag color="green">v{p.inForceVersion}</Tag> : <Tag>{t('policies.notInForce')}</Tag>),
    },
    {
      key: 'scheduled',
      title: t('policies.columns.scheduled'),
      width: 180,
      render: (_, p) =>
        p.scheduledVersions.length ? p.scheduledVersions.map((s) => <Tag color="blue" key={s.version}>{`v${s.version} · ${s.effectiveFrom}`}</Tag>) : '—',
    },
    {
      key: 'drafts',
      title: enumLabel(t, 'policyVersionStatus', 'draft'),
      width: 120,
      render: (_, p) => (p.draftVersions.length ? p.draftVersions.map((v) => <Tag key={v}>v{v}</Tag>) : '—'),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('policies.title')}
        subtitle={t('policies.subtitle', { today: list.data?.today ?? '' })}
        extra={
          <IfMayCall operation="simulateReform">
            <Button onClick={() => void navigate('/what-if')} data-testid="open-what-if">
              {t('nav.whatIf')}
            </Button>
          </IfMayCall>
        }
      />
      <Card size="small">
        {list.isError ? (
          <LoadError text={errorText(list.error, i18n.language, t)} onRetry={() => void list.refetch()} />
        ) : (
          <Table<PolicySummary>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            columns={columns}
            dataSource={list.data?.items ?? []}
            pagination={false}
            scroll={{ x: 760 }}
          />
        )}
      </Card>
    </>
  );
}
