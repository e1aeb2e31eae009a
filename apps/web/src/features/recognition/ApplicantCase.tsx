/**
 * A recognition case as its applicant handles it — the talent, or their employer on their
 * behalf: facts, the last reason, the evidence, submit or withdraw while the case is with the
 * applicant, and the timeline.
 */
import type { ReactNode } from 'react';
import { Alert, App, Button, Flex, Space, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recognition } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useRecognitionActions } from './api';
import { CaseFacts, CaseTimeline } from './CaseSummary';
import { EvidencePanel } from './EvidencePanel';
import { enumLabel } from '../../shared/ui/enum-options';

/**
 * `talentId` is set when an employer acts for the talent (evidence is uploaded for them);
 * `notice` is shown under the last reason (e.g. the talent's granted tier).
 */
export function ApplicantCase({ r, talentId, notice }: { r: Recognition; talentId?: string; notice?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const actions = useRecognitionActions();
  const editable = r.status === 'draft' || r.status === 'returned';
  const run = (p: Promise<unknown>, ok: string) => p.then(() => message.success(ok)).catch((e: unknown) => message.error(errorText(e, i18n.language, t)));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <CaseFacts r={r} />
      {r.lastReason && (r.status === 'returned' || r.status === 'rejected') ? (
        <Alert
          type={r.status === 'rejected' ? 'error' : 'warning'}
          showIcon
          message={`${t('recognition.lastReason')}：${r.lastReason}`}
          data-testid="rec-reason"
        />
      ) : null}
      {notice}
      <EvidencePanel r={r} editable={editable} talentId={talentId} />
      {editable ? (
        <Flex gap={8}>
          <Button
            type="primary"
            data-testid="rec-submit"
            disabled={r.missingEvidence.length > 0}
            loading={actions.submit.isPending}
            onClick={() => void run(actions.submit.mutateAsync(r.id), t('recognition.submitted'))}
          >
            {r.status === 'returned' ? t('recognition.resubmit') : t('recognition.submit')}
          </Button>
          <Button
            danger
            data-testid="rec-withdraw"
            onClick={() =>
              // Withdrawing ends the case for good: ask first.
              modal.confirm({
                title: t('recognition.withdrawConfirmTitle'),
                content: t('recognition.withdrawConfirmBody'),
                okText: t('recognition.withdraw'),
                okButtonProps: { danger: true, 'data-testid': 'rec-withdraw-ok' } as ButtonProps,
                cancelText: t('common.cancel'),
                onOk: () => run(actions.withdraw.mutateAsync(r.id), enumLabel(t, 'recognitionStatus', 'withdrawn')),
              })
            }
          >
            {t('recognition.withdraw')}
          </Button>
        </Flex>
      ) : null}
      <div>
        <Typography.Title level={5}>{t('recognition.timeline')}</Typography.Title>
        <CaseTimeline r={r} />
      </div>
    </Space>
  );
}
