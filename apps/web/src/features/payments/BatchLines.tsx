/** The lines of one payment batch: talent, policy, department (by name), period, amount, status. */
import { useState } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaymentLinePage } from '@bole/contracts';
import { cityLabel } from '../../shared/api/city';
import { pickText } from '../../shared/lib/bilingual';
import { formatFen } from '../../shared/lib/money';
import { enumLabel } from '../../shared/ui/enum-options';
import { useBatchLines } from './api';

type Line = PaymentLinePage['items'][number];
const PAGE_SIZE = 20;

/** A batch's lines, paged. */
export function BatchLines({ batchId, period }: { batchId: string; period: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const lines = useBatchLines(batchId, page, PAGE_SIZE);
  const lang = i18n.language;
  return (
    <Table<Line>
      rowKey="id"
      size="small"
      loading={lines.isLoading}
      dataSource={lines.data?.items ?? []}
      data-testid={`batch-lines-${period}`}
      pagination={{ current: page, pageSize: PAGE_SIZE, total: lines.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      columns={[
        { title: t('payments.talent'), dataIndex: 'talentName' },
        { title: t('payments.policy'), render: (_: unknown, l: Line) => pickText(l.policyTitle, lang) },
        {
          title: t('payments.department'),
          render: (_: unknown, l: Line) => (l.department ? pickText(cityLabel('department', l.department), lang) || l.department : '—'),
        },
        { title: t('payments.period'), dataIndex: 'period' },
        { title: t('payments.amount'), render: (_: unknown, l: Line) => formatFen(l.amountFen, lang, { cents: 'always' }), align: 'right' },
        {
          title: t('payments.lineStatus'),
          render: (_: unknown, l: Line) =>
            l.failureReason ? `${enumLabel(t, 'paymentLineStatus', l.status)} · ${l.failureReason}` : enumLabel(t, 'paymentLineStatus', l.status),
        },
      ]}
    />
  );
}
