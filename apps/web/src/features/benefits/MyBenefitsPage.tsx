/** Talent: 我的待遇 — what I receive, what was paid, what is on its way, and the payout account it is paid into. */
import { Alert, Card, Empty, Flex, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyBenefit } from '@bole/contracts';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadingBlock } from '../../shared/ui/LoadingBlock';
import { useMyBenefits } from './api';
import { pickText } from '../../shared/lib/bilingual';
import { formatFen } from '../../shared/lib/money';
import { enumLabel, enumWord } from '../../shared/ui/enum-options';
import { PayoutAccountCard } from './PayoutAccountCard';

const SOURCE_COLOR: Record<MyBenefit['source'], string> = { auto: 'green', application: 'blue', notify: 'gold' };
const LINE_COLOR: Record<MyBenefit['lines'][number]['status'], string> = {
  awaiting_account: 'volcano',
  queued: 'orange',
  approved: 'blue',
  paid: 'green',
  failed: 'red',
};

/** The talent's benefits screen. */
export function MyBenefitsPage() {
  const { t, i18n } = useTranslation();
  const q = useMyBenefits();
  if (q.isLoading || !q.data) return <LoadingBlock />;
  const { items, totals } = q.data;
  const money = (f: number) => formatFen(f, i18n.language, { cents: 'always' });
  return (
    <>
      <PageHeader title={t('benefits.mineTitle')} subtitle={t('benefits.mineSubtitle')} />
      {totals.awaitingAccountLines > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="benefits-awaiting-account"
          message={t('benefits.awaitingAlert', { count: totals.awaitingAccountLines, amount: money(totals.awaitingAccountFen) })}
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={48} wrap>
          <Statistic title={t('benefits.granted')} value={money(totals.grantedFen)} data-testid="benefits-granted" />
          <Statistic title={enumLabel(t, 'paymentLineStatus', 'paid')} value={money(totals.paidFen)} data-testid="benefits-paid" />
          <Statistic title={enumLabel(t, 'paymentLineStatus', 'approved')} value={money(totals.pendingFen)} data-testid="benefits-pending" />
          {totals.awaitingAccountFen > 0 ? (
            <Statistic
              title={enumLabel(t, 'paymentLineStatus', 'awaiting_account')}
              value={money(totals.awaitingAccountFen)}
              valueStyle={{ color: '#d4380d' }}
              data-testid="benefits-awaiting"
            />
          ) : null}
        </Flex>
      </Card>
      <PayoutAccountCard />
      <Card>
        {items.length === 0 ? (
          <Empty description={t('benefits.empty')} />
        ) : (
          <Table
            rowKey="id"
            dataSource={items}
            pagination={false}
            data-testid="benefits-table"
            columns={[
              { title: t('benefits.policy'), render: (_: unknown, r: MyBenefit) => pickText(r.title, i18n.language) },
              { title: '', dataIndex: 'source', render: (s: MyBenefit['source']) => <Tag color={SOURCE_COLOR[s]}>{enumLabel(t, 'entitlementSource', s)}</Tag> },
              {
                title: t('benefits.amount'),
                render: (_: unknown, r: MyBenefit) => `${money(r.amountFen)} ${enumWord('benefitPeriod', r.period)}`,
                align: 'right',
              },
              { title: t('benefits.dates'), render: (_: unknown, r: MyBenefit) => `${r.startDate} — ${r.endedOn ?? r.endDate}` },
              {
                title: '',
                dataIndex: 'status',
                render: (s: MyBenefit['status']) => <Tag color={s === 'active' ? 'green' : 'default'}>{enumLabel(t, 'entitlementState', s)}</Tag>,
              },
              { title: enumLabel(t, 'paymentLineStatus', 'paid'), dataIndex: 'paidFen', align: 'right', render: money },
              { title: enumLabel(t, 'paymentLineStatus', 'approved'), dataIndex: 'pendingFen', align: 'right', render: money },
            ]}
            expandable={{
              rowExpandable: (r) => r.lines.length > 0,
              expandedRowRender: (r) => (
                <Flex gap={8} wrap>
                  {r.lines.map((l) => (
                    <Tag key={l.period} color={LINE_COLOR[l.status]}>
                      {l.period} · {money(l.amountFen)} · {enumLabel(t, 'paymentLineStatus', l.status)}
                    </Tag>
                  ))}
                </Flex>
              ),
            }}
          />
        )}
      </Card>
    </>
  );
}
