/**
 * 活动 (talent, phone first): the events open for registration, and one event with its sessions,
 * the places left in each and the talent's own standing — register, join the waitlist or cancel.
 */
import { App, Button, Card, Empty, Flex, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EventRegistration, EventSession, EventView } from '@bole/contracts';
import { EVENT_REGISTRATION_ACTIVE } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatDateTime } from '../../shared/lib/date-time';
import { enumLabel } from '../../shared/ui/enum-options';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useEvent, useEvents, useMyMove, useMyRegistrations, useRegister } from './api';
import { Loaded } from '../../shared/ui/Loaded';

/** Places left in a session (never below zero). */
export function placesLeft(s: Pick<EventSession, 'capacity' | 'taken'>): number {
  return Math.max(0, s.capacity - s.taken);
}

/** The open events. */
export function EventsPage() {
  const { t } = useTranslation();
  const events = useEvents();
  const header = <PageHeader title={t('events.title')} subtitle={t('events.subtitle')} extra={<Link to="/events/mine">{t('nav.myTickets')}</Link>} />;
  return (
    <Loaded query={events} header={header}>
      {(all) => <OpenEvents events={all.filter((e) => e.registrationOpen && !e.cancelled)} />}
    </Loaded>
  );
}

/** The events open for registration, as cards. */
function OpenEvents({ events: open }: { events: EventView[] }) {
  const { t } = useTranslation();
  return open.length === 0 ? (
    <Empty description={t('events.none')} />
  ) : (
    <List
      dataSource={open}
      data-testid="event-list"
      renderItem={(e) => (
        <List.Item key={e.code}>
          <Card
            style={{ width: '100%' }}
            size="small"
            title={
              <Link to={`/events/${e.code}`} data-testid={`event-${e.code}`}>
                {e.title}
              </Link>
            }
          >
            <Space direction="vertical" size={2}>
              <Tag>{enumLabel(t, 'eventKind', e.kind)}</Tag>
              <Typography.Text>{e.venue}</Typography.Text>
              <Typography.Text type="secondary">{t('events.closesAt', { at: formatDateTime(e.registrationClosesAt) })}</Typography.Text>
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}

/** One session's row: its time, the places left and what the talent may do. */
function SessionCard({ event, session, mine }: { event: EventView; session: EventSession; mine: EventRegistration | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const register = useRegister(event.code);
  const move = useMyMove();
  const left = placesLeft(session);
  const full = left === 0;
  const action = mine ? (
    <Popconfirm
      title={t('events.cancelConfirm')}
      okText={t('events.cancelYes')}
      cancelText={t('events.cancelNo')}
      onConfirm={() => move.mutate({ id: mine.id, action: 'cancel' }, { onError: (e) => onError(e) })}
    >
      <Button danger loading={move.isPending} data-testid={`cancel-${session.code}`}>
        {t('events.cancel')}
      </Button>
    </Popconfirm>
  ) : full && !event.waitlist ? (
    <Button disabled>{t('events.full')}</Button>
  ) : (
    <Button
      type="primary"
      disabled={!event.registrationOpen}
      loading={register.isPending}
      data-testid={`register-${session.code}`}
      onClick={() =>
        register.mutate(session.code, {
          onSuccess: (r) => void message.success(enumLabel(t, 'eventRegistrationStatus', r.status)),
          onError: (e) => onError(e),
        })
      }
    >
      {full ? t('events.joinWaitlist') : t('events.register')}
    </Button>
  );
  return (
    <Card size="small" data-testid={`session-${session.code}`} title={session.title}>
      <Flex vertical gap={8}>
        <Typography.Text>
          {formatDateTime(session.startsAt)} – {formatDateTime(session.endsAt)}
        </Typography.Text>
        <Typography.Text data-testid={`places-${session.code}`} type={full ? 'warning' : undefined}>
          {full ? t('events.noPlaces', { waiting: session.waiting }) : t('events.placesLeft', { left, capacity: session.capacity })}
        </Typography.Text>
        {mine ? <Tag color="blue">{enumLabel(t, 'eventRegistrationStatus', mine.status)}</Tag> : null}
        <div>{action}</div>
      </Flex>
    </Card>
  );
}

/** One event with its sessions. */
export function EventDetailPage() {
  const { t, i18n } = useTranslation();
  const { code } = useParams();
  const event = useEvent(code);
  const mine = useMyRegistrations();
  if (event.isPending || mine.isPending) return <LoadingBlock />;
  if (event.isError) return <LoadError text={errorText(event.error, i18n.language, t)} onRetry={() => void event.refetch()} />;
  const e = event.data;
  const active = (mine.data ?? []).filter((r) => r.eventCode === e.code && EVENT_REGISTRATION_ACTIVE.includes(r.status));
  return (
    <>
      <PageHeader title={e.title} subtitle={`${enumLabel(t, 'eventKind', e.kind)} · ${e.venue}`} extra={<Link to="/events/mine">{t('nav.myTickets')}</Link>} />
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Text type="secondary">
          {enumLabel(t, 'eventAudience', e.audience)}
          {e.approvalRequired ? ` · ${t('events.approvalRequired')}` : ''}
        </Typography.Text>
        {e.sessions.map((s) => (
          <SessionCard key={s.code} event={e} session={s} mine={active.find((r) => r.sessionCode === s.code)} />
        ))}
      </Space>
    </>
  );
}
