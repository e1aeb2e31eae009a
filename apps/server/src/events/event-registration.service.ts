/**
 * Registering for a session and what follows: a place taken by one conditional update (or the
 * waitlist when the event keeps one), approval by the organisers, offers of freed places with a
 * reply window, cancellation by the talent or the organisers (the ticket revoked, the place
 * passed on) and the offers that expire.
 */
import {
  businessDate,
  EVENT_PLACE_HOLDING,
  EVENT_REGISTRATION_STATUS_LABELS,
  type EventRegisterBody,
  type EventRegistration,
  type EventRegistrationStatus,
} from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { ownTalentId } from '../talents/talent.service.js';
import { policyEligibility } from '../policies/policy-eligibility.js';
import { maskName } from '../talent-code/talent-code.rules.js';
import { freePlace, issueTicket, tellTalent } from './event-place.service.js';
import {
  findAliveRegistration,
  findEvent,
  findEventById,
  insertRegistration,
  lockRegistration,
  overdueOffers,
  revokeTicketOf,
  sessionsOf,
  takePlace,
  talentName,
  updateRegistration,
  type EventRow,
  type RegistrationRow,
} from './event.repository.js';
import { registrationsOf } from './event-registration.view.js';

const eventNotFound = (code: string) => notFound({ en: `Event ${code}`, zh: `活动 ${code}` });

function isAliveUniqueViolation(e: unknown): boolean {
  for (let err = e as { code?: string; constraint?: string; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
    if (err.code === '23505') return err.constraint === 'event_registrations_alive_uq';
  }
  return false;
}

/** Refuses registration when the event is cancelled or registration has closed. */
function assertOpen(ctx: AppContext, event: EventRow): void {
  if (event.cancelledAt === null && ctx.clock.now().getTime() < Date.parse(event.registrationClosesAt)) return;
  throw fail('BOLE_EVENT_REGISTRATION_CLOSED', { event: event.code, at: new Date(event.registrationClosesAt).toISOString() }, [
    { field: 'sessionCode', message: 'registration for this event has closed' },
  ]);
}

/**
 * Registers the talent for a session. Refused with nothing written: 400 naming `sessionCode` for
 * a session the event does not have; 409 when registration closed, when already registered, or
 * when the session is full and the event keeps no waitlist; 422 when the event's policy does not
 * hold on the talent's verified facts.
 */
export async function registerForEvent(ctx: AppContext, who: Principal, code: string, body: EventRegisterBody): Promise<EventRegistration> {
  const talentId = ownTalentId(who);
  const pre = await findEvent(ctx.db, code);
  if (!pre) throw eventNotFound(code);
  const session = (await sessionsOf(ctx.db, [pre.id])).find((s) => s.code === body.sessionCode);
  if (!session) throw invalid([{ field: 'sessionCode', message: `is not a session of ${code}` }]);
  assertOpen(ctx, pre);
  if (pre.audience === 'eligible' && pre.policyId) {
    const at = businessDate(ctx.clock.now());
    const e = await policyEligibility(ctx, pre.policyId, talentId, at);
    if (!e.eligible) {
      const why = { zh: `不满足：${e.unmet.map((u) => u.zh).join('；')}`, en: `not met: ${e.unmet.map((u) => u.en).join('; ')}` };
      throw fail('BOLE_NOT_ELIGIBLE', { policy: e.policy, at, why }, [{ field: 'sessionCode', message: why.en }]);
    }
  }
  const holder = maskName((await talentName(ctx.db, talentId)) ?? '');
  const alreadyRegistered = (status: EventRegistrationStatus) =>
    fail('BOLE_EVENT_ALREADY_REGISTERED', { session: session.code, status: EVENT_REGISTRATION_STATUS_LABELS[status] }, [
      { field: 'sessionCode', message: 'already registered for this session' },
    ]);
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const event = (await findEvent(tx, code))!;
      assertOpen(ctx, event);
      const mine = await findAliveRegistration(tx, session.id, talentId);
      if (mine) throw alreadyRegistered(mine.status);
      const status = await placeOrWait(tx, event, session.id);
      if (!status) {
        throw fail('BOLE_EVENT_SESSION_FULL', { session: session.code, capacity: session.capacity }, [{ field: 'sessionCode', message: 'no place left' }]);
      }
      const now = ctx.clock.now().toISOString();
      const reg = await insertRegistration(tx, { eventId: event.id, sessionId: session.id, talentId, holder, status, registeredAt: now });
      if (status === 'confirmed') await issueTicket(ctx, tx, event, session, reg);
      await tellTalent(ctx, tx, event, session, reg, status);
      await ctx.audit.record(tx, who, {
        action: 'event.register',
        entity: 'event_registration',
        entityId: reg.id,
        detail: { event: code, session: session.code, status },
      });
      return reg.id;
    });
  } catch (e) {
    if (isAliveUniqueViolation(e)) throw alreadyRegistered('pending');
    throw e;
  }
  return (await registrationsOf(ctx, { talentId })).find((r) => r.id === id)!;
}

/** A place when one is left (pending when the organisers approve), else the waitlist when kept, else null. */
async function placeOrWait(tx: Tx, event: EventRow, sessionId: string): Promise<EventRegistrationStatus | null> {
  if (await takePlace(tx, sessionId)) return event.approvalRequired ? 'pending' : 'confirmed';
  return event.waitlist ? 'waitlisted' : null;
}

/** What may happen to a registration, from which statuses. */
const ACTIONS = {
  cancel: { from: ['pending', 'confirmed', 'waitlisted', 'offered'], to: 'cancelled' },
  approve: { from: ['pending'], to: 'confirmed' },
  decline: { from: ['pending'], to: 'declined' },
  accept: { from: ['offered'], to: 'confirmed' },
  refuse: { from: ['offered'], to: 'cancelled' },
} as const satisfies Record<string, { from: EventRegistrationStatus[]; to: EventRegistrationStatus }>;

/** A registration action, named for the state error. */
export type RegistrationAction = keyof typeof ACTIONS;

/**
 * Moves a registration by `action`, as its talent (`talentId` given: only their own) or as an
 * organiser of `eventCode`: a confirmation issues the ticket; leaving a place revokes the ticket
 * and offers the place to the first waiting. 409 when the registration's status does not allow it.
 */
export async function moveRegistration(
  ctx: AppContext,
  who: Principal,
  registrationId: string,
  action: RegistrationAction,
  scope: { talentId: string } | { eventCode: string },
): Promise<EventRegistration> {
  const talentId = await ctx.db.transaction(async (tx) => {
    const reg = await lockRegistration(tx, registrationId);
    const [event] = reg ? await eventOf(tx, reg) : [];
    const mine = reg && event && ('talentId' in scope ? reg.talentId === scope.talentId : event.code === scope.eventCode);
    if (!reg || !event || !mine) throw notFound({ en: 'The registration', zh: '该报名' });
    const rule = ACTIONS[action];
    if (!(rule.from as readonly string[]).includes(reg.status)) {
      throw fail('BOLE_EVENT_REGISTRATION_STATE', {
        status: EVENT_REGISTRATION_STATUS_LABELS[reg.status],
        action,
        needed: rule.from.map((s) => EVENT_REGISTRATION_STATUS_LABELS[s].en).join(' / '),
      });
    }
    const session = (await sessionsOf(tx, [event.id])).find((s) => s.id === reg.sessionId)!;
    if (action === 'accept' && Date.parse(reg.offerExpiresAt ?? '') <= ctx.clock.now().getTime()) {
      throw fail('BOLE_EVENT_REGISTRATION_STATE', {
        status: EVENT_REGISTRATION_STATUS_LABELS.expired,
        action,
        needed: EVENT_REGISTRATION_STATUS_LABELS.offered.en,
      });
    }
    const to: EventRegistrationStatus = action === 'accept' && event.approvalRequired ? 'pending' : rule.to;
    const now = ctx.clock.now().toISOString();
    await updateRegistration(tx, reg.id, { status: to, decidedAt: now, offerExpiresAt: null });
    if (to === 'confirmed') await issueTicket(ctx, tx, event, session, reg);
    if (to === 'cancelled' || to === 'declined') {
      await revokeTicketOf(tx, reg.id, now);
      if ((EVENT_PLACE_HOLDING as readonly string[]).includes(reg.status)) await freePlace(ctx, tx, event, session);
    }
    await tellTalent(ctx, tx, event, session, reg, to);
    await ctx.audit.record(tx, who, {
      action: `event.${action}`,
      entity: 'event_registration',
      entityId: reg.id,
      detail: { event: event.code, from: reg.status, to },
    });
    return reg.talentId;
  });
  return (await registrationsOf(ctx, { talentId })).find((r) => r.id === registrationId)!;
}

async function eventOf(tx: Tx, reg: RegistrationRow): Promise<EventRow[]> {
  const event = await findEventById(tx, reg.eventId);
  return event ? [event] : [];
}

/**
 * Expires the offers whose reply window has passed, passing each place to the next waiting.
 * Safe on several nodes at once (rows locked, skipping those another node holds). Returns how many expired.
 */
export async function expireEventOffers(ctx: AppContext): Promise<number> {
  let expired = 0;
  for (;;) {
    const n = await ctx.db.transaction(async (tx) => {
      const due = await overdueOffers(tx, ctx.clock.now().toISOString(), 100);
      for (const reg of due) {
        const [event] = await eventOf(tx, reg);
        const session = (await sessionsOf(tx, [reg.eventId])).find((s) => s.id === reg.sessionId)!;
        await updateRegistration(tx, reg.id, { status: 'expired', decidedAt: ctx.clock.now().toISOString() });
        await tellTalent(ctx, tx, event!, session, reg, 'expired');
        await freePlace(ctx, tx, event!, session);
        await ctx.audit.record(tx, null, { action: 'event.offer_expire', entity: 'event_registration', entityId: reg.id, detail: { event: event!.code } });
      }
      return due.length;
    });
    expired += n;
    if (n < 100) return expired;
  }
}
