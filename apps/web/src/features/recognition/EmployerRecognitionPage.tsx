/**
 * 人才认定（代员工申报） (employer): the employer's employees, server-side paginated, each with
 * the tier the engine proposes, the tier granted and the latest case; a request on an
 * employee's behalf after a confirmation, then the case in a drawer (evidence, submit).
 */
import { useState } from 'react';
import { App, Button, Card, Flex, Input, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployeeRecognitionItem, EmployeeRecognitionQuery } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { StatusTag } from './CaseSummary';
import { EmployeeCaseDrawer } from './EmployeeCaseDrawer';
import { useEmployees } from './employer-api';
import { RequestOnBehalfModal } from './RequestOnBehalfModal';
import { enumLabel, fieldName } from '../../shared/ui/enum-options';

/** The employer's recognition page. */
export function EmployerRecognitionPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [query, setQuery] = useState<EmployeeRecognitionQuery>({ page: 1, pageSize: 20 });
  const [asking, setAsking] = useState<EmployeeRecognitionItem | null>(null);
  const [opened, setOpened] = useState<{ id: string; name: string } | null>(null);
  const list = useEmployees(query);

  const mono = (v: string | null) => <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{v ?? '—'}</span>;
  const problemOf = (p: EmployeeRecognitionItem['proposalProblem']) => (p ? (i18n.language === 'en' ? p.detail : (p.detailZh ?? p.detail)) : '');
  const columns: TableProps<EmployeeRecognitionItem>['columns'] = [
    { key: 'name', dataIndex: 'name', title: fieldName('name'), width: 90, fixed: 'left' },
    { key: 'mobile', dataIndex: 'mobile', title: fieldName('mobile'), render: mono, width: 115 },
    { key: 'idNumber', dataIndex: 'idNumber', title: fieldName('idNumber'), render: mono, width: 165 },
    {
      key: 'proposedTier',
      title: t('employerRecognition.columns.proposedTier'),
      width: 175,
      render: (_: unknown, r) =>
        r.proposedTier ? (
          <Tag color="gold" data-testid="proposed-tier">
            {enumLabel(t, 'tierName', r.proposedTier)}
          </Tag>
        ) : (
          <Tooltip title={problemOf(r.proposalProblem)}>
            <Tag data-testid="proposed-tier">{t('employerRecognition.noTier')}</Tag>
          </Tooltip>
        ),
    },
    {
      key: 'granted',
      title: t('employerRecognition.columns.granted'),
      width: 130,
      render: (_: unknown, r) =>
        r.grantedTier ? t('employerRecognition.grantedUntil', { tier: enumLabel(t, 'tierName', r.grantedTier), until: r.grantedUntil }) : '—',
    },
    {
      key: 'case',
      title: t('employerRecognition.columns.case'),
      width: 140,
      render: (_: unknown, r) =>
        r.latestCase ? (
          <Flex vertical gap={2} data-testid="employee-case-state">
            <span>
              <StatusTag status={r.latestCase.status} />
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.latestCase.requestDate} · {t(r.latestCase.requestedByRole === 'employer' ? 'employerRecognition.byEmployer' : 'employerRecognition.byTalent')}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary" data-testid="employee-case-state">
            {t('employerRecognition.noCase')}
          </Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('employerRecognition.columns.actions'),
      width: 110,
      fixed: 'right',
      render: (_: unknown, r) => (
        <Flex gap={8} wrap>
          {r.canRequest ? (
            <Button type="primary" size="small" data-testid={`request-${r.talentId}`} onClick={() => setAsking(r)}>
              {t('employerRecognition.request')}
            </Button>
          ) : null}
          {r.latestCase ? (
            <Button size="small" data-testid={`view-${r.talentId}`} onClick={() => setOpened({ id: r.latestCase!.id, name: r.name })}>
              {t('employerRecognition.view')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('employerRecognition.title')} subtitle={t('employerRecognition.subtitle')} />
      <Card size="small">
        <Input.Search
          allowClear
          placeholder={t('employerRecognition.search')}
          aria-label={t('employerRecognition.search')}
          style={{ maxWidth: 280, marginBottom: 12 }}
          data-testid="employee-search"
          onSearch={(q) => setQuery({ ...query, page: 1, q: q.trim() || undefined })}
        />
        {list.isError ? (
          <LoadError text={errorText(list.error, i18n.language, t)} onRetry={() => void list.refetch()} />
        ) : (
          <Table<EmployeeRecognitionItem>
            rowKey="talentId"
            size="middle"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 925 }}
            locale={{ emptyText: t('employerRecognition.empty') }}
            data-testid="employee-table"
            onChange={(p) => setQuery({ ...query, page: p.current ?? 1, pageSize: p.pageSize ?? query.pageSize })}
            pagination={{
              current: query.page,
              pageSize: query.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50],
              showTotal: (total) => <span data-testid="employee-total">{t('employerRecognition.total', { total })}</span>,
            }}
          />
        )}
      </Card>
      {asking ? (
        <RequestOnBehalfModal
          key={asking.talentId}
          item={asking}
          onClose={() => setAsking(null)}
          onRequested={(rec) => {
            setAsking(null);
            message.success(t('employerRecognition.requested', { name: asking.name }));
            setOpened({ id: rec.id, name: asking.name });
          }}
        />
      ) : null}
      {opened ? <EmployeeCaseDrawer id={opened.id} name={opened.name} onClose={() => setOpened(null)} /> : null}
    </>
  );
}
