/**
 * A reviewer's department queue, earliest due first, paginated on the server: search by name or
 * full mobile / ID number, filters by stage, policy and due date, and 已补正 on items that came
 * back after a return.
 */
import { useState } from 'react';
import { Form, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { DUE_SOON_WORKING_DAYS, type ReviewQueueItem } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { LoadError } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { enumWord } from '../../shared/ui/enum-options';
import { pickText } from '../../shared/lib/bilingual';
import { useReviewQueue, type QueueFilters } from './api';
import { queueColumns } from './queue-columns';

/** Stages a queue offers to filter by: the first few and the appeal. */
const STAGES = ['1', '2', '3', 'appeal'] as const;

function FiltersBar({ policies, onChange }: { policies: { id: string; title: { zh: string; en: string } }[]; onChange: (f: QueueFilters) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<QueueFilters>();
  const changed = () => {
    const v = form.getFieldsValue();
    onChange({ q: v.q?.trim() || undefined, stage: v.stage, policyId: v.policyId, due: v.due });
  };
  return (
    <Form
      form={form}
      name="queue"
      layout="inline"
      onValuesChange={(c: QueueFilters) => 'q' in c || changed()}
      style={{ rowGap: 8, marginBottom: 16 }}
      data-testid="queue-filters"
    >
      <Form.Item name="q" label={t('review.search')}>
        <Input.Search allowClear placeholder={t('review.searchHint')} onSearch={changed} style={{ width: 260 }} />
      </Form.Item>
      <Form.Item name="stage" label={t('review.stage')}>
        <Select
          allowClear
          placeholder={t('review.all')}
          style={{ width: 130 }}
          data-testid="queue-stage"
          options={STAGES.map((s) => ({ value: s, label: s === 'appeal' ? t('review.appealStage') : t('review.stageN', { n: s }) }))}
        />
      </Form.Item>
      <Form.Item name="policyId" label={t('review.policy')}>
        <Select
          allowClear
          placeholder={t('review.all')}
          style={{ width: 200 }}
          data-testid="queue-policy"
          options={policies.map((p) => ({ value: p.id, label: pickText(p.title, i18n.language) }))}
        />
      </Form.Item>
      <Form.Item name="due" label={t('review.due')}>
        <Select
          allowClear
          placeholder={t('review.all')}
          style={{ width: 170 }}
          data-testid="queue-due"
          options={[
            { value: 'soon', label: t('review.dueSoon', { n: DUE_SOON_WORKING_DAYS }) },
            { value: 'overdue', label: t('review.overdue') },
          ]}
        />
      </Form.Item>
    </Form>
  );
}

/** The department's queue. */
export function ApplicationQueuePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [filters, setFilters] = useState<QueueFilters>({});
  const q = useReviewQueue(page, pageSize, filters);
  return (
    <>
      <PageHeader title={`${t('review.queueTitle')}${q.data ? ` · ${enumWord('department', q.data.department)}` : ''}`} subtitle={t('review.queueSubtitle')} />
      <FiltersBar
        policies={q.data?.policies ?? []}
        onChange={(f) => {
          setFilters(f);
          setPage(1);
        }}
      />
      {q.isError ? (
        <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />
      ) : (
        <Table<ReviewQueueItem>
          data-testid="application-queue"
          rowKey="id"
          size="middle"
          loading={q.isPending}
          dataSource={q.data?.items ?? []}
          locale={{ emptyText: t('review.empty') }}
          scroll={{ x: 760 }}
          rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
          columns={queueColumns(t, lang, i18n.language)}
          pagination={{
            current: page,
            pageSize,
            total: q.data?.total ?? 0,
            showTotal: (total) => (q.data?.totalCapped ? `${total.toLocaleString()}+` : total.toLocaleString()),
            showSizeChanger: true,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
        />
      )}
    </>
  );
}
