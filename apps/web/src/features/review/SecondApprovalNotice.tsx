/**
 * The decision page of an application whose final approval awaits a second person (its value is
 * above the threshold): who approved first and when; the first approver may withdraw it, anyone
 * else of the department completes, rejects or returns it with the decision form below.
 */
import { Alert, App, Button, Space, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail, PendingSecondApproval } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { formatDateTime } from '../../shared/lib/date-time';
import { formatFen } from '../../shared/lib/money';
import { enumLabel } from '../../shared/ui/enum-options';
import { useWithdrawFirstApproval } from './api';

/** The pending second approval of `application`. */
export function SecondApprovalNotice({ application, pending }: { application: ApplicationDetail; pending: PendingSecondApproval }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const withdraw = useWithdrawFirstApproval();
  const vars = {
    name: pending.firstApprovedByName ?? '—',
    at: formatDateTime(pending.firstApprovedAt),
    value: formatFen(application.valueFen, i18n.language),
    threshold: formatFen(pending.thresholdFen, i18n.language),
  };
  const askWithdraw = () =>
    modal.confirm({
      title: t('review.second.withdrawTitle'),
      content: t('review.second.withdrawBody'),
      okText: t('review.second.withdraw'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'second-withdraw-ok' } as ButtonProps,
      onOk: () =>
        withdraw.mutateAsync(pending.approvalId).then(
          () => void message.success(t('review.second.withdrawn')),
          (e: unknown) => void message.error(errorText(e, i18n.language, t)),
        ),
    });
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="second-approval-pending"
      message={enumLabel(t, 'secondApprovalStatus', 'pending')}
      description={
        <Space direction="vertical" size={4}>
          <span>{pending.firstApprovedByYou ? t('review.second.byYou', vars) : t('review.second.byOther', vars)}</span>
          {pending.reason ? <span>{t('review.second.reason', { reason: pending.reason })}</span> : null}
          {pending.firstApprovedByYou ? (
            <Button size="small" onClick={askWithdraw} loading={withdraw.isPending} data-testid="second-withdraw">
              {t('review.second.withdraw')}
            </Button>
          ) : null}
        </Space>
      }
    />
  );
}
