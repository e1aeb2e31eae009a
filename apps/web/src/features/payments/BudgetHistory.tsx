/** The history of one policy's budget for a year: every proposed change, old → new, why, who proposed and who decided. */
import { Drawer, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecondApproval } from '@bole/contracts';
import { formatDateTime } from '../../shared/lib/date-time';
import { formatFen } from '../../shared/lib/money';
import { ApprovalStatusTag } from '../../shared/ui/ApprovalStatusTag';
import { useBudgetHistory } from './api';

type BudgetRequest = Extract<SecondApproval, { kind: 'budget' }>;

/** A drawer with the history of `policyId`'s budget in `year` (closed when `policyId` is null). */
export function BudgetHistory({ year, policyId, title, onClose }: { year: number; policyId: string | null; title: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const q = useBudgetHistory(year, policyId);
  const money = (f: number) => formatFen(f, i18n.language, { cents: 'always' });
  const when = (iso: string) => formatDateTime(iso);
  const items = (q.data?.items ?? []).filter((r): r is BudgetRequest => r.kind === 'budget');
  return (
    <Drawer open={policyId !== null} onClose={onClose} width={960} title={t('payments.historyTitle', { title, year })} destroyOnHidden>
      <Table<BudgetRequest>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('payments.historyEmpty') }}
        scroll={{ x: 880 }}
        data-testid="budget-history"
        columns={[
          { title: t('payments.proposedAt'), render: (_: unknown, r) => when(r.madeAt) },
          {
            title: t('payments.lineStatus'),
            render: (_: unknown, r) => <ApprovalStatusTag status={r.status} />,
          },
          { title: t('payments.budget'), render: (_: unknown, r) => `${money(r.change.before.annualFen)} → ${money(r.change.after.annualFen)}` },
          { title: t('payments.quota'), render: (_: unknown, r) => `${r.change.before.quota} → ${r.change.after.quota}` },
          { title: t('payments.reason'), dataIndex: 'reason' },
          { title: t('payments.proposedBy'), render: (_: unknown, r) => r.madeByName ?? '—' },
          {
            title: t('payments.decidedBy'),
            render: (_: unknown, r) =>
              r.checkedByName && r.decidedAt ? (
                <Space direction="vertical" size={0}>
                  <span>{`${r.checkedByName} · ${when(r.decidedAt)}`}</span>
                  {r.note ? <Typography.Text type="secondary">{r.note}</Typography.Text> : null}
                </Space>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Drawer>
  );
}
