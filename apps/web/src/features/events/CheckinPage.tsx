/**
 * 活动签到 (the door, officer or concierge): the event's code, then every ticket scanned with the
 * camera or pasted goes through one `onScanned` that posts a check-in; the answer fills the screen —
 * 有效 (green, masked name, session), 已入场 重复 (orange, when and by which device), 无效 (red, why).
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CheckinOutcome, CheckinResult } from '@bole/contracts';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { formatDateTime } from '../../shared/lib/date-time';
import { enumLabel } from '../../shared/ui/enum-options';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QrScanner } from '../../shared/ui/QrScanner';
import { useCheckIn } from './api';
import { doorDeviceId } from './device-id';

const LOOK: Record<CheckinResult, { color: string; icon: React.ReactNode }> = {
  valid: { color: '#237804', icon: <CheckCircleFilled /> },
  duplicate: { color: '#ad4e00', icon: <WarningFilled /> },
  invalid: { color: '#a8071a', icon: <CloseCircleFilled /> },
};

/** The big result of the last scan. */
function Outcome({ o }: { o: CheckinOutcome }) {
  const { t } = useTranslation();
  const look = LOOK[o.result];
  const box = useRef<HTMLDivElement>(null);
  // On a phone the answer lies under the camera view: bring each new one into sight.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, [o]);
  const detail =
    o.result === 'valid'
      ? t('events.door.validDetail', { name: o.holder ?? '', session: o.sessionCode ?? '' })
      : o.result === 'duplicate'
        ? t('events.door.duplicateDetail', { at: o.admittedAt ? formatDateTime(o.admittedAt).slice(11) : '', device: o.admittedBy ?? '' })
        : enumLabel(t, 'ticketInvalidReason', o.reason);
  return (
    <div
      ref={box}
      role="status"
      data-testid="door-result"
      data-result={o.result}
      style={{ marginTop: 16, padding: '24px 16px', borderRadius: 12, background: look.color, color: '#fff', textAlign: 'center' }}
    >
      <div style={{ fontSize: 56, lineHeight: 1 }}>{look.icon}</div>
      <div style={{ fontSize: 36, fontWeight: 700, marginTop: 8 }} data-testid="door-result-title">
        {enumLabel(t, 'checkinResult', o.result)}
      </div>
      <div style={{ fontSize: 20, marginTop: 8 }} data-testid="door-result-detail">
        {detail}
      </div>
    </div>
  );
}

/** The door's scanner for one event. */
function Door({ eventCode }: { eventCode: string }) {
  const { t } = useTranslation();
  const onError = useApiErrorHandler();
  const [deviceId] = useState(() => doorDeviceId());
  const [text, setText] = useState('');
  const checkIn = useCheckIn(eventCode);
  const onScanned = (scanned: string) => {
    const ticket = scanned.trim();
    if (!ticket) return;
    checkIn.mutate({ deviceId, ticket }, { onSuccess: () => setText(''), onError: (e) => onError(e) });
  };
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('events.door.device', { device: deviceId })}</Typography.Paragraph>
      <QrScanner onText={onScanned} />
      <Input.TextArea
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={t('events.door.ticketLabel')}
        placeholder={t('events.door.ticketPlaceholder')}
        data-testid="door-ticket"
        style={{ fontFamily: 'monospace', marginTop: 12 }}
      />
      <Button
        type="primary"
        size="large"
        block
        style={{ marginTop: 12 }}
        disabled={!text.trim()}
        loading={checkIn.isPending}
        onClick={() => onScanned(text)}
        data-testid="door-check"
      >
        {t('events.door.check')}
      </Button>
      {checkIn.data && !checkIn.isPending ? <Outcome o={checkIn.data} /> : null}
    </Card>
  );
}

/** The check-in page: pick the event by its code (prefilled from `?event=`), then scan. */
export function CheckinPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const eventCode = params.get('event') ?? '';
  return (
    <>
      <PageHeader title={t('events.door.title')} subtitle={t('events.door.subtitle')} />
      <Form
        layout="inline"
        onFinish={({ code }: { code: string }) => setParams({ event: code.trim() })}
        style={{ marginBottom: 16 }}
        initialValues={{ code: eventCode }}
      >
        <Form.Item name="code" label={t('events.door.eventCode')} rules={[{ required: true, whitespace: true, message: t('events.door.eventCodeRequired') }]}>
          <Input data-testid="door-event" autoComplete="off" />
        </Form.Item>
        <Button htmlType="submit" data-testid="door-open">
          {t('events.door.open')}
        </Button>
      </Form>
      {eventCode ? <Door key={eventCode} eventCode={eventCode} /> : null}
    </>
  );
}
