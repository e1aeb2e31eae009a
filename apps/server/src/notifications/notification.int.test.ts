import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { createTestAccount, sessionCookies, type TestAccount } from '../auth/testing.js';
import type { NotificationContent } from '@bole/contracts';
import { notify } from './notification.service.js';

describe('notifications: the inbox, marking one read (owner only) and all read', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let talent: TestAccount;
  let other: TestAccount;

  const cookieOf = sessionCookies(
    () => app,
    () => ctx.clock.now(),
  );
  const call = async (method: 'GET' | 'POST', url: string, who?: TestAccount) =>
    app.inject({ method, url, ...(who ? { headers: { cookie: await cookieOf(who) } } : {}) });

  /** Writes one in-app notification for `userId` the way a state change does. */
  const send = (userId: string, content: NotificationContent) => ctx.db.transaction((tx) => notify(ctx, tx, [{ userIds: [userId] }], content));
  /** An application's payload as application.move.ts writes it. */
  const settle = {
    applicationId: 'a-1',
    policyId: 'settle-allowance',
    title: { zh: '安家补贴', en: 'Settle allowance' },
    status: 'in_review',
    department: 'rsj',
    departmentName: null,
    dueDate: '2026-08-05',
  } as const;

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-07-15T02:00:00Z' });
    app = await buildApp({ ctx, logger: false });
    talent = await createTestAccount(ctx, 'talent');
    other = await createTestAccount(ctx, 'talent');
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  it('lists newest first with the unread count; only the recipient can mark one read', async () => {
    await send(talent.id, { kind: 'application.submit', payload: settle });
    ctx.clock.set('2026-07-16T02:00:00Z');
    await send(talent.id, { kind: 'application.return', payload: { ...settle, status: 'returned', department: null, reason: '请补充劳动合同' } });
    await send(other.id, { kind: 'recognition.submit', payload: { recognitionId: 'r-1', status: 'hr_review', tier: 'D' } });

    const inbox = await call('GET', '/api/v1/notifications', talent);
    expect(inbox.statusCode).toBe(200);
    expect(inbox.headers['cache-control']).toBe('no-store');
    const list = inbox.json();
    expect(list.unread).toBe(2);
    expect(list.items.map((n: { kind: string }) => n.kind)).toEqual(['application.return', 'application.submit']);
    expect(list.items[0]).toMatchObject({ readAt: null, payload: { reason: '请补充劳动合同' }, createdAt: '2026-07-16T02:00:00.000Z' });
    const returned = list.items[0].id as string;

    // Someone else's notification is not found (and stays unread); so is an unknown id.
    expect((await call('POST', `/api/v1/notifications/${returned}/read`, other)).statusCode).toBe(404);
    expect((await call('POST', '/api/v1/notifications/00000000-0000-4000-8000-000000000000/read', talent)).statusCode).toBe(404);
    expect((await call('POST', '/api/v1/notifications/not-a-uuid/read', talent)).statusCode).toBe(400);
    expect((await call('POST', `/api/v1/notifications/${returned}/read`)).statusCode).toBe(401);
    expect((await call('GET', '/api/v1/notifications', talent)).json().unread).toBe(2);

    // The owner marks it read; doing it again keeps the first time.
    ctx.clock.set('2026-07-16T03:00:00Z');
    expect((await call('POST', `/api/v1/notifications/${returned}/read`, talent)).statusCode).toBe(204);
    ctx.clock.set('2026-07-16T04:00:00Z');
    expect((await call('POST', `/api/v1/notifications/${returned}/read`, talent)).statusCode).toBe(204);
    const after = (await call('GET', '/api/v1/notifications', talent)).json();
    expect(after.unread).toBe(1);
    expect(after.items[0]).toMatchObject({ id: returned, readAt: '2026-07-16T03:00:00.000Z' });
    expect(after.items[1].readAt).toBeNull();

    // The other account's inbox is untouched by all of this.
    const theirs = (await call('GET', '/api/v1/notifications', other)).json();
    expect(theirs).toMatchObject({ unread: 1, items: [{ kind: 'recognition.submit', readAt: null }] });
  });

  it('marks all of the caller’s notifications read, and only theirs', async () => {
    const res = await call('POST', '/api/v1/notifications/read-all', talent);
    expect(res.json()).toEqual({ marked: 1 });
    expect((await call('GET', '/api/v1/notifications', talent)).json().unread).toBe(0);
    expect((await call('GET', '/api/v1/notifications', other)).json().unread).toBe(1);
  });

  it('lists only rows of a kind the contract knows, with the payload that kind carries', async () => {
    await ctx.db.execute(
      sql`insert into notifications (recipient_user_id, kind, payload, created_at) values (${talent.id}, 'mystery.kind', '{}'::jsonb, now()), (${talent.id}, 'application.submit', '{"applicationId":"a-2"}'::jsonb, now())`,
    );
    await send(talent.id, { kind: 'benefit.granted', payload: { at: '2026-07-16', policies: ['youth-rent'], sweepId: 's-1' } });
    const list = (await call('GET', '/api/v1/notifications', talent)).json();
    expect(list.items.map((n: { kind: string }) => n.kind)).toEqual(['benefit.granted', 'application.return', 'application.submit']);
  });
});
