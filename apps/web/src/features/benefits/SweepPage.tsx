/** Officer: run the 免申即享 sweep, follow its progress, read what changed. */
import { useEffect, useState } from 'react';
import { App, Button, Card, Empty, Flex, Progress, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { businessDate, type SweepJob } from '@bole/contracts';
import { usePolicyTitle } from '../../shared/api/policies';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatFenDelta } from '../../shared/lib/money';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useStartSweep, useSweep, useSweepDiff, useSweeps } from './api';
import { enumLabel } from '../../shared/ui/enum-options';

const today = () => businessDate(new Date());
const STATUS_COLOR: Record<SweepJob['status'], string> = { running: 'processing', done: 'success', failed: 'error', abandoned: 'default' };

/** The sweep screen. */
export function SweepPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const policyTitle = usePolicyTitle();
  const [at, setAt] = useState<string | null>(today());
  const [id, setId] = useState<string | null>(null);
  const list = useSweeps();
  const start = useStartSweep();
  const job = useSweep(id);
  useEffect(() => {
    if (!id && list.data?.items[0]) setId(list.data.items[0].id);
  }, [id, list.data]);
  const current = job.data;
  const done = current?.status === 'done';
  const diff = useSweepDiff(id, done);
  useEffect(() => {
    if (done) void list.refetch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [done]);

  const run = (date: string) =>
    start.mutate(date, {
      onSuccess: (j) => {
        setId(j.id);
        void message.success(t('benefits.started'));
      },
      onError: (err) => onError(err),
    });

  return (
    <>
      <PageHeader title={t('benefits.sweepTitle')} subtitle={t('benefits.sweepSubtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Space wrap>
          <label htmlFor="sweep-at">{t('benefits.at')}</label>
          <div style={{ width: 180 }}>
            <DateField id="sweep-at" value={at} onChange={setAt} />
          </div>
          <Button type="primary" onClick={() => at && run(at)} disabled={!at} loading={start.isPending} data-testid="sweep-start">
            {t('benefits.start')}
          </Button>
        </Space>
        {current ? (
          <div style={{ marginTop: 16 }} data-testid="sweep-job">
            <Flex gap={12} align="center" wrap>
              <Tag color={STATUS_COLOR[current.status]} data-testid="sweep-status">
                {enumLabel(t, 'sweepStatus', current.status)}
              </Tag>
              <Typography.Text>{current.at}</Typography.Text>
              <Typography.Text type="secondary">
                {t('benefits.processed', { done: current.processed.toLocaleString(), total: current.total.toLocaleString() })}
              </Typography.Text>
            </Flex>
            <Progress
              percent={current.percent}
              status={current.status === 'failed' ? 'exception' : current.status === 'running' ? 'active' : 'success'}
              data-testid="sweep-progress"
            />
            {current.error ? <Typography.Text type="danger">{current.error}</Typography.Text> : null}
          </div>
        ) : null}
      </Card>

      {done && diff.data ? (
        <Card title={t('benefits.diffTitle')} style={{ marginBottom: 16 }} data-testid="sweep-diff">
          <Flex gap={32} style={{ marginBottom: 16 }}>
            {(['new', 'changed', 'ended'] as const).map((c) => (
              <Statistic key={c} title={enumLabel(t, 'sweepChange', c)} value={diff.data.totals[c]} valueStyle={{ fontSize: 22 }} data-testid={`diff-${c}`} />
            ))}
          </Flex>
          {diff.data.byPolicy.length === 0 ? (
            <Empty description={t('benefits.noDiff')} />
          ) : (
            <Table
              size="small"
              rowKey={(r) => `${r.policyId}|${r.change}|${r.source}`}
              dataSource={diff.data.byPolicy}
              pagination={false}
              columns={[
                { title: t('benefits.policy'), dataIndex: 'policyId', render: (id: string) => policyTitle(id) },
                { title: '', dataIndex: 'change', render: (c: string) => <Tag>{enumLabel(t, 'sweepChange', c)}</Tag> },
                { title: t('benefits.count'), dataIndex: 'n', align: 'right' },
                {
                  title: t('benefits.delta'),
                  dataIndex: 'deltaFen',
                  align: 'right',
                  render: (f: number) => formatFenDelta(f, i18n.language, { cents: 'always' }),
                },
              ]}
            />
          )}
        </Card>
      ) : null}

      <Card title={t('benefits.recent')}>
        <Table
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          onRow={(r) => ({ onClick: () => setId(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('benefits.at'), dataIndex: 'at' },
            { title: '', dataIndex: 'status', render: (s: SweepJob['status']) => <Tag color={STATUS_COLOR[s]}>{enumLabel(t, 'sweepStatus', s)}</Tag> },
            { title: t('benefits.progress'), dataIndex: 'percent', render: (p: number) => `${p}%` },
            { title: enumLabel(t, 'sweepChange', 'new'), render: (_: unknown, r: SweepJob) => r.counts.new ?? 0, align: 'right' },
            { title: enumLabel(t, 'sweepChange', 'changed'), render: (_: unknown, r: SweepJob) => r.counts.changed ?? 0, align: 'right' },
            { title: enumLabel(t, 'sweepChange', 'ended'), render: (_: unknown, r: SweepJob) => r.counts.ended ?? 0, align: 'right' },
          ]}
        />
      </Card>
    </>
  );
}
