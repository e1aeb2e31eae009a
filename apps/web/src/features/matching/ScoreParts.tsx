import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCORE_PART_LABELS, type ScoreBreakdownDto, type Bilingual } from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';

/** A match score's parts (points each) and its total. */
export function ScoreParts({ score }: { score: ScoreBreakdownDto }) {
  const { t, i18n } = useTranslation();
  const parts = Object.keys(SCORE_PART_LABELS) as (keyof typeof SCORE_PART_LABELS)[];
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} data-testid="score-parts">
      {parts.map((part) => (
        <Descriptions.Item key={part} label={pickText(SCORE_PART_LABELS[part], i18n.language)}>
          {score[part]}
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('matching.total')}>
        <Typography.Text strong>{score.total}</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The top reasons as tags. */
export function Reasons({ reasons }: { reasons: Bilingual[] }) {
  const { i18n } = useTranslation();
  return (
    <>
      {reasons.map((r) => (
        <Tag key={r.zh} color="blue">
          {pickText(r, i18n.language)}
        </Tag>
      ))}
    </>
  );
}
