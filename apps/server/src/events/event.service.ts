/**
 * The organisers' events: creating and editing an event with its sessions (capacity, who may
 * register, approval, waitlist and its reply window), and reading events with their places.
 */
import { businessDate, type EventInput, type EventView } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound, type FieldError } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { policyTitleAt } from '../policies/policy-eligibility.js';
import { offerFreePlaces } from './event-place.service.js';
import {
  findEvent,
  insertEvent,
  insertSessions,
  listEvents,
  sessionsOf,
  updateEvent as writeEvent,
  updateSession,
  waitingCounts,
  type EventRow,
} from './event.repository.js';

/** Bad fields of an event's input: session codes twice, a session ending before it starts, no policy for an eligible-only event. */
async function inputErrors(ctx: AppContext, input: EventInput): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.sessions.forEach((s, i) => {
    if (seen.has(s.code)) errors.push({ field: `sessions.${i}.code`, message: 'appears twice' });
    seen.add(s.code);
    if (Date.parse(s.endsAt) <= Date.parse(s.startsAt)) errors.push({ field: `sessions.${i}.endsAt`, message: 'must be after startsAt' });
  });
  if (input.audience === 'eligible') {
    const title = input.policyId ? await policyTitleAt(ctx, input.policyId, businessDate(ctx.clock.now())) : null;
    if (!title) errors.push({ field: 'policyId', message: 'must name a policy of the pack in force when only eligible talents may register' });
  }
  return errors;
}

const eventColumns = (input: EventInput) => ({
  title: input.title,
  kind: input.kind,
  venue: input.venue,
  audience: input.audience,
  policyId: input.audience === 'eligible' ? input.policyId : null,
  approvalRequired: input.approvalRequired,
  waitlist: input.waitlist,
  offerHours: input.offerHours,
  registrationClosesAt: input.registrationClosesAt,
});

/** Creates an event with its sessions. 400 naming each bad field; 409 when the code is taken. */
export async function createEvent(ctx: AppContext, who: Principal, input: EventInput): Promise<EventView> {
  const errors = await inputErrors(ctx, input);
  if (errors.length) throw invalid(errors);
  await ctx.db.transaction(async (tx) => {
    const row = await insertEvent(tx, { code: input.code, ...eventColumns(input), createdBy: who.userId, createdAt: ctx.clock.now().toISOString() });
    if (!row) throw fail('BOLE_EVENT_EXISTS', { event: input.code }, [{ field: 'code', message: 'is taken' }]);
    await insertSessions(
      tx,
      input.sessions.map((s) => ({ eventId: row.id, code: s.code, title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity })),
    );
    await ctx.audit.record(tx, who, {
      action: 'event.create',
      entity: 'event',
      entityId: row.id,
      detail: { code: input.code, sessions: input.sessions.length },
    });
  });
  return eventView(ctx, input.code);
}

/**
 * Edits an event: its rules, its sessions' titles, times and capacities, and new sessions (every
 * existing session must stay). A capacity raised offers the new places down the waitlist; it
 * never goes below the places taken (409).
 */
export async function updateEvent(ctx: AppContext, who: Principal, code: string, input: EventInput): Promise<EventView> {
  if (input.code !== code) throw invalid([{ field: 'code', message: `must stay ${code}` }]);
  const errors = await inputErrors(ctx, input);
  if (errors.length) throw invalid(errors);
  await ctx.db.transaction(async (tx) => {
    const event = await findEvent(tx, code, true);
    if (!event) throw notFound({ en: `Event ${code}`, zh: `活动 ${code}` });
    const existing = await sessionsOf(tx, [event.id]);
    const missing = existing.filter((s) => !input.sessions.some((i) => i.code === s.code));
    if (missing.length) throw invalid([{ field: 'sessions', message: `must keep session ${missing.map((s) => s.code).join(', ')}` }]);
    await writeEvent(tx, event.id, eventColumns(input));
    const updated = { ...event, ...eventColumns(input) } as EventRow;
    for (const s of input.sessions) {
      const old = existing.find((e) => e.code === s.code);
      if (!old) {
        await insertSessions(tx, [{ eventId: event.id, code: s.code, title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity }]);
        continue;
      }
      if (s.capacity < old.taken) {
        throw fail('BOLE_EVENT_CAPACITY_BELOW_TAKEN', { session: s.code, taken: old.taken }, [
          { field: `sessions.${input.sessions.indexOf(s)}.capacity`, message: `must be at least ${old.taken}` },
        ]);
      }
      await updateSession(tx, old.id, { title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity });
      if (s.capacity > old.capacity) await offerFreePlaces(ctx, tx, updated, { ...old, ...s, id: old.id, taken: old.taken, eventId: event.id });
    }
    await ctx.audit.record(tx, who, { action: 'event.update', entity: 'event', entityId: event.id, detail: { code } });
  });
  return eventView(ctx, code);
}

/** Presents events with their sessions, places taken and waiting. */
async function present(ctx: AppContext, rows: EventRow[]): Promise<EventView[]> {
  const sessions = await sessionsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const waiting = await waitingCounts(
    ctx.db,
    sessions.map((s) => s.id),
  );
  const now = ctx.clock.now().getTime();
  return rows.map((e) => ({
    id: e.id,
    code: e.code,
    title: e.title,
    kind: e.kind,
    venue: e.venue,
    audience: e.audience,
    policyId: e.policyId,
    approvalRequired: e.approvalRequired,
    waitlist: e.waitlist,
    offerHours: e.offerHours,
    registrationClosesAt: new Date(e.registrationClosesAt).toISOString(),
    cancelled: e.cancelledAt !== null,
    registrationOpen: e.cancelledAt === null && now < Date.parse(e.registrationClosesAt),
    sessions: sessions
      .filter((s) => s.eventId === e.id)
      .map((s) => ({
        id: s.id,
        code: s.code,
        title: s.title,
        startsAt: new Date(s.startsAt).toISOString(),
        endsAt: new Date(s.endsAt).toISOString(),
        capacity: s.capacity,
        taken: s.taken,
        waiting: waiting.get(s.id) ?? 0,
      })),
  }));
}

/** Every event, newest first. */
export async function eventList(ctx: AppContext): Promise<EventView[]> {
  return present(ctx, await listEvents(ctx.db));
}

/** One event by code; 404 when there is none. */
export async function eventView(ctx: AppContext, code: string): Promise<EventView> {
  const row = await findEvent(ctx.db, code);
  if (!row) throw notFound({ en: `Event ${code}`, zh: `活动 ${code}` });
  return (await present(ctx, [row]))[0]!;
}
