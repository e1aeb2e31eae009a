/** The signed-in account's in-app notifications: the inbox (polled) and marking them read. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MarkedRead, NotificationList } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** How often the bell asks for news while the page is open (and again on window focus). */
export const POLL_MS = 60_000;

/** The caller's latest notifications, newest first, with the unread count. */
export function useInbox() {
  return useQuery({
    queryKey: queryKeys.notifications.all,
    queryFn: () => api.get<NotificationList>('/notifications'),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** Marks one notification read, showing it read at once. */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/notifications/${id}/read`),
    onMutate: (id) => {
      qc.setQueryData<NotificationList>(queryKeys.notifications.all, (old) => {
        if (!old) return old;
        const hit = old.items.find((n) => n.id === id && !n.readAt);
        if (!hit) return old;
        const at = new Date().toISOString();
        return { unread: Math.max(0, old.unread - 1), items: old.items.map((n) => (n.id === id ? { ...n, readAt: at } : n)) };
      });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  });
}

/** Marks all of the caller's notifications read. */
export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MarkedRead>('/notifications/read-all'),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  });
}
