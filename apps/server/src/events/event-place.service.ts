/**
 * A place in a session changing hands: the ticket issued when a registration is confirmed, the
 * place freed by a cancellation, a decline or an expired offer and offered to the first on the
 * waitlist with a reply window, and the registration's notification. All inside the caller's
 * transaction.
 */
import { randomBytes } from 'node:crypto';
import type { EventRegistrationStatus } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import { notify } from '../notifications/notification.service.js';
import { currentSigningKey } from '../talent-code/signing-key.service.js';
import { signTicket } from './event-ticket.js';
import {
  insertTicket,
  nextWaiting,
  releasePlace,
  takePlace,
  updateRegistration,
  type EventRow,
  type RegistrationRow,
  type SessionRow,
} from './event.repository.js';

const HOUR_MS = 3_600_000;

/** Tells the talent where their registration now stands. */
export async function tellTalent(
  ctx: AppContext,
  tx: Tx,
  event: EventRow,
  session: SessionRow,
  reg: Pick<RegistrationRow, 'talentId'>,
  status: EventRegistrationStatus,
  offerExpiresAt: string | null = null,
): Promise<void> {
  await notify(ctx, tx, [{ talentId: reg.talentId }], {
    kind: 'event.registration',
    payload: { eventCode: event.code, eventTitle: event.title, sessionTitle: session.title, status, offerExpiresAt },
  });
}

/** Issues the signed ticket of a confirmed registration, valid until the session ends. */
export async function issueTicket(ctx: AppContext, tx: Tx, event: EventRow, session: SessionRow, reg: RegistrationRow): Promise<void> {
  const key = await currentSigningKey(ctx, tx);
  const now = ctx.clock.now();
  const id = randomBytes(8).toString('base64url');
  const token = await signTicket(
    { event: event.code, session: session.code, ticketId: id, maskedName: reg.holder, validFrom: now, validUntil: new Date(session.endsAt) },
    key,
  );
  await insertTicket(tx, { id, registrationId: reg.id, eventId: event.id, sessionId: session.id, token, issuedAt: now.toISOString() });
}

/**
 * Offers the session's free places to the first waiting, in order, each with the event's reply
 * window (ending no later than the session's start). Returns how many were offered.
 */
export async function offerFreePlaces(ctx: AppContext, tx: Tx, event: EventRow, session: SessionRow): Promise<number> {
  let offered = 0;
  for (;;) {
    const next = await nextWaiting(tx, session.id);
    if (!next || !(await takePlace(tx, session.id))) return offered;
    const now = ctx.clock.now().getTime();
    const until = new Date(Math.max(now, Math.min(now + event.offerHours * HOUR_MS, new Date(session.startsAt).getTime()))).toISOString();
    await updateRegistration(tx, next.id, { status: 'offered', offerExpiresAt: until, decidedAt: ctx.clock.now().toISOString() });
    await tellTalent(ctx, tx, event, session, next, 'offered', until);
    offered += 1;
  }
}

/** Gives back the place a registration held and passes it down the waitlist. */
export async function freePlace(ctx: AppContext, tx: Tx, event: EventRow, session: SessionRow): Promise<void> {
  await releasePlace(tx, session.id);
  await offerFreePlaces(ctx, tx, event, session);
}
