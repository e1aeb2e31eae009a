/** The talent's latest recognition notifications (in-app outbox), with "mark all read". */
import { Badge, Button, Card, List, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import { enumLabel } from '../../shared/ui/enum-options';
import { useNotifications } from './api';

/** A small inbox of `recognition.*` notifications. */
export function NotificationsCard() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useNotifications();
  const readAll = useMutation({ mutationFn: () => api.post('/notifications/read-all'), onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }) });
  const items = (q.data?.items ?? []).filter((n) => n.kind.startsWith('recognition.')).slice(0, 6);
  if (items.length === 0) return null;
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      data-testid="rec-notifications"
      title={
        <span>
          {t('recognition.messages')} <Badge count={q.data?.unread ?? 0} />
        </span>
      }
      extra={q.data?.unread ? <Button size="small" type="link" onClick={() => readAll.mutate()}>{t('recognition.markAllRead')}</Button> : null}
    >
      <List
        size="small"
        dataSource={items}
        renderItem={(n) => {
          const action = n.kind.slice('recognition.'.length);
          return (
            <List.Item>
              <Typography.Text strong={!n.readAt}>{enumLabel(t, 'recognitionAction', action)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {new Date(n.createdAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' })}
              </Typography.Text>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
