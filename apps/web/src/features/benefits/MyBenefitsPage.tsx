/** Talent: 我的待遇 — what I receive, what was paid, what is on its way, and the payout account it is paid into. */
import { Alert, Card, Flex, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyBenefit, MyBenefits } from '@bole/contracts';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadingBlock } from '../../shared/ui/LoadingBlock';
import { useMyBenefits } from './api';
import { pickText } from '../../shared/lib/bilingual';
import { formatFen } from '../../shared/lib/money';
import { enumLabel, enumWord } from '../../shared/ui/enum-options';
import { PayoutAccountCard } from './PayoutAccountCard';
import { CardTable } from '../../shared/ui/CardTable';
import { formatDate } from '../../shared/lib/date-time';

const SOURCE_COLOR: Record<MyBenefit['source'], string> = { auto: 'green', application: 'blue', notify: 'gold' };
const LINE_COLOR: Record<MyBenefit['lines'][number]['status'], string> = {
  awaiting_account: 'volcano',
  queued: 'orange',
  approved: 'blue',
  paid: 'green',
  failed: 'red',
};

/** A benefit's payment lines: each period, its amount and where its payment stands. */
function PaymentLines({ r }: { r: MyBenefit }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex gap={8} wrap>
      {r.lines.map((l) => (
        <Tag key={l.period} color={LINE_COLOR[l.status]}>
          {l.period} · {formatFen(l.amountFen, i18n.language, { cents: 'always' })} · {enumLabel(t, 'paymentLineStatus', l.status)}
        </Tag>
      ))}
    </Flex>
  );
}

/** What happens next: the date 免申即享 next compares everyone, what it does then, and when it last ran. */
function NextSweep({ sweep }: { sweep: MyBenefits['sweep'] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="benefits-next"
      message={t('benefits.nextTitle')}
      description={
        <>
          {t('benefits.nextSweep', { next: formatDate(sweep.nextOn) })}{' '}
          {sweep.lastOn ? t('benefits.lastSweep', { last: formatDate(sweep.lastOn) }) : t('benefits.noSweepYet')}{' '}
          <Link to="/calculator" style={{ textDecoration: 'underline' }}>
            {t('benefits.whatToVerify')}
          </Link>
        </>
      }
    />
  );
}

/** The talent's benefits screen. */
export function MyBenefitsPage() {
  const { t, i18n } = useTranslation();
  const q = useMyBenefits();
  if (q.isLoading || !q.data) return <LoadingBlock />;
  const { items, totals, sweep } = q.data;
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
      <NextSweep sweep={sweep} />
      <PayoutAccountCard />
      <Card>
        <CardTable<MyBenefit>
          rows={items}
          rowKey={(r) => r.id}
          emptyText={t('benefits.empty')}
          testId="benefits-table"
          columns={[
            { key: 'policy', title: t('benefits.policy'), render: (r) => pickText(r.title, i18n.language) },
            { key: 'source', title: '', render: (r) => <Tag color={SOURCE_COLOR[r.source]}>{enumLabel(t, 'entitlementSource', r.source)}</Tag> },
            { key: 'amount', title: t('benefits.amount'), align: 'right', render: (r) => `${money(r.amountFen)} ${enumWord('benefitPeriod', r.period)}` },
            { key: 'dates', title: t('benefits.dates'), render: (r) => `${formatDate(r.startDate)} — ${formatDate(r.endedOn ?? r.endDate)}` },
            {
              key: 'status',
              title: '',
              render: (r) => <Tag color={r.status === 'active' ? 'green' : 'default'}>{enumLabel(t, 'entitlementState', r.status)}</Tag>,
            },
            { key: 'paid', title: enumLabel(t, 'paymentLineStatus', 'paid'), align: 'right', render: (r) => money(r.paidFen) },
            { key: 'pending', title: enumLabel(t, 'paymentLineStatus', 'approved'), align: 'right', render: (r) => money(r.pendingFen) },
          ]}
          table={{ expandable: { rowExpandable: (r) => r.lines.length > 0, expandedRowRender: (r) => <PaymentLines r={r} /> } }}
          cardFooter={(r) => (r.lines.length > 0 ? <PaymentLines r={r} /> : null)}
        />
      </Card>
    </>
  );
}
