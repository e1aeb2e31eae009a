import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStep } from '@bole/contracts';
import { pickText } from '../lib/bilingual';
import { dueDateMoveOf } from '../lib/due-date-move';
import { enumLabel } from './enum-options';
import { formatDateTime } from '../lib/date-time';

const ACTION_COLOR: Partial<Record<ApplicationStep['action'], string>> = { reject: 'red', return: 'orange', escalate: 'orange', due_date_moved: 'blue' };

/**
 * An application's steps, as the talent and the reviewers both read them: what happened, who
 * did it and when, the reason given (under `reasonLabel`), and for a deadline moved by an
 * imported holiday notice the old and new date.
 */
export function ApplicationTimeline({ steps, reasonLabel }: { steps: ApplicationStep[]; reasonLabel: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Timeline
      data-testid="timeline"
      items={steps.map((s) => {
        const moved = dueDateMoveOf(s);
        return {
          color: ACTION_COLOR[s.action] ?? 'green',
          children: (
            <>
              <Typography.Text strong>{enumLabel(t, 'applicationAction', s.action)}</Typography.Text>
              <Typography.Text type="secondary">{` · ${pickText(s.actorLabel, i18n.language)} · ${formatDateTime(s.at)}`}</Typography.Text>
              {moved ? <div data-testid="due-date-moved">{t('deadline.moved', { from: moved.from, to: moved.to, source: moved.source || '—' })}</div> : null}
              {s.reason ? <div>{`${reasonLabel}: ${s.reason}`}</div> : null}
            </>
          ),
        };
      })}
    />
  );
}
