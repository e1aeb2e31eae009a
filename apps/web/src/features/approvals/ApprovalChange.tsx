/** What a second-approval request would change, in a line, with a link to what it is about. */
import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SecondApproval } from '@bole/contracts';
import { formatFen } from '../../shared/lib/money';
import { enumWord } from '../../shared/ui/enum-options';

/**
 * The change of `request` as a person reads it; `link` adds a link to what it is about (not in a
 * confirmation dialog, which antd renders outside the router).
 */
export function ApprovalChange({ request, link = true }: { request: SecondApproval; link?: boolean }) {
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
    case 'policy_publish': {
      const c = request.change;
      return (
        <Space size={8} wrap data-testid={`approval-change-${request.id}`}>
          <Typography.Text>{t('approvals.publishChange', { version: c.version, date: c.effectiveFrom })}</Typography.Text>
          {link ? <Link to={`/policies/${encodeURIComponent(c.policyId)}`}>{t('approvals.openPolicy')}</Link> : null}
        </Space>
      );
    }
    case 'application': {
      const c = request.change;
      return (
        <Space size={8} wrap data-testid={`approval-change-${request.id}`}>
          <Typography.Text>
            {t('approvals.applicationChange', {
              period: enumWord('benefitPeriod', c.period),
              amount: money(c.amountFen),
              value: money(c.valueFen),
              threshold: money(c.thresholdFen),
            })}
          </Typography.Text>
          {link ? <Link to={`/review/applications/${c.applicationId}`}>{t('approvals.openApplication')}</Link> : null}
        </Space>
      );
    }
    case 'program_award': {
      const c = request.change;
      const lang = i18n.language === 'en' ? 'en' : 'zh';
      return (
        <Typography.Text data-testid={`approval-change-${request.id}`}>
          {t('approvals.programAwardChange', {
            program: (c.programName ?? request.title)[lang], // requests made before the name was recorded: their title names the program
            title: c.title,
            decision: enumWord('awardOutcome', 'awarded'),
            amount: money(c.amountFen),
          })}
        </Typography.Text>
      );
    }
  }
}
