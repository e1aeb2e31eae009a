/** The talent detail's case, money, message and audit cards (the profile and facts are in TalentDetailPage). */
import { Card, Descriptions, List, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Application, type AuditEntry, type MyBenefit, type Recognition, type TalentDetail } from '@bole/contracts';
import { domainLabel, enumLabel, recognitionHolderText } from '../../shared/ui/enum-options';
import { formatDate, formatDateTime } from '../../shared/lib/date-time';
import { formatFen } from '../../shared/lib/money';
import { pickText } from '../../shared/lib/bilingual';
import { notificationText } from '../../shared/lib/notification-text';

type PaymentRow = MyBenefit['lines'][number] & { key: string; title: MyBenefit['title'] };

/** 人才认定 and 政策申请, each with its status and who holds it. */
export function CasesCard({ d }: { d: TalentDetail }) {
  const { t, i18n } = useTranslation();
  const recognitionColumns: TableProps<Recognition>['columns'] = [
    { key: 'requestDate', title: t('talentDetail.requestDate'), dataIndex: 'requestDate', width: 120 },
    { key: 'tier', title: t('talentDetail.proposedTier'), render: (_, r) => enumLabel(t, 'tier', r.proposedTier), width: 110 },
    { key: 'status', title: t('talentDetail.status'), render: (_, r) => <Tag>{domainLabel('recognitionStatus', r.status)}</Tag> },
    { key: 'holder', title: t('talentDetail.holder'), render: (_, r) => recognitionHolderText(r.holder) },
    { key: 'due', title: t('talentDetail.dueDate'), render: (_, r) => r.dueDate ?? t('common.none'), width: 120 },
    { key: 'valid', title: t('talentDetail.validUntil'), render: (_, r) => r.validUntil ?? t('common.none'), width: 120 },
  ];
  const applicationColumns: TableProps<Application>['columns'] = [
    { key: 'policy', title: t('talentDetail.policy'), render: (_, a) => pickText(a.policyTitle, i18n.language) },
    { key: 'applyDate', title: t('talentDetail.applyDate'), dataIndex: 'applyDate', width: 120 },
    { key: 'status', title: t('talentDetail.status'), render: (_, a) => <Tag>{domainLabel('applicationStatus', a.status)}</Tag>, width: 130 },
    {
      key: 'department',
      title: t('talentDetail.department'),
      render: (_, a) => (a.departmentName ? pickText(a.departmentName, i18n.language) : t('common.none')),
    },
  ];
  return (
    <>
      <Card size="small" title={t('talentDetail.recognitions')}>
        <Table<Recognition>
          rowKey="id"
          size="small"
          columns={recognitionColumns}
          dataSource={d.recognitions}
          pagination={false}
          locale={{ emptyText: t('talentDetail.noRecognitions') }}
          data-testid="talent-detail-recognitions"
        />
      </Card>
      <Card size="small" title={t('talentDetail.applications')}>
        <Table<Application>
          rowKey="id"
          size="small"
          columns={applicationColumns}
          dataSource={d.applications}
          pagination={false}
          locale={{ emptyText: t('talentDetail.noApplications') }}
          data-testid="talent-detail-applications"
        />
      </Card>
    </>
  );
}

/** 待遇与发放: each entitlement with what was paid and what is on its way, then every payment line. */
export function BenefitsCard({ d }: { d: TalentDetail }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const totals = d.benefits.totals;
  const entitlementColumns: TableProps<MyBenefit>['columns'] = [
    { key: 'title', title: t('talentDetail.policy'), render: (_, e) => pickText(e.title, i18n.language) },
    { key: 'amount', title: t('talentDetail.amount'), render: (_, e) => `${money(e.amountFen)} / ${domainLabel('benefitPeriod', e.period)}`, width: 170 },
    { key: 'source', title: t('talentDetail.source'), render: (_, e) => domainLabel('entitlementSource', e.source), width: 110 },
    { key: 'window', title: t('talentDetail.window'), render: (_, e) => `${e.startDate} – ${e.endDate}`, width: 210 },
    { key: 'state', title: t('talentDetail.status'), render: (_, e) => <Tag>{domainLabel('entitlementState', e.status)}</Tag>, width: 90 },
    { key: 'paid', title: domainLabel('paymentLineStatus', 'paid'), render: (_, e) => money(e.paidFen), width: 110 },
  ];
  const payments: PaymentRow[] = d.benefits.items.flatMap((e) => e.lines.map((l, i) => ({ ...l, key: `${e.id}-${i}`, title: e.title })));
  const paymentColumns: TableProps<PaymentRow>['columns'] = [
    { key: 'title', title: t('talentDetail.policy'), render: (_, l) => pickText(l.title, i18n.language) },
    { key: 'period', title: t('talentDetail.period'), dataIndex: 'period', width: 110 },
    { key: 'amount', title: t('talentDetail.amount'), render: (_, l) => money(l.amountFen), width: 120 },
    { key: 'status', title: t('talentDetail.status'), render: (_, l) => <Tag>{domainLabel('paymentLineStatus', l.status)}</Tag>, width: 130 },
    { key: 'settled', title: t('talentDetail.settledAt'), render: (_, l) => (l.settledAt ? formatDate(l.settledAt) : t('common.none')), width: 130 },
  ];
  return (
    <Card size="small" title={t('talentDetail.benefits')}>
      <Descriptions size="small" column={{ xs: 1, md: 4 }}>
        <Descriptions.Item label={t('talentDetail.granted')}>{money(totals.grantedFen)}</Descriptions.Item>
        <Descriptions.Item label={domainLabel('paymentLineStatus', 'paid')}>{money(totals.paidFen)}</Descriptions.Item>
        <Descriptions.Item label={t('talentDetail.pending')}>{money(totals.pendingFen)}</Descriptions.Item>
        <Descriptions.Item label={t('talentDetail.awaitingAccount')}>{money(totals.awaitingAccountFen)}</Descriptions.Item>
      </Descriptions>
      <Table<MyBenefit>
        rowKey="id"
        size="small"
        columns={entitlementColumns}
        dataSource={d.benefits.items}
        pagination={false}
        locale={{ emptyText: t('talentDetail.noEntitlements') }}
        data-testid="talent-detail-entitlements"
      />
      <Typography.Title level={3} style={{ fontSize: 14, marginTop: 16 }}>
        {t('talentDetail.payments')}
      </Typography.Title>
      <Table<PaymentRow>
        rowKey="key"
        size="small"
        columns={paymentColumns}
        dataSource={payments}
        pagination={false}
        locale={{ emptyText: t('talentDetail.noPayments') }}
        data-testid="talent-detail-payments"
      />
    </Card>
  );
}

/** The latest notifications the talent was sent, as the talent read them. */
export function NotificationsCard({ d }: { d: TalentDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Card size="small" title={t('talentDetail.notifications')}>
      <List
        size="small"
        dataSource={d.notifications}
        locale={{ emptyText: t('talentDetail.noNotifications') }}
        data-testid="talent-detail-notifications"
        renderItem={(n) => (
          <List.Item>
            <span>{notificationText(t, n, i18n.language)}</span>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', marginLeft: 12 }}>
              {formatDateTime(n.createdAt)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Who read the full ID and mobile numbers, when, and from where (the audit log's `personal_data.read`). */
export function ReadsCard({ d }: { d: TalentDetail }) {
  const { t } = useTranslation();
  const columns: TableProps<AuditEntry>['columns'] = [
    { key: 'at', title: t('talentDetail.readAt'), render: (_, r) => formatDateTime(r.at), width: 170 },
    { key: 'actor', title: t('talentDetail.reader'), render: (_, r) => r.actorName ?? t('common.none') },
    { key: 'role', title: t('talentDetail.readerRole'), render: (_, r) => enumLabel(t, 'role', r.actorRole), width: 120 },
    { key: 'ip', title: t('talentDetail.readerIp'), render: (_, r) => r.ip ?? t('common.none'), width: 150 },
  ];
  return (
    <Card size="small" title={t('talentDetail.fullNumberReads')}>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={d.fullNumberReads}
        pagination={false}
        locale={{ emptyText: t('talentDetail.noReads') }}
        data-testid="talent-detail-reads"
      />
    </Card>
  );
}
