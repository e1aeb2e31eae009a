/** A sweep's diff: totals, changes by policy, and the per-person list (filtered, paged, exportable). */
import { useState } from 'react';
import { Button, Card, Empty, Flex, Select, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SweepChangeKind, SweepEndReason } from '@bole/contracts';
import { usePolicyTitle } from '../../shared/api/policies';
import { formatFen, formatFenDelta } from '../../shared/lib/money';
import { domainLabel, enumLabel, fieldName } from '../../shared/ui/enum-options';
import { changesQuery, useSweepDiff } from './api';

const KINDS = ['new', 'changed', 'ended'] as const;
const PAGE_SIZE = 20;

/** The diff card of a sweep whose preview is computed. */
export function SweepChanges({ id, title }: { id: string; title: string }) {
  const { t, i18n } = useTranslation();
  const policyTitle = usePolicyTitle();
  const [change, setChange] = useState<SweepChangeKind | undefined>();
  const [policy, setPolicy] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const diff = useSweepDiff(id, true, { change, policy, page, pageSize: PAGE_SIZE });
  const data = diff.data;
  if (!data) return null;
  const policies = [...new Set(data.byPolicy.map((b) => b.policyId))];
  const fen = (f: number | null) => (f === null ? '—' : formatFen(f, i18n.language, { cents: 'always' }));

  return (
    <Card title={title} style={{ marginBottom: 16 }} data-testid="sweep-diff">
      <Flex gap={32} style={{ marginBottom: 16 }}>
        {KINDS.map((c) => (
          <Statistic key={c} title={enumLabel(t, 'sweepChange', c)} value={data.totals[c]} valueStyle={{ fontSize: 22 }} data-testid={`diff-${c}`} />
        ))}
      </Flex>
      {data.byPolicy.length === 0 ? (
        <Empty description={t('benefits.noDiff')} />
      ) : (
        <>
          <Table
            size="small"
            rowKey={(r) => `${r.policyId}|${r.change}|${r.source}`}
            dataSource={data.byPolicy}
            pagination={false}
            style={{ marginBottom: 24 }}
            data-testid="sweep-by-policy"
            columns={[
              { title: t('benefits.policy'), dataIndex: 'policyId', render: (p: string) => policyTitle(p) },
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
          <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
            <strong>{t('benefits.people')}</strong>
            <Select
              allowClear
              placeholder={t('benefits.allChanges')}
              style={{ width: 160 }}
              value={change}
              onChange={(v: SweepChangeKind | undefined) => {
                setChange(v);
                setPage(1);
              }}
              options={KINDS.map((k) => ({ value: k, label: enumLabel(t, 'sweepChange', k) }))}
              aria-label={t('benefits.filterChange')}
              data-testid="filter-change"
            />
            <Select
              allowClear
              placeholder={t('benefits.allPolicies')}
              style={{ width: 240 }}
              value={policy}
              onChange={(v: string | undefined) => {
                setPolicy(v);
                setPage(1);
              }}
              options={policies.map((p) => ({ value: p, label: policyTitle(p) }))}
              aria-label={t('benefits.filterPolicy')}
              data-testid="filter-policy"
            />
            <Button icon={<DownloadOutlined />} href={`/api/v1/sweeps/${id}/diff.xlsx?${changesQuery({ change, policy })}`} data-testid="sweep-export">
              {t('benefits.export')}
            </Button>
          </Flex>
          <Table
            size="small"
            rowKey={(r) => `${r.talentId}|${r.policyId}|${r.source}`}
            dataSource={data.items}
            loading={diff.isFetching}
            data-testid="sweep-people"
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: setPage }}
            columns={[
              { title: t('benefits.talent'), dataIndex: 'talentName' },
              { title: t('benefits.policy'), dataIndex: 'policyId', render: (p: string) => policyTitle(p) },
              { title: '', dataIndex: 'change', render: (c: string) => <Tag>{enumLabel(t, 'sweepChange', c)}</Tag> },
              { title: t('benefits.oldAmount'), dataIndex: 'oldAmountFen', align: 'right', render: fen },
              { title: t('benefits.newAmount'), dataIndex: 'newAmountFen', align: 'right', render: fen },
              {
                title: t('benefits.endReason'),
                dataIndex: 'reason',
                render: (reason: SweepEndReason | null) =>
                  reason ? (
                    <span data-testid="end-reason">
                      {(['withdrawn', 'contradicted'] as const)
                        .filter((k) => reason[k].length > 0)
                        .map((k) => `${domainLabel('sweepEndReason', k)}：${reason[k].map((f) => fieldName(f)).join('、')}`)
                        .join('；')}
                    </span>
                  ) : null,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
