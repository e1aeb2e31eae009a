import { Card, Space, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { TalentListItem, TalentListQuery } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumLabel, fieldName } from '../../shared/ui/enum-options';
import { useTalentList } from './api';
import { TalentExportButton } from './TalentExportButton';
import { TalentFilters } from './TalentFilters';
import { useMayCall } from '../../shared/access/may-call';
import { parseListParams, toListParams, withFilter } from './url-state';
import { formatDateTime } from '../../shared/lib/date-time';

type SortField = 'name' | 'birthDate' | 'updatedAt';
const SORTABLE: readonly string[] = ['name', 'birthDate', 'updatedAt'];

/** 人才库: server-side paginated, filterable, sortable; the URL holds the view. */
export function TalentListPage({ readOnly, canOpen }: { readOnly?: boolean; canOpen?: boolean }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = parseListParams(params);
  const list = useTalentList(query);
  const go = (next: TalentListQuery) => setParams(toListParams(next));
  const may = useMayCall();

  const sortOrder = (field: SortField) => {
    if (query.sort === field) return 'ascend' as const;
    if (query.sort === `-${field}`) return 'descend' as const;
    return null;
  };
  const mono = (v: string | null) => <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{v ?? t('common.none')}</span>;
  const columns: TableProps<TalentListItem>['columns'] = [
    {
      key: 'name',
      dataIndex: 'name',
      title: fieldName('name'),
      sorter: true,
      sortOrder: sortOrder('name'),
      width: 96,
      render: (name: string, row) =>
        canOpen ? (
          <Link to={`/talents/${row.id}`} aria-label={t('talentDetail.open', { name })}>
            {name}
          </Link>
        ) : (
          name
        ),
    },
    { key: 'mobile', dataIndex: 'mobile', title: fieldName('mobile'), render: mono, width: 118 },
    { key: 'idNumber', dataIndex: 'idNumber', title: fieldName('idNumber'), render: mono, width: 166 },
    { key: 'district', dataIndex: 'district', title: t('talentList.columns.district'), render: (v: string | null) => enumLabel(t, 'district', v), width: 84 },
    {
      key: 'highestDegree',
      dataIndex: 'highestDegree',
      title: fieldName('highestDegree'),
      render: (v: string | null) => enumLabel(t, 'degree', v),
      width: 72,
    },
    {
      key: 'birthDate',
      dataIndex: 'birthDate',
      title: fieldName('birthDate'),
      sorter: true,
      sortOrder: sortOrder('birthDate'),
      width: 104,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      key: 'tier',
      dataIndex: 'tier',
      title: t('talentList.columns.tier'),
      width: 100,
      render: (v: string | null) => (v ? <Tag color="gold">{enumLabel(t, 'tier', v)}</Tag> : <Tag>{enumLabel(t, 'tier', 'none')}</Tag>),
    },
    {
      key: 'employerName',
      dataIndex: 'employerName',
      title: fieldName('employerId'),
      render: (v: string | null) => v ?? t('common.none'),
      ellipsis: { showTitle: true },
    },
    {
      key: 'chain',
      dataIndex: 'chain',
      title: t('talentList.columns.chain'),
      render: (v: string | null) => enumLabel(t, 'chain', v),
      width: 100,
      ellipsis: { showTitle: true },
    },
    {
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      title: t('talentList.columns.updatedAt'),
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      width: 128,
      render: (v: string) => formatDateTime(v),
    },
  ];

  const navigate = useNavigate();
  /** A click anywhere on a row opens the talent (the name is also a link, for the keyboard). */
  const openRow = (e: React.MouseEvent, id: string) => {
    if ((e.target as HTMLElement).closest('a')) return;
    void navigate(`/talents/${id}`);
  };

  const onTableChange: TableProps<TalentListItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = String(s?.columnKey ?? '');
      const sort = s?.order && SORTABLE.includes(field) ? ((s.order === 'descend' ? `-${field}` : field) as TalentListQuery['sort']) : '-updatedAt';
      go(withFilter(query, { sort }));
      return;
    }
    go({ ...query, page: pagination.current ?? 1, pageSize: pagination.pageSize ?? query.pageSize });
  };

  return (
    <>
      <PageHeader
        title={t('talentList.title')}
        subtitle={t('talentList.subtitle')}
        extra={
          <Space wrap>
            {may('exportTalents') ? <TalentExportButton query={query} /> : null}
            {readOnly ? <Tag color="blue">{t('talentList.readOnly')}</Tag> : null}
          </Space>
        }
      />
      <Card size="small">
        <TalentFilters value={query} onChange={(patch) => go(withFilter(query, patch))} onReset={() => setParams(new URLSearchParams())} />
        {list.isError ? (
          <LoadError text={errorText(list.error, i18n.language, t)} onRetry={() => void list.refetch()} />
        ) : (
          <Table<TalentListItem>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            tableLayout="fixed"
            locale={{ emptyText: t('talentList.empty') }}
            onChange={onTableChange}
            onRow={(row) => (canOpen ? { onClick: (e) => openRow(e, row.id), style: { cursor: 'pointer' } } : {})}
            data-testid="talent-table"
            pagination={{
              current: query.page,
              pageSize: query.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => (
                <span data-testid="talent-total">{t(list.data?.totalIsEstimate ? 'common.totalEstimate' : 'common.total', { total })}</span>
              ),
            }}
          />
        )}
      </Card>
    </>
  );
}
