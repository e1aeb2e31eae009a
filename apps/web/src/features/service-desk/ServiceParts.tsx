/** Pieces every service-desk screen shows: a request's status, its three clocks, and its timeline. */
import { Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CLOCK_STOP_PARTY_LABELS,
  SERVICE_ACTION_LABELS,
  SERVICE_CATEGORY_LABELS,
  SERVICE_CLOCK_LABELS,
  SERVICE_OUTCOME_LABELS,
  SERVICE_STATUS_LABELS,
  type ServiceRequest,
} from '@bole/contracts';
import { pickText } from '../../shared/lib/bilingual';
import { formatDateTime } from '../../shared/lib/date-time';

const STATUS_COLOR: Record<ServiceRequest['status'], string> = {
  accepted: 'default',
  assigned: 'blue',
  in_progress: 'processing',
  answered: 'cyan',
  closed: 'green',
  follow_up: 'green',
  rated: 'success',
};

/** The request's category and where it stands. */
export function ServiceStatus({ request }: { request: ServiceRequest }) {
  const { i18n } = useTranslation();
  return (
    <Space size={4} wrap>
      <Typography.Text strong>{pickText(SERVICE_CATEGORY_LABELS[request.category], i18n.language)}</Typography.Text>
      <Tag color={STATUS_COLOR[request.status]} data-testid={`service-status-${request.id}`}>
        {pickText(SERVICE_STATUS_LABELS[request.status], i18n.language)}
      </Tag>
      {request.outcome ? <Tag>{pickText(SERVICE_OUTCOME_LABELS[request.outcome], i18n.language)}</Tag> : null}
    </Space>
  );
}

/** The three clocks: due date, met, overdue, or stopped (for whom and why). */
export function ServiceClocks({ request }: { request: ServiceRequest }) {
  const { t, i18n } = useTranslation();
  return (
    <Space size={4} wrap data-testid={`service-clocks-${request.id}`}>
      {request.clocks
        .filter((c) => c.dueOn)
        .map((c) => (
          <Tag key={c.clock} color={c.overdue ? 'red' : c.metOn ? 'green' : 'default'}>
            {pickText(SERVICE_CLOCK_LABELS[c.clock], i18n.language)}{' '}
            {c.metOn
              ? t('serviceDesk.metOn', { date: c.metOn })
              : c.overdue
                ? t('serviceDesk.overdueSince', { date: c.dueOn })
                : t('serviceDesk.dueOn', { date: c.dueOn })}
          </Tag>
        ))}
      {request.stopped ? (
        <Tag color="orange">
          {t('serviceDesk.stopped', { party: pickText(CLOCK_STOP_PARTY_LABELS[request.stopped.waitingFor], i18n.language), note: request.stopped.note })}
        </Tag>
      ) : null}
    </Space>
  );
}

/** Every step of the request: when, what, who, their note. */
export function ServiceTimeline({ request }: { request: ServiceRequest }) {
  const { i18n } = useTranslation();
  return (
    <Timeline
      data-testid="service-timeline"
      items={request.steps.map((s) => ({
        color: s.action.startsWith('escalate') ? 'red' : 'blue',
        children: (
          <Space direction="vertical" size={0}>
            <Typography.Text strong>{pickText(SERVICE_ACTION_LABELS[s.action], i18n.language)}</Typography.Text>
            <Typography.Text type="secondary">
              {formatDateTime(s.at)}
              {s.actorName ? ` · ${s.actorName}` : ''}
            </Typography.Text>
            {s.note ? <Typography.Text>{s.note}</Typography.Text> : null}
          </Space>
        ),
      }))}
    />
  );
}
