import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { testDbKind } from '../../test/test-context.js';
import { openSecondNode, type SecondNode } from '../../test/second-node.js';
import { eventHarness, eventInput } from './event-testing.js';

/**
 * Capacity and exactly-once admission under concurrency: parallel registrations never exceed a
 * session's capacity, and tickets scanned at once by four devices are admitted once each — on
 * PostgreSQL across two server nodes (their own connection pools), on PGlite on one.
 */
describe('events under concurrency', () => {
  const h = eventHarness();
  let second: SecondNode | null = null;
  beforeAll(async () => {
    await h.open();
    if (testDbKind === 'postgres') second = await openSecondNode(h.ctx);
  });
  afterAll(async () => {
    await second?.close();
    await h.close();
  });
  const nodes = (): FastifyInstance[] => [h.app, second?.app ?? h.app];
  const via = async (node: FastifyInstance, url: string, who: { login: string; password: string }, payload: object) =>
    node.inject({ method: 'POST', url, headers: { cookie: await h.cookieOf(who) }, payload });

  it('holds capacity under parallel registrations: places to the first, the waitlist or 409 to the rest', async () => {
    await h.createEvent(eventInput('P1', {}, [{ capacity: 3 }]));
    await h.createEvent(eventInput('P2', { waitlist: false }, [{ capacity: 2 }]));
    const talents: Awaited<ReturnType<typeof h.talent>>[] = [];
    for (let i = 0; i < 8; i++) talents.push(await h.talent(`并发${i}`)); // one by one: the helper numbers their ID cards in turn
    for (const t of talents) await h.cookieOf(t.who);
    const waitlisted = await Promise.all(talents.map((t, i) => via(nodes()[i % 2]!, '/api/v1/events/P1/registrations', t.who, { sessionCode: 'S1' })));
    const statuses = waitlisted.map((r) => r.json().status).sort();
    expect(statuses).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'waitlisted', 'waitlisted', 'waitlisted']);
    const noWaitlist = await Promise.all(talents.map((t, i) => via(nodes()[i % 2]!, '/api/v1/events/P2/registrations', t.who, { sessionCode: 'S1' })));
    expect(noWaitlist.map((r) => r.statusCode).sort()).toEqual([201, 201, 409, 409, 409, 409, 409, 409]);
    expect(noWaitlist.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'BOLE_EVENT_SESSION_FULL')).toBe(true);
    const twice = await Promise.all([0, 1].map((i) => via(nodes()[i]!, '/api/v1/events/P1/registrations', talents[0]!.who, { sessionCode: 'S1' })));
    expect(twice.map((r) => r.json().code)).toEqual(['BOLE_EVENT_ALREADY_REGISTERED', 'BOLE_EVENT_ALREADY_REGISTERED']);
    const sessions = (await h.rows<{ taken: number }>(sql`select taken from event_sessions order by taken`)).map((r) => r.taken);
    expect(sessions).toEqual([2, 3]);
  });

  it('admits each ticket exactly once when four devices on two nodes scan it at the same moment', async () => {
    const items = (await h.call('GET', '/api/v1/events/P1/registrations', h.officer)).json().items as { ticket: string | null }[];
    const tickets = items.map((r) => r.ticket).filter((t): t is string => t !== null);
    expect(tickets).toHaveLength(3);
    const scans = tickets.flatMap((ticket) =>
      [0, 1, 2, 3].map((device) =>
        via(nodes()[device % 2]!, '/api/v1/events/P1/checkins', h.officer, {
          deviceId: `door-${device}`,
          scans: [{ ticket, scannedAt: '2026-08-01T00:50:00Z' }],
        }),
      ),
    );
    const results = (await Promise.all(scans)).map((r) => r.json().results[0].result);
    expect(results.filter((r) => r === 'valid')).toHaveLength(3);
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(9);
    const attendance = (await h.call('GET', '/api/v1/events/P1/attendance', h.officer)).json();
    expect(attendance.sessions[0]).toMatchObject({ admitted: 3, duplicates: 9 });
  });
});
