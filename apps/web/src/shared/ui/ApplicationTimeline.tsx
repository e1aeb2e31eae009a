import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStep } from '@bole/contracts';
import { pickText } from '../lib/bilingual';
import { enumLabel } from './enum-options';

const ACTION_COLOR: Partial<Record<ApplicationStep['action'], string>> = { reject: 'red', return: 'orange', escalate: 'orange' };

/**
 * An application's steps, as the talent and the reviewers both read them: what happened, who
 * did it and when, and the reason given (under `reasonLabel`).
 */
export function ApplicationTimeline({ steps, reasonLabel }: { steps: ApplicationStep[]; reasonLabel: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Timeline
      data-testid="timeline"
      items={steps.map((s) => ({
        color: ACTION_COLOR[s.action] ?? 'green',
        children: (
          <>
            <Typography.Text strong>{enumLabel(t, 'applicationAction', s.action)}</Typography.Text>
            <Typography.Text type="secondary">{` · ${pickText(s.actorLabel, i18n.language)} · ${new Date(s.at).toLocaleString(i18n.language)}`}</Typography.Text>
            {s.reason ? <div>{`${reasonLabel}: ${s.reason}`}</div> : null}
          </>
        ),
      }))}
    />
  );
}
