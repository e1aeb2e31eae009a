import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The orange 暂定 tag beside a deadline that lies in a provisional holiday-calendar year, with a
 * tooltip saying it may move once the State Council notice is imported. Renders nothing when
 * the deadline is on an official year.
 */
export function ProvisionalTag({ provisional, testId }: { provisional: boolean | undefined; testId?: string }) {
  const { t } = useTranslation();
  if (!provisional) return null;
  return (
    <Tooltip title={t('deadline.provisionalHint')}>
      <Tag color="orange" data-testid={testId}>
        {t('deadline.provisional')}
      </Tag>
    </Tooltip>
  );
}

/** A deadline with its 暂定 tag when provisional ('—' when there is none). */
export function DueDate({ date, provisional, testId }: { date: string | null; provisional: boolean | undefined; testId?: string }) {
  if (!date) return <span data-testid={testId}>—</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span data-testid={testId}>{date}</span> <ProvisionalTag provisional={provisional} {...(testId ? { testId: `${testId}-provisional` } : {})} />
    </span>
  );
}
