/** Registrations as their talent or the organisers read them: status, waitlist place, offer window, ticket, admission. */
import type { EventRegistration } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { registrationsWhere, waitingInOrder } from './event.repository.js';

/** A talent's registrations, or an event's; newest first. */
export async function registrationsOf(ctx: AppContext, by: { talentId: string } | { eventId: string }): Promise<EventRegistration[]> {
  const rows = await registrationsWhere(ctx.db, by);
  const places = new Map<string, number>();
  const counter = new Map<string, number>();
  for (const w of await waitingInOrder(ctx.db, [...new Set(rows.map((r) => r.s.id))])) {
    const place = (counter.get(w.sessionId) ?? 0) + 1;
    counter.set(w.sessionId, place);
    places.set(w.id, place);
  }
  return rows.map(({ r, s, e, t, a }) => ({
    id: r.id,
    eventCode: e.code,
    eventTitle: e.title,
    sessionCode: s.code,
    sessionTitle: s.title,
    startsAt: new Date(s.startsAt).toISOString(),
    holder: r.holder,
    status: r.status,
    waitlistPlace: places.get(r.id) ?? null,
    offerExpiresAt: r.offerExpiresAt ? new Date(r.offerExpiresAt).toISOString() : null,
    registeredAt: new Date(r.registeredAt).toISOString(),
    ticket: r.status === 'confirmed' && t && !t.revokedAt ? t.token : null,
    admittedAt: a ? new Date(a.scannedAt).toISOString() : null,
  }));
}
