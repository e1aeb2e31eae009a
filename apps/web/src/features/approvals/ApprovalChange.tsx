/** What a second-approval request would change, in a line. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecondApproval } from '@bole/contracts';
import { formatFen } from '../../shared/lib/money';

/** The change of `request` as a person reads it. */
export function ApprovalChange({ request }: { request: SecondApproval }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language, { cents: 'always' });
  switch (request.kind) {
    case 'budget': {
      const { before, after } = request.change;
      return (
        <Typography.Text data-testid={`approval-change-${request.id}`}>
          {t('approvals.budgetChange', {
            before: money(before.annualFen),
            after: money(after.annualFen),
            beforeQuota: before.quota.toLocaleString('en-US'),
            afterQuota: after.quota.toLocaleString('en-US'),
          })}
        </Typography.Text>
      );
    }
  }
}
