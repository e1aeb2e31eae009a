/**
 * 活动管理 (officers; auditors read): the events with their places, create or edit one, and for the
 * chosen event its registrations per session (approve / decline / cancel), the waitlist with open
 * offers and their expiry, and attendance at the door.
 */
import { useState } from 'react';
import { App, Button, Card, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventRegistration, EventView } from '@bole/contracts';
import { errorText } from '../../shared/form/problem';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatDateTime } from '../../shared/lib/date-time';
import { enumLabel } from '../../shared/ui/enum-options';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useAttendance, useEventRegistrations, useEvents, useOrganiserMove, type OrganiserAction } from './api';
import { EventForm } from './EventForm';
import { placesLeft } from './EventsPage';

/** The registrations of one event, with the organisers' buttons. */
function Registrations({ code, readOnly }: { code: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const regs = useEventRegistrations(code);
  const move = useOrganiserMove(code);
  const act = (r: EventRegistration, action: OrganiserAction) => move.mutate({ id: r.id, action }, { onError: (e) => onError(e) });
  const actions = (r: EventRegistration) =>
    readOnly ? null : (
      <Space wrap>
        {r.status === 'pending' ? (
          <>
            <Button size="small" type="primary" onClick={() => act(r, 'approve')} data-testid={`approve-${r.id}`}>
              {t('events.office.approve')}
            </Button>
            <Button size="small" onClick={() => act(r, 'decline')}>
              {t('events.office.decline')}
            </Button>
          </>
        ) : null}
        {['pending', 'confirmed', 'waitlisted', 'offered'].includes(r.status) ? (
          <Button size="small" danger onClick={() => act(r, 'cancel')}>
            {t('events.office.cancel')}
          </Button>
        ) : null}
      </Space>
    );
  return (
    <Table<EventRegistration>
      rowKey="id"
      size="small"
      loading={regs.isPending}
      dataSource={regs.data ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="registrations"
      scroll={{ x: true }}
      columns={[
        { title: t('events.office.session'), dataIndex: 'sessionTitle' },
        { title: t('events.office.holder'), dataIndex: 'holder' },
        {
          title: t('events.office.status'),
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              <Tag>{enumLabel(t, 'eventRegistrationStatus', r.status)}</Tag>
              {r.waitlistPlace ? <Typography.Text type="secondary">{t('events.waitlistPlace', { place: r.waitlistPlace })}</Typography.Text> : null}
              {r.offerExpiresAt ? (
                <Typography.Text type="warning">{t('events.office.offerUntil', { at: formatDateTime(r.offerExpiresAt) })}</Typography.Text>
              ) : null}
              {r.admittedAt ? <Typography.Text type="success">{t('events.admittedAt', { at: formatDateTime(r.admittedAt) })}</Typography.Text> : null}
            </Space>
          ),
        },
        { title: t('events.office.registeredAt'), render: (_, r) => formatDateTime(r.registeredAt) },
        { title: t('events.office.actions'), render: (_, r) => actions(r) },
      ]}
    />
  );
}

/** Attendance per session. */
function Attendance({ code }: { code: string }) {
  const { t } = useTranslation();
  const att = useAttendance(code);
  return (
    <Table
      rowKey="code"
      size="small"
      pagination={false}
      loading={att.isPending}
      dataSource={att.data?.sessions ?? []}
      data-testid="attendance"
      columns={[
        { title: t('events.office.session'), dataIndex: 'title' },
        { title: t('events.office.confirmed'), dataIndex: 'confirmed' },
        { title: t('events.office.admitted'), dataIndex: 'admitted' },
        { title: t('events.office.duplicates'), dataIndex: 'duplicates' },
      ]}
    />
  );
}

/** The office page. */
export function EventsOfficePage({ readOnly, canCheckIn }: { readOnly: boolean; canCheckIn: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const events = useEvents();
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<EventView | 'new' | null>(null);
  if (events.isPending) return <LoadingBlock />;
  if (events.isError) return <LoadError text={errorText(events.error, i18n.language, t)} onRetry={() => void events.refetch()} />;
  const current = events.data.find((e) => e.code === chosen) ?? null;
  return (
    <>
      <PageHeader
        title={t('events.office.title')}
        subtitle={t('events.office.subtitle')}
        extra={
          readOnly ? null : (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="event-new">
              {t('events.office.new')}
            </Button>
          )
        }
      />
      <Table<EventView>
        rowKey="code"
        dataSource={events.data}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="office-events"
        scroll={{ x: true }}
        rowClassName={(e) => (e.code === chosen ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('events.form.code'), dataIndex: 'code' },
          {
            title: t('events.form.title'),
            render: (_, e) => (
              <a onClick={() => setChosen(e.code)} data-testid={`office-event-${e.code}`}>
                {e.title}
              </a>
            ),
          },
          { title: t('events.form.kind'), render: (_, e) => enumLabel(t, 'eventKind', e.kind) },
          {
            title: t('events.office.places'),
            render: (_, e) =>
              e.sessions.map((s) => (
                <div key={s.code}>
                  {t('events.office.sessionPlaces', { session: s.title, taken: s.taken, capacity: s.capacity, left: placesLeft(s), waiting: s.waiting })}
                </div>
              )),
          },
          { title: t('events.form.closesAt'), render: (_, e) => formatDateTime(e.registrationClosesAt) },
          {
            title: t('events.office.actions'),
            render: (_, e) => (
              <Space wrap>
                {readOnly ? null : (
                  <Button size="small" onClick={() => setEditing(e)} data-testid={`event-edit-${e.code}`}>
                    {t('events.office.edit')}
                  </Button>
                )}
                {canCheckIn ? <Link to={`/desk/events?event=${e.code}`}>{t('events.office.door')}</Link> : null}
              </Space>
            ),
          },
        ]}
      />
      {current ? (
        <Space direction="vertical" size={16} style={{ width: '100%', marginTop: 16 }}>
          <Card title={t('events.office.registrationsOf', { event: current.title })}>
            <Registrations code={current.code} readOnly={readOnly} />
          </Card>
          <Card title={t('events.office.attendance')}>
            <Attendance code={current.code} />
          </Card>
        </Space>
      ) : null}
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        width={Math.min(800, typeof window === 'undefined' ? 800 : window.innerWidth)}
        title={editing === 'new' ? t('events.office.new') : t('events.office.edit')}
        destroyOnHidden
      >
        {editing !== null ? (
          <EventForm
            existing={editing === 'new' ? null : editing}
            onSaved={(e) => {
              setEditing(null);
              setChosen(e.code);
              void message.success(t('events.office.saved', { event: e.title }));
            }}
          />
        ) : null}
      </Drawer>
    </>
  );
}
