/**
 * Officer: preview the 免申即享 sweep, follow its progress, read per person what it would grant,
 * change and end; a second officer confirms it (with a confirmation dialog) before anything is
 * written or anyone notified.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Flex, Progress, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { businessDate, type SweepJob } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { DateField } from '../../shared/ui/DateField';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useConfirmSweep, useStartSweep, useSweep, useSweeps } from './api';
import { enumLabel } from '../../shared/ui/enum-options';
import { SweepChanges } from './SweepChanges';
import { IfMayCall, useMayCall } from '../../shared/access/may-call';

const today = () => businessDate(new Date());
const STATUS_COLOR: Record<SweepJob['status'], string> = {
  running: 'processing',
  preview: 'warning',
  confirming: 'processing',
  done: 'success',
  stale: 'default',
  failed: 'error',
  abandoned: 'default',
};
const COMPUTED: SweepJob['status'][] = ['preview', 'confirming', 'done', 'stale'];

/** The sweep screen. */
export function SweepPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const [at, setAt] = useState<string | null>(today());
  const [id, setId] = useState<string | null>(null);
  const list = useSweeps();
  const start = useStartSweep();
  const confirm = useConfirmSweep();
  const mayCall = useMayCall();
  const job = useSweep(id);
  useEffect(() => {
    if (!id && list.data?.items[0]) setId(list.data.items[0].id);
  }, [id, list.data]);
  const current = job.data;
  const computed = !!current && COMPUTED.includes(current.status);
  useEffect(() => {
    if (current?.status) void list.refetch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.status]);

  const run = (date: string) =>
    start.mutate(date, {
      onSuccess: (j) => {
        setId(j.id);
        void message.success(t('benefits.started'));
      },
      onError: (err) => onError(err),
    });

  const askConfirm = (j: SweepJob) =>
    modal.confirm({
      title: t('benefits.confirmTitle', { at: j.at }),
      content: t('benefits.confirmBody', { new: j.counts.new ?? 0, changed: j.counts.changed ?? 0, ended: j.counts.ended ?? 0, maker: j.createdByName ?? '' }),
      okText: t('benefits.confirmOk'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'sweep-confirm-ok' } as ButtonProps,
      onOk: () =>
        confirm.mutateAsync(j.id).then(
          () => void message.success(t('benefits.confirmStarted')),
          (err: unknown) => onError(err),
        ),
    });

  const future = !!current && current.at > today();
  return (
    <>
      <PageHeader title={t('benefits.sweepTitle')} subtitle={t('benefits.sweepSubtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <IfMayCall operation="startSweep">
          <Space wrap>
            <label htmlFor="sweep-at">{t('benefits.at')}</label>
            <div style={{ width: 180 }}>
              <DateField id="sweep-at" value={at} onChange={setAt} />
            </div>
            <Button type="primary" onClick={() => at && run(at)} disabled={!at} loading={start.isPending} data-testid="sweep-start">
              {t('benefits.start')}
            </Button>
          </Space>
        </IfMayCall>
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
              {current.createdByName ? <Typography.Text type="secondary">{t('benefits.madeBy', { name: current.createdByName })}</Typography.Text> : null}
              {current.confirmedByName ? (
                <Typography.Text type="secondary" data-testid="sweep-confirmed-by">
                  {t('benefits.confirmedBy', { name: current.confirmedByName })}
                </Typography.Text>
              ) : null}
            </Flex>
            <Progress
              percent={current.percent}
              status={current.status === 'failed' ? 'exception' : current.status === 'running' || current.status === 'confirming' ? 'active' : 'success'}
              data-testid="sweep-progress"
              aria-label={t('benefits.progress')}
            />
            {current.error ? <Typography.Text type="danger">{current.error}</Typography.Text> : null}
            {current.status === 'preview' ? (
              <Alert
                style={{ marginTop: 12 }}
                type={future || current.madeByYou ? 'info' : 'warning'}
                showIcon
                data-testid="sweep-confirm-note"
                message={future ? t('benefits.futureOnlyPreview') : current.madeByYou ? t('benefits.needsSecondOfficer') : t('benefits.readyToConfirm')}
                action={
                  future || current.madeByYou || !mayCall('confirmSweep') ? null : (
                    <Button type="primary" danger onClick={() => askConfirm(current)} loading={confirm.isPending} data-testid="sweep-confirm">
                      {t('benefits.confirm')}
                    </Button>
                  )
                }
              />
            ) : null}
            {current.status === 'stale' ? <Alert style={{ marginTop: 12 }} type="error" showIcon message={t('benefits.staleNote')} /> : null}
          </div>
        ) : null}
      </Card>

      {computed && current ? <SweepChanges id={current.id} title={t(current.status === 'done' ? 'benefits.diffTitle' : 'benefits.previewTitle')} /> : null}

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
            { title: t('benefits.maker'), dataIndex: 'createdByName', render: (n: string | null) => n ?? '—' },
            { title: t('benefits.checker'), dataIndex: 'confirmedByName', render: (n: string | null) => n ?? '—' },
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
