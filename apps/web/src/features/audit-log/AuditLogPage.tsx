import { useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Row, Space, Table, Typography, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditFilter } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { formatDateTime } from '../../shared/lib/date-time';
import { DateField } from '../../shared/ui/DateField';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel } from '../../shared/ui/enum-options';
import { exportHref, useAuditChain, useAuditEntries } from './api';

/** 审计日志: the tamper-evident log, filtered by actor, entity, action and date; its chain state; an Excel export. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const entries = useAuditEntries({ ...filter, ...page });
  const columns: TableProps<AuditEntry>['columns'] = [
    { key: 'at', dataIndex: 'at', title: t('auditLog.columns.at'), width: 150, render: (v: string) => formatDateTime(v) },
    {
      key: 'actor',
      title: t('auditLog.columns.actor'),
      width: 170,
      render: (_: unknown, r) => (
        <>
          {r.actorName ?? r.actorId ?? enumLabel(t, 'actor', 'system')}
          {r.actorRole && r.actorRole !== 'system' ? <Typography.Text type="secondary"> · {enumLabel(t, 'role', r.actorRole)}</Typography.Text> : null}
        </>
      ),
    },
    { key: 'action', dataIndex: 'action', title: t('auditLog.columns.action'), width: 200, render: (v: string) => <code>{v}</code> },
    {
      key: 'entity',
      title: t('auditLog.columns.entity'),
      width: 220,
      render: (_: unknown, r) => (
        <>
          <code>{r.entity}</code>
          {r.entityId ? <Typography.Text type="secondary"> {r.entityId}</Typography.Text> : null}
        </>
      ),
    },
    { key: 'detail', dataIndex: 'detail', title: t('auditLog.columns.detail'), ellipsis: { showTitle: true }, render: (v: object) => JSON.stringify(v) },
  ];
  return (
    <>
      <PageHeader title={t('auditLog.title')} subtitle={t('auditLog.subtitle')} />
      <ChainState />
      <Card size="small">
        <Filters
          onApply={(f) => {
            setFilter(f);
            setPage((p) => ({ ...p, page: 1 }));
          }}
          exportLink={exportHref(filter)}
        />
        {entries.isError ? (
          <LoadError text={errorText(entries.error, i18n.language, t)} onRetry={() => void entries.refetch()} />
        ) : (
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={entries.data?.items ?? []}
            loading={entries.isFetching}
            tableLayout="fixed"
            data-testid="audit-table"
            locale={{ emptyText: t('auditLog.empty') }}
            onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
            pagination={{
              current: page.page,
              pageSize: page.pageSize,
              total: entries.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => <span data-testid="audit-total">{t('common.total', { total })}</span>,
            }}
          />
        )}
      </Card>
    </>
  );
}

type FilterForm = { actor?: string; entity?: string; action?: string; from?: string | null; to?: string | null };

function Filters({ onApply, exportLink }: { onApply: (f: AuditFilter) => void; exportLink: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterForm>();
  const apply = (v: FilterForm) => {
    const trimmed = (s?: string | null) => s?.trim() || undefined;
    onApply({ actor: trimmed(v.actor), entity: trimmed(v.entity), action: trimmed(v.action), from: v.from ?? undefined, to: v.to ?? undefined });
  };
  return (
    <Form form={form} layout="vertical" onFinish={apply} data-testid="audit-filters">
      <Row gutter={12}>
        <Col xs={24} md={8} xl={4}>
          <Form.Item name="actor" label={t('auditLog.filters.actor')}>
            <Input allowClear placeholder={t('auditLog.filters.actorHint')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item name="entity" label={t('auditLog.filters.entity')}>
            <Input allowClear placeholder="user" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item name="action" label={t('auditLog.filters.action')}>
            <Input allowClear placeholder="account." />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item name="from" label={t('auditLog.filters.from')}>
            <DateField noFuture />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item name="to" label={t('auditLog.filters.to')}>
            <DateField noFuture />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label=" " colon={false}>
            <Space wrap>
              <Button type="primary" htmlType="submit" data-testid="audit-search">
                {t('auditLog.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  onApply({});
                }}
              >
                {t('auditLog.reset')}
              </Button>
              <Button icon={<DownloadOutlined />} href={exportLink} data-testid="audit-export">
                {t('auditLog.export')}
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/** Whether the hash chain verifies, and the last signed checkpoint. */
function ChainState() {
  const { t, i18n } = useTranslation();
  const chain = useAuditChain();
  if (chain.isPending) return null;
  if (chain.isError) return <Alert type="error" showIcon message={errorText(chain.error, i18n.language, t)} style={{ marginBottom: 16 }} />;
  const { verify, lastCheckpoint } = chain.data;
  const checkpoint = lastCheckpoint
    ? t('auditLog.lastCheckpoint', {
        at: formatDateTime(lastCheckpoint.at),
        count: lastCheckpoint.count,
        state: t(lastCheckpoint.valid ? 'auditLog.checkpointValid' : 'auditLog.checkpointInvalid'),
      })
    : t('auditLog.noCheckpoint');
  return (
    <Alert
      type={verify.ok ? 'success' : 'error'}
      showIcon
      data-testid="chain-state"
      style={{ marginBottom: 16 }}
      message={verify.ok ? t('auditLog.chainOk', { count: verify.count }) : t('auditLog.chainBroken', { id: verify.brokenAtId ?? '—' })}
      description={checkpoint}
    />
  );
}
