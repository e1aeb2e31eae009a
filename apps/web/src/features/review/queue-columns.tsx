/** The columns of the reviewers' queue and the office's overdue list: who, which policy, stage, value, due date. */
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewQueueItem } from '@bole/contracts';
import { ProvisionalTag } from '../../shared/ui/ProvisionalTag';
import { domainLabel } from '../../shared/ui/enum-options';
import { formatFen } from '../../shared/lib/money';

/** A due date with its provisional, overdue and escalated marks. */
export function DueCell({ item }: { item: Pick<ReviewQueueItem, 'dueDate' | 'dueDateProvisional' | 'overdue' | 'escalated' | 'id'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <span>{item.dueDate}</span>
      <ProvisionalTag provisional={item.dueDateProvisional} testId={`provisional-${item.id}`} />
      {item.overdue ? (
        <Tag color="red" data-testid={`overdue-${item.id}`}>
          {t('review.overdue')}
        </Tag>
      ) : null}
      {item.escalated ? <Tag color="volcano">{t('review.escalated')}</Tag> : null}
    </Space>
  );
}

/** The talent's name, with 已补正 when the item came back after a return. */
function NameCell({ item }: { item: ReviewQueueItem }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <span>{item.talentName}</span>
      {item.resubmitted ? (
        <Tag color="blue" data-testid={`resubmitted-${item.id}`}>
          {t('review.resubmitted')}
        </Tag>
      ) : null}
    </Space>
  );
}

/** The queue's columns in the interface language. */
export function queueColumns(t: (k: string, o?: Record<string, unknown>) => string, lang: 'zh' | 'en', language: string) {
  return [
    { title: domainLabel('actor', 'applicant'), key: 'talentName', render: (_: unknown, r: ReviewQueueItem) => <NameCell item={r} /> },
    { title: t('review.policy'), key: 'policy', render: (_: unknown, r: ReviewQueueItem) => r.policyTitle[lang] },
    {
      title: t('review.stage'),
      key: 'stage',
      render: (_: unknown, r: ReviewQueueItem) => (r.onAppeal ? t('review.appealStage') : t('review.stageN', { n: r.stageIndex + 1 })),
    },
    { title: t('review.value'), dataIndex: 'valueFen', key: 'valueFen', render: (v: number) => formatFen(v, language) },
    { title: t('review.due'), key: 'due', render: (_: unknown, r: ReviewQueueItem) => <DueCell item={r} /> },
    {
      title: '',
      key: 'open',
      render: (_: unknown, r: ReviewQueueItem) => (
        <Link to={`/review/applications/${r.id}`} data-testid={`review-open-${r.talentName}`}>
          {t('review.open')}
        </Link>
      ),
    },
  ];
}
