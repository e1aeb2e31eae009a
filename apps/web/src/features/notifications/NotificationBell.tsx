/**
 * The header's bell: the unread count as a badge, and a panel of the latest notifications
 * (newest first, unread in bold): a popover on wide screens, a side drawer on phones (a popover
 * anchored at the header's right edge would run off a narrow screen). Choosing one marks it
 * read and opens its page.
 */
import { useState } from 'react';
import { Badge, Button, Drawer, Flex, Grid, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Notification, Role } from '@bole/contracts';
import { useInbox, useMarkAllRead, useMarkRead } from './api';
import { notificationTarget, notificationText, notificationTime } from '../../shared/lib/notification-text';
import './notifications.css';

/** How many notifications the panel lists. */
const SHOWN = 20;

/** The bell with its badge and panel, for any signed-in role (every account has an inbox). */
export function NotificationBell({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().lg;
  const [open, setOpen] = useState(false);
  const inbox = useInbox();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const unread = inbox.data?.unread ?? 0;
  const items = (inbox.data?.items ?? []).slice(0, SHOWN);

  const choose = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    const to = notificationTarget(n, role);
    if (!to) return;
    setOpen(false);
    void navigate(to);
  };

  const readAll = (
    <Button size="small" type="link" disabled={unread === 0} onClick={() => markAllRead.mutate()} data-testid="notification-read-all">
      {t('notifications.markAllRead')}
    </Button>
  );

  const list = inbox.isError ? (
    <Typography.Text type="danger" className="notif-empty">
      {t('notifications.loadFailed')}
    </Typography.Text>
  ) : items.length === 0 ? (
    <Typography.Text type="secondary" className="notif-empty">
      {t('notifications.empty')}
    </Typography.Text>
  ) : (
    <ul className="notif-list">
      {items.map((n) => (
        <li key={n.id}>
          <button
            type="button"
            className={n.readAt ? 'notif-item' : 'notif-item notif-unread'}
            onClick={() => choose(n)}
            data-testid="notification-item"
            data-kind={n.kind}
            data-unread={n.readAt ? undefined : 'true'}
          >
            <span className="notif-text">{notificationText(t, n, i18n.language)}</span>
            <span className="notif-time">{notificationTime(n.createdAt)}</span>
          </button>
        </li>
      ))}
    </ul>
  );

  // The count sits on the button, not in it: the button's name says it in words ("4 条未读"),
  // and a bare digit inside would be visible text missing from that name (WCAG 2.5.3).
  const bell = (
    <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]} data-testid="notification-badge">
      <Button
        type="text"
        aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        data-testid="notification-bell"
        data-unread={unread}
        onClick={mobile ? () => setOpen(true) : undefined}
        icon={<BellOutlined style={{ fontSize: 18 }} />}
      />
    </Badge>
  );

  if (mobile) {
    return (
      <>
        {bell}
        <Drawer
          placement="right"
          size={320}
          open={open}
          onClose={() => setOpen(false)}
          title={t('notifications.title')}
          extra={readAll}
          styles={{ body: { padding: '0 12px' } }}
        >
          <div data-testid="notification-panel">{list}</div>
        </Drawer>
      </>
    );
  }

  const panel = (
    <div className="notif-panel" data-testid="notification-panel">
      <Flex justify="space-between" align="center" className="notif-panel-head">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        {readAll}
      </Flex>
      {list}
    </div>
  );

  return (
    <Popover content={panel} trigger="click" placement="bottomRight" arrow={false} open={open} onOpenChange={setOpen}>
      {bell}
    </Popover>
  );
}
