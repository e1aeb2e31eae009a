/**
 * The harness of the events integration tests, on top of the housing harness (a fresh database
 * with the pack, an employer, an officer, talents whose verified facts make the talent-apartment
 * policy hold): events to create, plain talents, and the counts a refused request must leave
 * untouched. Not used by production code.
 */
import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { housingHarness, type Who } from '../housing/housing-testing.js';
import { registerTalentWithProfile } from '../recognition/recognition-testing.js';

/** An event's input with one or more sessions; `over` replaces fields. */
export function eventInput(code: string, over: Record<string, unknown> = {}, sessions: Record<string, unknown>[] = [{}]) {
  return {
    code,
    title: '2026 株洲人才创新论坛',
    kind: 'forum',
    venue: '株洲国际会展中心',
    audience: 'all',
    policyId: null,
    approvalRequired: false,
    waitlist: true,
    offerHours: 48,
    registrationClosesAt: '2026-07-30T10:00:00Z',
    sessions: sessions.map((s, i) => ({
      code: `S${i + 1}`,
      title: `主论坛 ${i + 1}`,
      startsAt: '2026-08-01T01:00:00Z',
      endsAt: '2026-08-01T09:00:00Z',
      capacity: 2,
      ...s,
    })),
    ...over,
  };
}

/** The harness; `open` in `beforeAll`, `close` in `afterAll`. */
export function eventHarness() {
  const h = housingHarness();

  /** Everything a refused request must leave untouched. */
  async function snapshot() {
    const [c] = await h.rows<Record<string, number>>(sql`select
      (select count(*)::int from events) events,
      (select count(*)::int from event_sessions) sessions,
      (select coalesce(sum(taken), 0)::int from event_sessions) taken,
      (select count(*)::int from event_registrations) registrations,
      (select count(*)::int from event_tickets) tickets,
      (select count(*)::int from event_scans) scans,
      (select count(*)::int from event_attendance) attendance,
      (select count(*)::int from notifications) notifications,
      (select count(*)::int from audit_log) audit`);
    return c!;
  }

  /** A talent with an account and a profile (no verified facts). */
  async function talent(name: string) {
    const reg = await registerTalentWithProfile(h.app, h.employerId, {}, name);
    return { ...reg, who: { login: reg.mobile, password: 'Passw0rd-1' } as Who };
  }

  /** Creates an event as the officer. */
  async function createEvent(input: ReturnType<typeof eventInput>) {
    const res = await h.call('POST', '/api/v1/events', h.officer, input);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  /** Edits an event as the officer. */
  async function putEvent(input: ReturnType<typeof eventInput>) {
    return h.app.inject({ method: 'PUT', url: `/api/v1/events/${input.code}`, headers: { cookie: await h.cookieOf(h.officer) }, payload: input });
  }

  return Object.assign(h, { snapshot, talent, createEvent, putEvent });
}
