/**
 * 我的门票 (talent, phone first): every registration with where it stands — a confirmed one shows
 * its ticket as a QR code for the door; an offered place says until when to accept it.
 */
import { useEffect, useState } from 'react';
import { Button, Card, Empty, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import type { EventRegistration, EventRegistrationStatus } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatDateTime } from '../../shared/lib/date-time';
import { enumLabel } from '../../shared/ui/enum-options';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useMyMove, useMyRegistrations, type MyAction } from './api';
import { Loaded } from '../../shared/ui/Loaded';

const STATUS_COLOR: Record<EventRegistrationStatus, string> = {
  confirmed: 'green',
  pending: 'blue',
  waitlisted: 'gold',
  offered: 'orange',
  declined: 'default',
  cancelled: 'default',
  expired: 'default',
};

/** A ticket's QR code. */
function TicketQr({ ticket, alt }: { ticket: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(ticket, { errorCorrectionLevel: 'L', margin: 2, width: 280 }).then((url) => live && setSrc(url));
    return () => {
      live = false;
    };
  }, [ticket]);
  return src ? <img src={src} alt={alt} style={{ width: '100%', maxWidth: 280 }} data-testid="ticket-qr" /> : null;
}

/** One registration as a card. */
function TicketCard({ r }: { r: EventRegistration }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const move = useMyMove();
  const act = (action: MyAction) => move.mutate({ id: r.id, action }, { onError: (e) => onError(e) });
  const live = r.status === 'confirmed' || r.status === 'pending' || r.status === 'waitlisted';
  return (
    <Card size="small" title={r.eventTitle} data-testid={`ticket-${r.eventCode}-${r.sessionCode}`}>
      <Flex vertical gap={8} align="center">
        <Typography.Text>
          {r.sessionTitle} · {formatDateTime(r.startsAt)}
        </Typography.Text>
        <Tag color={STATUS_COLOR[r.status]} data-testid="ticket-status">
          {enumLabel(t, 'eventRegistrationStatus', r.status)}
          {r.status === 'waitlisted' && r.waitlistPlace ? ` · ${t('events.waitlistPlace', { place: r.waitlistPlace })}` : ''}
        </Tag>
        {r.status === 'offered' && r.offerExpiresAt ? (
          <Typography.Text type="warning" data-testid="offer-until">
            {t('events.acceptBefore', { at: formatDateTime(r.offerExpiresAt) })}
          </Typography.Text>
        ) : null}
        {r.ticket ? (
          <>
            <TicketQr ticket={r.ticket} alt={t('events.ticketQr', { event: r.eventTitle })} />
            <Typography.Text type="secondary">{t('events.holder', { name: r.holder })}</Typography.Text>
            {r.admittedAt ? <Tag color="green">{t('events.admittedAt', { at: formatDateTime(r.admittedAt) })}</Tag> : null}
            <Typography.Text copyable={{ text: r.ticket }} type="secondary" style={{ fontSize: 12 }} data-testid="ticket-text">
              {t('events.ticketText')}
            </Typography.Text>
          </>
        ) : null}
        <Space wrap>
          {r.status === 'offered' ? (
            <>
              <Button type="primary" loading={move.isPending} onClick={() => act('accept')} data-testid="offer-accept">
                {t('events.accept')}
              </Button>
              <Button loading={move.isPending} onClick={() => act('decline')} data-testid="offer-decline">
                {t('events.decline')}
              </Button>
            </>
          ) : null}
          {live ? (
            <Popconfirm title={t('events.cancelConfirm')} okText={t('events.cancelYes')} cancelText={t('events.cancelNo')} onConfirm={() => act('cancel')}>
              <Button danger loading={move.isPending} data-testid="ticket-cancel">
                {t('events.cancel')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      </Flex>
    </Card>
  );
}

/** The talent's tickets. */
export function MyTicketsPage() {
  const { t } = useTranslation();
  const mine = useMyRegistrations();
  return (
    <Loaded query={mine} header={<PageHeader title={t('events.mineTitle')} subtitle={t('events.mineSubtitle')} />}>
      {(items) =>
        items.length === 0 ? (
          <Empty description={t('events.noTickets')} />
        ) : (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            {items.map((r) => (
              <TicketCard key={r.id} r={r} />
            ))}
          </Space>
        )
      }
    </Loaded>
  );
}
