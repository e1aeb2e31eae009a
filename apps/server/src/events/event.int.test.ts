import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { eventHarness, eventInput } from './event-testing.js';
import { expireEventOffers } from './event-registration.service.js';

describe('events: sessions → registration → waitlist offers → tickets → check-in', () => {
  const h = eventHarness();
  const { call, snapshot } = h;
  beforeAll(() => h.open());
  afterAll(() => h.close());
  // The steps share the events: each test continues where the one before left it.
  type T = Awaited<ReturnType<typeof h.talent>>;
  let a: T, b: T, c: T, d: T;
  const reg = (who: T, code = 'F2026', sessionCode = 'S1') => call('POST', `/api/v1/events/${code}/registrations`, who.who, { sessionCode });
  const mine = async (who: T) => (await call('GET', '/api/v1/events/registrations/mine', who.who)).json().items;
  const door = (deviceId: string, scans: { ticket: string; scannedAt: string }[], code = 'F2026') =>
    call('POST', `/api/v1/events/${code}/checkins`, h.officer, { deviceId, scans });

  it('creates events with sessions and refuses bad ones naming the field', async () => {
    const before = await snapshot();
    const backwards = await call('POST', '/api/v1/events', h.officer, eventInput('BAD', {}, [{ endsAt: '2026-08-01T00:00:00Z' }]));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ field: 'sessions.0.endsAt' })]);
    const noPolicy = await call('POST', '/api/v1/events', h.officer, eventInput('BAD', { audience: 'eligible' }));
    expect(noPolicy.json().errors).toEqual([expect.objectContaining({ field: 'policyId' })]);
    expect(await snapshot()).toEqual(before);

    const created = await h.createEvent(eventInput('F2026'));
    expect(created).toMatchObject({ code: 'F2026', registrationOpen: true, sessions: [{ code: 'S1', capacity: 2, taken: 0, waiting: 0 }] });
    await h.createEvent(
      eventInput('E2026', { audience: 'eligible', policyId: 'talent-apartment', approvalRequired: true, waitlist: false }, [{ capacity: 1 }]),
    );
    expect((await call('POST', '/api/v1/events', h.officer, eventInput('F2026'))).json()).toMatchObject({
      code: 'BOLE_EVENT_EXISTS',
      errors: [{ field: 'code' }],
    });
  });

  it('confirms while places last, then waitlists in order; refuses twice or an unknown session with nothing written', async () => {
    [a, b, c, d] = [await h.talent('张三明'), await h.talent('李四'), await h.talent('王五一'), await h.talent('赵六')];
    const first = await reg(a);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'confirmed', holder: '张*明', waitlistPlace: null });
    expect(first.json().ticket).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(first.json().ticket).not.toContain('张');
    expect((await reg(b)).json().status).toBe('confirmed');
    expect((await reg(c)).json()).toMatchObject({ status: 'waitlisted', waitlistPlace: 1, ticket: null });
    expect((await reg(d)).json()).toMatchObject({ status: 'waitlisted', waitlistPlace: 2 });

    const before = await snapshot();
    const twice = await reg(a);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'BOLE_EVENT_ALREADY_REGISTERED', errors: [{ field: 'sessionCode' }] });
    const unknown = await reg(a, 'F2026', 'S9');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'sessionCode' })]);
    expect(await snapshot()).toEqual(before);
    expect((await call('GET', '/api/v1/events/F2026', a.who)).json().sessions[0]).toMatchObject({ taken: 2, waiting: 2 });
  });

  it('offers a freed place to the next in order with a 48 h window, revokes the cancelled ticket, and expires unanswered offers', async () => {
    const aReg = (await mine(a))[0];
    const aTicketId = JSON.parse(Buffer.from(aReg.ticket.split('.')[1], 'base64url').toString()).tid;
    const cancelled = await call('POST', `/api/v1/events/registrations/${aReg.id}/cancel`, a.who);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', ticket: null });
    expect((await call('GET', '/api/v1/public/events/F2026/revocations')).json().revoked).toEqual([aTicketId]);
    const offer = (await mine(c))[0];
    expect(offer).toMatchObject({ status: 'offered', offerExpiresAt: '2026-07-17T02:00:00.000Z' });
    expect((await mine(d))[0]).toMatchObject({ status: 'waitlisted', waitlistPlace: 1 });
    // Another talent cannot take C's offer.
    expect((await call('POST', `/api/v1/events/registrations/${offer.id}/accept`, d.who)).statusCode).toBe(404);
    const accepted = await call('POST', `/api/v1/events/registrations/${offer.id}/accept`, c.who);
    expect(accepted.json()).toMatchObject({ status: 'confirmed', ticket: expect.any(String) });

    // B cancels: D is offered the place, does not answer, and the offer expires on schedule.
    await call('POST', `/api/v1/events/registrations/${(await mine(b))[0].id}/cancel`, b.who);
    expect((await mine(d))[0].status).toBe('offered');
    h.ctx.clock.set('2026-07-17T03:00:00Z');
    expect(await expireEventOffers(h.ctx)).toBe(1);
    expect((await mine(d))[0].status).toBe('expired');
    const notices = (await call('GET', '/api/v1/notifications', d.who))
      .json()
      .items.map((n: { kind: string; payload: { status: string } }) => n.payload.status);
    expect(notices).toEqual(expect.arrayContaining(['waitlisted', 'offered', 'expired']));
    expect((await call('GET', '/api/v1/events/F2026', h.officer)).json().sessions[0]).toMatchObject({ taken: 1, waiting: 0 });
  });

  it('registers only eligible talents, awaits approval, and refuses a full session without a waitlist', async () => {
    const eligible = await h.eligibleTalent('钱学者', 'B');
    const other = await h.eligibleTalent('孙学者', 'C');
    const before = await snapshot();
    const plain = await reg(d, 'E2026');
    expect(plain.statusCode).toBe(422);
    expect(plain.json()).toMatchObject({ code: 'BOLE_NOT_ELIGIBLE', errors: [{ field: 'sessionCode' }] });
    expect(await snapshot()).toEqual(before);

    const pending = await call('POST', '/api/v1/events/E2026/registrations', eligible.who, { sessionCode: 'S1' });
    expect(pending.json()).toMatchObject({ status: 'pending', ticket: null });
    const list = (await call('GET', '/api/v1/events/E2026/registrations', h.officer)).json().items;
    const approved = await call('POST', `/api/v1/events/E2026/registrations/${list[0].id}/approve`, h.officer);
    expect(approved.json()).toMatchObject({ status: 'confirmed', ticket: expect.any(String) });

    const beforeFull = await snapshot();
    const full = await call('POST', '/api/v1/events/E2026/registrations', other.who, { sessionCode: 'S1' });
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'BOLE_EVENT_SESSION_FULL', errors: [{ field: 'sessionCode' }] });
    expect(await snapshot()).toEqual(beforeFull);
  });

  it('admits a ticket once, flags duplicates with the first device and time, says 无效 for forged, revoked and other events’ tickets', async () => {
    const ticket = (await mine(c))[0].ticket as string;
    const first = await door('door-1', [{ ticket, scannedAt: '2026-08-01T00:50:00Z' }]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().results).toEqual([expect.objectContaining({ result: 'valid', holder: '王*一', sessionCode: 'S1' })]);
    const again = await door('door-2', [{ ticket, scannedAt: '2026-08-01T00:52:00Z' }]);
    expect(again.json().results[0]).toMatchObject({ result: 'duplicate', admittedBy: 'door-1', admittedAt: '2026-08-01T00:50:00.000Z' });

    const before = await snapshot();
    const [hd, pl, sig] = ticket.split('.');
    const payload = JSON.parse(Buffer.from(pl!, 'base64url').toString());
    const altered = `${hd}.${Buffer.from(JSON.stringify({ ...payload, se: 'S2' })).toString('base64url')}.${sig}`;
    const aTicket = (await call('GET', '/api/v1/events/E2026/registrations', h.officer))
      .json()
      .items.find((r: { status: string }) => r.status === 'confirmed').ticket;
    const revoked = (await h.rows<{ token: string }>(sql`select token from event_tickets where revoked_at is not null limit 1`))[0]!.token;
    const bad = await door('door-1', [
      { ticket: altered, scannedAt: '2026-08-01T00:55:00Z' },
      { ticket: revoked, scannedAt: '2026-08-01T00:55:00Z' },
      { ticket: aTicket, scannedAt: '2026-08-01T00:55:00Z' },
      { ticket: 'hello', scannedAt: '2026-08-01T00:55:00Z' },
    ]);
    expect(bad.json().results.map((r: { result: string; reason: string }) => [r.result, r.reason])).toEqual([
      ['invalid', 'bad_signature'],
      ['invalid', 'revoked'],
      ['invalid', 'other_event'],
      ['invalid', 'malformed'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('reconciles an offline device’s batch by scan time (first scan wins) and takes the same batch twice without change', async () => {
    const ticket = (await mine(c))[0].ticket as string;
    const batch = [
      { ticket, scannedAt: '2026-08-01T00:49:00Z' },
      { ticket, scannedAt: '2026-08-01T00:58:00Z' },
    ];
    const synced = await door('door-3', batch);
    expect(synced.json().results.map((r: { result: string }) => r.result)).toEqual(['valid', 'duplicate']);
    const before = await snapshot();
    expect((await door('door-3', batch)).json()).toEqual(synced.json());
    expect(await snapshot()).toEqual(before);
    // door-1's scan is now the later one: flagged against door-3's.
    const rescan = await door('door-1', [{ ticket, scannedAt: '2026-08-01T00:50:00Z' }]);
    expect(rescan.json().results[0]).toMatchObject({ result: 'duplicate', admittedBy: 'door-3', admittedAt: '2026-08-01T00:49:00.000Z' });
    const attendance = (await call('GET', '/api/v1/events/F2026/attendance', h.officer)).json();
    expect(attendance.sessions).toEqual([{ code: 'S1', title: '主论坛 1', confirmed: 1, admitted: 1, duplicates: 3 }]);
    expect((await mine(c))[0].admittedAt).toBe('2026-08-01T00:49:00.000Z');
  });

  it('closes registration at its time, with nothing written', async () => {
    h.ctx.clock.set('2026-07-31T00:00:00Z');
    const late = await h.talent('迟到');
    await h.cookieOf(late.who); // signed in before: the sign-in is audited
    const before = await snapshot();
    const closed = await reg(late);
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'BOLE_EVENT_REGISTRATION_CLOSED', errors: [{ field: 'sessionCode' }] });
    expect(await snapshot()).toEqual(before);
  });
});
