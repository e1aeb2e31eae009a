/**
 * Days on site (签到): the employer scans the expert's talent code at its site (confirmed at
 * once), or the expert checks in with the place and the employer confirms or declines. At most
 * one check-in per expert and day, only on days inside the engagement and not in the future.
 * Every confirmation refreshes the expert's engagement facts.
 */
import { CHECKIN_STATUS_LABELS, businessDate, type Checkin, type CheckinInput } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import { assertEmployerApproved } from '../employers/employer-approval.service.js';
import { holderOfValidCode } from '../talent-code/talent-code.service.js';
import { decideCheckin, findEngagement, insertCheckin, listCheckins, lockCheckin, type CheckinRow } from './engagement.repository.js';
import { engagementOfCaller } from './engagement.service.js';
import { refreshEngagementFacts } from './engagement-facts.js';

function toCheckin(r: CheckinRow): Checkin {
  return { id: r.id, engagementId: r.engagementId, day: r.day, method: r.method, status: r.status, place: r.place, recordedAt: r.recordedAt.toISOString() };
}

/** POST /engagements/:id/checkins: 400/422/409 naming what is wrong; nothing is written then. */
export async function checkIn(ctx: AppContext, principal: Principal, engagementId: string, input: CheckinInput): Promise<Checkin> {
  const e = await engagementOfCaller(ctx, principal, engagementId);
  const byEmployer = e.as === 'employer';
  if (byEmployer) {
    await assertEmployerApproved(ctx, principal, 'record_engagements');
    if (!input.talentCode) throw invalid([{ field: 'talentCode', message: 'is required: scan the expert’s talent code' }]);
    if ((await holderOfValidCode(ctx, input.talentCode, 'talentCode')) !== e.talentId)
      throw invalid([{ field: 'talentCode', message: 'belongs to someone else than this engagement’s expert' }]);
  } else if (!input.place) {
    throw invalid([{ field: 'place', message: 'is required: say where you are on site' }]);
  }
  if (input.day > businessDate(ctx.clock.now())) throw invalid([{ field: 'day', message: 'must not be in the future' }]);
  if (input.day < e.startDate || input.day > e.endDate)
    throw fail('BOLE_CHECKIN_OUTSIDE', { day: input.day, start: e.startDate, end: e.endDate }, [{ field: 'day', message: 'is outside the engagement' }]);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const row = await insertCheckin(tx, {
      engagementId,
      talentId: e.talentId,
      day: input.day,
      method: byEmployer ? 'code_scan' : 'self',
      status: byEmployer ? 'confirmed' : 'pending',
      place: input.place ?? null,
      recordedBy: principal.userId,
      recordedAt: now,
      ...(byEmployer ? { decidedBy: principal.userId, decidedAt: now } : {}),
    });
    if (!row) throw fail('BOLE_CHECKIN_TWICE', { day: input.day }, [{ field: 'day', message: 'already has a check-in' }]);
    if (byEmployer) await refreshEngagementFacts(ctx, tx, e.talentId, principal.userId);
    await ctx.audit.record(tx, principal, {
      action: 'engagement.checkin',
      entity: 'engagement',
      entityId: engagementId,
      detail: { day: input.day, method: row.method },
    });
    return toCheckin(row);
  });
}

/** GET /engagements/:id/checkins: its check-ins, newest day first (expert or employer). */
export async function engagementCheckins(ctx: AppContext, principal: Principal, engagementId: string): Promise<{ items: Checkin[] }> {
  await engagementOfCaller(ctx, principal, engagementId);
  return { items: (await listCheckins(ctx.db, engagementId)).map(toCheckin) };
}

/** POST /checkins/:id/decision: the employer confirms or declines an expert's pending check-in. */
export async function decideExpertCheckin(ctx: AppContext, principal: Principal, id: string, decision: 'confirm' | 'decline'): Promise<Checkin> {
  const employerId = await assertEmployerApproved(ctx, principal, 'record_engagements');
  return ctx.db.transaction(async (tx) => {
    const row = await lockCheckin(tx, id);
    const engagement = row && (await findEngagement(tx, row.engagementId));
    if (!row || engagement?.employerId !== employerId) throw notFound({ en: 'The check-in', zh: '该签到' });
    if (row.status !== 'pending') throw fail('BOLE_CHECKIN_STATE', { status: CHECKIN_STATUS_LABELS[row.status] });
    const decided = await decideCheckin(tx, id, {
      status: decision === 'confirm' ? 'confirmed' : 'declined',
      decidedBy: principal.userId,
      decidedAt: ctx.clock.now(),
    });
    if (decision === 'confirm') await refreshEngagementFacts(ctx, tx, row.talentId, principal.userId);
    await ctx.audit.record(tx, principal, {
      action: `engagement.checkin.${decision}`,
      entity: 'engagement',
      entityId: row.engagementId,
      detail: { day: row.day },
    });
    return toCheckin(decided);
  });
}
