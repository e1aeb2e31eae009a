/**
 * Handling a request through the closed loop: the first concierge to take it owns it (首接负责)
 * until they hand it over explicitly; the owner contacts the talent, posts updates, adds
 * co-handling departments, stops the clock while waiting for the talent or a third party (who and
 * why recorded), answers (resolved, not possible with the rule, or redirected), closes and
 * follows up. The talent rates once and may reopen once within the city's reopening window.
 * Every step is on the timeline, audited, and told to whom it concerns.
 */
import {
  businessDate,
  SERVICE_ACTION_LABELS,
  SERVICE_STATUS_LABELS,
  type AnswerBody,
  type ClockStopParty,
  type ServiceAction,
  type ServiceRequest,
  type ServiceStatus,
} from '@bole/contracts';
import { assertCityCodes } from '../city/city-file.js';
import { fail, forbidden, invalid, notFound } from '../http/errors.js';
import type { Principal } from '../http/access.js';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import { notify, type Recipients } from '../notifications/notification.service.js';
import { findConcierges, insertCoHandler, insertStep, lockRequest, updateRequest, type NewRequest, type RequestRow } from './service-desk.repository.js';
import { serviceDeskConfig } from './service-desk.config.js';
import { clocksOnResume } from './service-clock.rules.js';
import { REQUEST, remitOf, requestFor } from './service-request.service.js';

const wrongState = (status: ServiceStatus, action: ServiceAction) =>
  fail('BOLE_SERVICE_WRONG_STATE', { state: SERVICE_STATUS_LABELS[status], action: SERVICE_ACTION_LABELS[action] });

/** One step: checks, the change, the timeline, the audit entry and the notices, in one transaction. */
async function step(
  ctx: AppContext,
  actor: Principal,
  id: string,
  action: ServiceAction,
  apply: (
    row: RequestRow,
    today: string,
    tx: Tx,
  ) =>
    | { set: Partial<NewRequest>; note: string | null; tell?: Recipients[]; detail?: Record<string, unknown> }
    | Promise<{ set: Partial<NewRequest>; note: string | null; tell?: Recipients[]; detail?: Record<string, unknown> }>,
): Promise<ServiceRequest> {
  await requestFor(ctx, actor, id); // 404 outside the reader's remit
  const today = businessDate(ctx.clock.now());
  await ctx.db.transaction(async (tx: Tx) => {
    const row = await lockRequest(tx, id);
    if (!row) throw notFound(REQUEST);
    const { set, note, tell, detail } = await apply(row, today, tx);
    const status = set.status ?? row.status;
    if (Object.keys(set).length) await updateRequest(tx, id, set);
    const now = ctx.clock.now().toISOString();
    await insertStep(tx, { requestId: id, at: now, action, status, actorId: actor.userId, note, detail: detail ?? null });
    await ctx.audit.record(tx, actor, {
      action: `service_request.${action}`,
      entity: 'service_request',
      entityId: id,
      detail: { from: row.status, to: status, ...detail },
    });
    if (tell?.length) {
      const dueOn = set.resolutionDue ?? row.resolutionDue;
      await notify(ctx, tx, tell, { kind: 'service_request.step', payload: { requestId: id, category: row.category, action, status, dueOn } });
    }
  });
  return requestFor(ctx, actor, id);
}

/** 403 unless `actor` owns the request (首接负责). */
function assertOwner(row: RequestRow, actor: Principal, ownerName: string | null = null): void {
  if (row.ownerId !== actor.userId)
    throw fail('BOLE_SERVICE_NOT_OWNER', {
      owner: ownerName ?? (row.ownerId ? { zh: '其他专员', en: 'another concierge' } : { zh: '尚无专员', en: 'no one yet' }),
    });
}

function assertStatus(row: RequestRow, action: ServiceAction, ...allowed: ServiceStatus[]): void {
  if (!allowed.includes(row.status)) throw wrongState(row.status, action);
}

const talentOf = (row: RequestRow): Recipients => ({ talentId: row.talentId });

/** A concierge of the request's department (or a general one) takes it and owns it from now on. */
export function claim(ctx: AppContext, actor: Principal, id: string) {
  return step(ctx, actor, id, 'claim', (row) => {
    assertStatus(row, 'claim', 'accepted');
    const remit = remitOf(actor);
    if (remit && !remit.includes(row.department))
      throw forbidden({ zh: '该诉求不属于本部门专员', en: 'The request belongs to another department’s concierges.' });
    return { set: { status: 'assigned', ownerId: actor.userId }, note: null, tell: [talentOf(row)] };
  });
}

/** The owner records the first contact with the talent: the request is in progress. */
export function contact(ctx: AppContext, actor: Principal, id: string, note: string) {
  return step(ctx, actor, id, 'contact', (row, today) => {
    assertOwner(row, actor);
    assertStatus(row, 'contact', 'assigned');
    const cfg = serviceDeskConfig(ctx);
    return {
      set: { status: 'in_progress', firstContactOn: today, updateDue: ctx.calendar.current().addWorkingDays(today, cfg.updateWorkingDays) },
      note,
      tell: [talentOf(row)],
    };
  });
}

/** The owner posts an update: the update clock starts again. */
export function update(ctx: AppContext, actor: Principal, id: string, note: string) {
  return step(ctx, actor, id, 'update', (row, today) => {
    assertOwner(row, actor);
    assertStatus(row, 'update', 'in_progress');
    return { set: { updateDue: ctx.calendar.current().addWorkingDays(today, serviceDeskConfig(ctx).updateWorkingDays) }, note, tell: [talentOf(row)] };
  });
}

/** The owner hands the request over to another concierge, who owns it from now on. */
export function handOver(ctx: AppContext, actor: Principal, id: string, toUserId: string, note: string) {
  return step(ctx, actor, id, 'hand_over', async (row, _today, tx) => {
    assertOwner(row, actor);
    assertStatus(row, 'hand_over', 'assigned', 'in_progress');
    const [to] = await findConcierges(tx, toUserId);
    if (!to || to.id === actor.userId) throw invalid([{ field: 'toUserId', message: 'must be another concierge' }]);
    return { set: { ownerId: to.id }, note, tell: [{ userIds: [to.id] }, talentOf(row)], detail: { from: actor.userId, to: to.id } };
  });
}

/** The owner adds a department that handles the request beside theirs; its head is told. */
export function coHandle(ctx: AppContext, actor: Principal, id: string, department: string, note: string) {
  return step(ctx, actor, id, 'co_handle', async (row, _today, tx) => {
    assertOwner(row, actor);
    assertStatus(row, 'co_handle', 'assigned', 'in_progress');
    assertCityCodes(ctx.city, { department });
    const added =
      department !== row.department &&
      (await insertCoHandler(tx, { requestId: id, department, addedBy: actor.userId, addedAt: ctx.clock.now().toISOString() }));
    if (!added) throw invalid([{ field: 'department', message: 'already handles the request' }]);
    return { set: {}, note, tell: [{ role: 'reviewer', department }], detail: { department } };
  });
}

/** The owner stops the clock while waiting for the talent or a third party, saying why. */
export function stopClock(ctx: AppContext, actor: Principal, id: string, waitingFor: ClockStopParty, note: string) {
  return step(ctx, actor, id, 'stop_clock', (row, today) => {
    assertOwner(row, actor);
    assertStatus(row, 'stop_clock', 'in_progress');
    if (row.stoppedSince) throw wrongState(row.status, 'stop_clock');
    return {
      set: { stoppedSince: today, stopWaitingFor: waitingFor, stopNote: note, stoppedBy: actor.userId },
      note,
      tell: [talentOf(row)],
      detail: { waitingFor },
    };
  });
}

function resumed(ctx: AppContext, row: RequestRow, today: string): Partial<NewRequest> {
  if (!row.stoppedSince) return {};
  const c = clocksOnResume({ ...row, stoppedSince: row.stoppedSince }, today, serviceDeskConfig(ctx).updateWorkingDays, ctx.calendar.current());
  return {
    firstContactDue: c.firstContactDue,
    updateDue: c.updateDue,
    resolutionDue: c.resolutionDue,
    pausedWorkingDays: row.pausedWorkingDays + c.stood,
    stoppedSince: null,
    stopWaitingFor: null,
    stopNote: null,
    stoppedBy: null,
  };
}

/** The owner restarts a stopped clock: the working days it stood push the deadlines back. */
export function resumeClock(ctx: AppContext, actor: Principal, id: string, note: string) {
  return step(ctx, actor, id, 'resume_clock', (row, today) => {
    assertOwner(row, actor);
    if (!row.stoppedSince) throw wrongState(row.status, 'resume_clock');
    return { set: resumed(ctx, row, today), note, tell: [talentOf(row)] };
  });
}

/** The owner answers: resolved, not possible (naming the rule) or redirected (naming where). */
export function answer(ctx: AppContext, actor: Principal, id: string, body: AnswerBody) {
  if (body.outcome === 'not_possible' && !body.rule) throw invalid([{ field: 'rule', message: 'is required when it is not possible' }]);
  if (body.outcome === 'redirected' && !body.redirectedTo) throw invalid([{ field: 'redirectedTo', message: 'is required when redirected' }]);
  return step(ctx, actor, id, 'answer', (row, today) => {
    assertOwner(row, actor);
    assertStatus(row, 'answer', 'in_progress');
    const set: Partial<NewRequest> = {
      ...resumed(ctx, row, today),
      status: 'answered',
      answeredOn: today,
      outcome: body.outcome,
      answer: body.note,
      rule: body.rule ?? null,
      redirectedTo: body.redirectedTo ?? null,
    };
    return { set, note: body.note, tell: [talentOf(row)], detail: { outcome: body.outcome } };
  });
}

/** The owner closes an answered request; the talent is asked for their satisfaction. */
export function close(ctx: AppContext, actor: Principal, id: string, note: string) {
  return step(ctx, actor, id, 'close', (row, today) => {
    assertOwner(row, actor);
    assertStatus(row, 'close', 'answered');
    return { set: { status: 'closed', closedOn: today }, note, tell: [talentOf(row)] };
  });
}

/** The owner records the follow-up call after closing. */
export function followUp(ctx: AppContext, actor: Principal, id: string, note: string) {
  return step(ctx, actor, id, 'follow_up', (row) => {
    assertOwner(row, actor);
    assertStatus(row, 'follow_up', 'closed');
    return { set: { status: 'follow_up' }, note };
  });
}

/** The talent rates a closed request, once. */
export function rate(ctx: AppContext, actor: Principal, id: string, rating: number, comment: string | undefined) {
  return step(ctx, actor, id, 'rate', (row) => {
    if (row.ratedAt) throw fail('BOLE_SERVICE_ALREADY_RATED', { at: row.ratedAt.slice(0, 10) }, [{ field: 'rating', message: 'was already given' }]);
    assertStatus(row, 'rate', 'closed', 'follow_up');
    return {
      set: { status: 'rated', rating, ratedAt: ctx.clock.now().toISOString() },
      note: comment ?? null,
      tell: row.ownerId ? [{ userIds: [row.ownerId] }] : [],
      detail: { rating },
    };
  });
}

/** The talent reopens a closed request once, within the reopening window after closing; the same owner has it again. */
export function reopen(ctx: AppContext, actor: Principal, id: string, reason: string) {
  return step(ctx, actor, id, 'reopen', (row, today) => {
    assertStatus(row, 'reopen', 'closed', 'follow_up', 'rated');
    const cfg = serviceDeskConfig(ctx);
    const refuse = (why: { zh: string; en: string }, message: string) => fail('BOLE_SERVICE_REOPEN_CLOSED', { why }, [{ field: 'reason', message }]);
    if (row.reopenedAt) throw refuse({ zh: '每项诉求只能重新办理一次', en: 'a request is reopened once only' }, 'the request was already reopened once');
    const lastDay = new Date(Date.parse(`${row.closedOn}T00:00:00Z`) + cfg.reopenWithinDays * 86_400_000).toISOString().slice(0, 10);
    if (today > lastDay)
      throw refuse(
        { zh: `办结后 ${cfg.reopenWithinDays} 日内方可申请（截至 ${lastDay}）`, en: `only within ${cfg.reopenWithinDays} days of closing (until ${lastDay})` },
        `closed on ${row.closedOn}, more than ${cfg.reopenWithinDays} days ago`,
      );
    const cal = ctx.calendar.current();
    const set: Partial<NewRequest> = {
      status: 'in_progress',
      reopenedAt: ctx.clock.now().toISOString(),
      answeredOn: null,
      closedOn: null,
      updateDue: cal.addWorkingDays(today, cfg.updateWorkingDays),
      resolutionDue: cal.addWorkingDays(today, row.resolutionDays),
      escalation: 0,
    };
    return { set, note: reason, tell: row.ownerId ? [{ userIds: [row.ownerId] }] : [] };
  });
}
