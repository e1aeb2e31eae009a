/** A case's facts and its timeline of steps (who acted, when, why): shared by every role's view. */
import { Descriptions, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recognition } from '@bole/contracts';
import { DueDate } from '../../shared/ui/ProvisionalTag';
import { enumLabel, fieldName, recognitionHolderText } from '../../shared/ui/enum-options';
import { formatDateTime } from '../../shared/lib/date-time';
import { pickText } from '../../shared/lib/bilingual';

const STATUS_COLORS: Record<Recognition['status'], string> = {
  draft: 'default',
  hr_review: 'processing',
  office_review: 'processing',
  returned: 'warning',
  public_notice: 'purple',
  granted: 'success',
  rejected: 'error',
  withdrawn: 'default',
  revoked: 'error',
};

/** The status as a coloured tag. */
export function StatusTag({ status }: { status: Recognition['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="rec-status">
      {enumLabel(t, 'recognitionStatus', status)}
    </Tag>
  );
}

function when(iso: string): string {
  return formatDateTime(iso);
}

/** Facts of a case: tier, status, holder, due date, notice period, validity. */
export function CaseFacts({ r, showTalent }: { r: Recognition; showTalent?: boolean }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered data-testid="rec-facts">
      {showTalent ? <Descriptions.Item label={t('recognition.talent')}>{r.talentName}</Descriptions.Item> : null}
      {showTalent ? <Descriptions.Item label={fieldName('employerId')}>{r.employerName ?? '—'}</Descriptions.Item> : null}
      <Descriptions.Item label={t('recognition.proposedTier')}>
        <Typography.Text strong data-testid="rec-tier">
          {enumLabel(t, 'tierName', r.proposedTier)}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('recognition.requestDate')}>{r.requestDate}</Descriptions.Item>
      {r.requestedByRole === 'employer' ? (
        <Descriptions.Item label={t('recognition.requestedBy')}>
          <span data-testid="rec-requested-by">{t('recognition.byEmployer', { name: r.employerName ?? '' })}</span>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('recognition.holderNow')}>
        <StatusTag status={r.status} /> {recognitionHolderText(r.holder)}
      </Descriptions.Item>
      {r.dueDate ? (
        <Descriptions.Item label={t('recognition.due')}>
          <DueDate date={r.dueDate} provisional={r.dueDateProvisional} testId="rec-due" />
        </Descriptions.Item>
      ) : null}
      {r.noticeStartsOn ? (
        <Descriptions.Item label={t('recognition.noticePeriod')}>
          <span data-testid="rec-notice">{`${r.noticeStartsOn} ~ ${r.noticeEndsOn}`}</span>
        </Descriptions.Item>
      ) : null}
      {r.validUntil ? <Descriptions.Item label={t('recognition.validUntil')}>{r.validUntil}</Descriptions.Item> : null}
      {showTalent && r.socialInsuranceMonths !== null ? (
        <Descriptions.Item label={t('recognition.siMonths')}>{r.socialInsuranceMonths}</Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** The timeline: one entry per step, newest last. */
export function CaseTimeline({ r }: { r: Recognition }) {
  const { t, i18n } = useTranslation();
  return (
    <Timeline
      data-testid="rec-timeline"
      items={r.steps.map((s) => ({
        color: s.toStatus === 'rejected' ? 'red' : s.action === 'finalize' ? 'green' : s.toStatus === 'returned' ? 'orange' : 'blue',
        children: (
          <div>
            <Typography.Text strong>{enumLabel(t, 'recognitionAction', s.action)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              {pickText(s.actorLabel, i18n.language)} · {when(s.at)}
            </Typography.Text>
            {s.reason ? (
              <div>
                {t('recognition.lastReason')}：{s.reason}
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
