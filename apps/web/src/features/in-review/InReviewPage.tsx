import { useState } from 'react';
import { Card, Flex, Select, Table, Tag, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InReviewPage as Page, InReviewQuery } from '@bole/contracts';
import { cityCodes } from '../../shared/api/city';
import { errorText } from '../../shared/form/problem';
import { pickText } from '../../shared/lib/bilingual';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { WorkingDaysTag } from '../../shared/ui/WorkingDaysTag';
import { domainLabel, enumLabel, enumOptions } from '../../shared/ui/enum-options';
import { useInReview } from './api';

type Item = Page['items'][number];

/** 全市在办申请: every application in review, the department holding it, its stage and deadline in working days. */
export function InReviewPage() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState<InReviewQuery>({ page: 1, pageSize: 20 });
  const list = useInReview(query);
  const columns: TableProps<Item>['columns'] = [
    { key: 'talentName', dataIndex: 'talentName', title: domainLabel('actor', 'applicant'), width: 110 },
    { key: 'policy', title: t('inReview.policy'), render: (_: unknown, r) => pickText(r.policyTitle, i18n.language) },
    { key: 'department', dataIndex: 'department', title: t('inReview.department'), width: 120, render: (v: string) => enumLabel(t, 'department', v) },
    {
      key: 'stage',
      title: t('inReview.stage'),
      width: 110,
      render: (_: unknown, r) => (r.onAppeal ? t('inReview.appeal') : t('inReview.stageN', { n: r.stageIndex + 1 })),
    },
    { key: 'due', title: t('inReview.due'), width: 240, render: (_: unknown, r) => <Due item={r} /> },
    {
      key: 'open',
      title: '',
      width: 80,
      render: (_: unknown, r) => (
        <Link to={`/review/applications/${r.id}`} data-testid={`in-review-open-${r.id}`}>
          {t('inReview.open')}
        </Link>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('inReview.title')} subtitle={t('inReview.subtitle', { date: list.data?.asOf ?? '' })} />
      <Card size="small">
        <Flex style={{ marginBottom: 12 }}>
          <Select
            allowClear
            style={{ width: 200 }}
            aria-label={t('inReview.department')}
            placeholder={t('inReview.allDepartments')}
            value={query.department ?? null}
            options={enumOptions(t, 'department', cityCodes('department'))}
            onChange={(department: string | null | undefined) => setQuery({ ...query, department: department ?? undefined, page: 1 })}
            data-testid="in-review-department"
          />
        </Flex>
        {list.isError ? (
          <LoadError text={errorText(list.error, i18n.language, t)} onRetry={() => void list.refetch()} />
        ) : (
          <Table<Item>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            locale={{ emptyText: t('inReview.empty') }}
            data-testid="in-review-table"
            onChange={(p) => setQuery({ ...query, page: p.current ?? 1, pageSize: p.pageSize ?? query.pageSize })}
            pagination={{
              current: query.page,
              pageSize: query.pageSize,
              total: list.data?.total ?? 0,
              showTotal: (total) => t(list.data?.totalCapped ? 'common.totalEstimate' : 'common.total', { total }),
            }}
          />
        )}
      </Card>
    </>
  );
}

/** The due date with its working days left, 暂定 and 已督办. */
function Due({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap align="center">
      <span>{item.dueDate}</span>
      <WorkingDaysTag left={item.workingDaysLeft} provisional={item.dueDateProvisional} />
      {item.escalated ? <Tag color="volcano">{t('inReview.escalated')}</Tag> : null}
    </Flex>
  );
}
