/** HTTP routes of the in-app inbox. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { markedRead, notificationList, notificationParams, problem } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { principalOf } from '../http/access.js';
import { myNotifications, readAllNotifications, readNotification } from './notification.service.js';

/** Routes under /api/v1/notifications. */
export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/notifications',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'listNotifications',
          tags: ['notifications'],
          summary: 'My notifications (newest first) and the unread count',
          response: { 200: notificationList },
        },
      },
      async (req, reply) => reply.header('cache-control', 'no-store').send(await myNotifications(ctx, principalOf(req))),
    );
    app.post(
      '/api/v1/notifications/:id/read',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'markNotificationRead',
          tags: ['notifications'],
          summary: 'Mark one notification read',
          params: notificationParams,
          response: { 204: z.null(), 404: problem },
        },
      },
      async (req, reply) => {
        await readNotification(ctx, principalOf(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/v1/notifications/read-all',
      {
        config: { access: 'authenticated' },
        schema: { operationId: 'markAllNotificationsRead', tags: ['notifications'], summary: 'Mark all my notifications read', response: { 200: markedRead } },
      },
      async (req) => ({ marked: await readAllNotifications(ctx, principalOf(req)) }),
    );
  };
}
