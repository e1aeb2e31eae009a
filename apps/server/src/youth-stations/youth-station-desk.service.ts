/**
 * A youth station's desk: tonight's list (bookings that have begun and guests in the house), check
 * in by the talent code (scanned or typed), check out, mark a guest who did not come as a no-show;
 * and the office's sweep that releases every booking nobody checked into by the day after its
 * first night. Releasing a stay frees its bed's nights at once.
 */
import { businessDate, type YouthStay } from '@bole/contracts';
import { fail, invalid, notFound } from '../http/errors.js';
import type { Principal } from '../http/access.js';
import type { AppContext } from '../platform/context.js';
import { talentOfClaims, verifyWithInstance } from '../talent-code/talent-code.service.js';
import { listStays, moveStay, releaseNights } from './youth-station.repository.js';
import { addDays } from './stay.rules.js';
import { presentStay, stationOr404, stayOr404, wrongState } from './youth-station.service.js';

const STAY = { zh: '该入住记录', en: 'The stay' };

/**
 * The desk's list for the night of `date` (default today): bookings whose first night has come
 * and nobody checked in yet (to check in, or to mark as no-shows) and the guests checked in (to
 * check out), by room and bed.
 */
export async function tonight(ctx: AppContext, stationId: string, date?: string): Promise<{ date: string; items: YouthStay[] }> {
  await stationOr404(ctx, stationId);
  const night = date ?? businessDate(ctx.clock.now());
  const open = await listStays(ctx.db, { stationId, statuses: ['booked', 'checked_in'], firstNightBefore: night });
  const items = open.map(presentStay).sort((a, b) => a.room.localeCompare(b.room) || a.bed.localeCompare(b.bed, undefined, { numeric: true }));
  return { date: night, items };
}

/** The station scans a talent code: the talent's booking here starting today is checked in. */
export async function checkIn(ctx: AppContext, actor: Principal, stationId: string, code: string): Promise<YouthStay> {
  await stationOr404(ctx, stationId);
  const verified = await verifyWithInstance(ctx, code);
  if (verified.status !== 'valid' || !verified.claims) throw invalid([{ field: 'code', message: `the talent code is ${verified.status}` }]);
  const talentId = await talentOfClaims(ctx, verified.claims);
  const today = businessDate(ctx.clock.now());
  const [stay] = talentId ? await listStays(ctx.db, { stationId, talentId, status: 'booked', firstNight: today }) : [];
  if (!stay) throw fail('BOLE_NO_STAY_TODAY', { date: today }, [{ field: 'code', message: 'has no booking here starting today' }]);
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now().toISOString();
    if (!(await moveStay(tx, stay.id, 'booked', { status: 'checked_in', checkedInAt: now, checkedInBy: actor.userId })))
      throw wrongState(stay.status, { zh: '办理入住', en: 'checked in' });
    await ctx.audit.record(tx, actor, { action: 'youth_stay.check_in', entity: 'youth_stay', entityId: stay.id, detail: { stationId } });
  });
  return stayOr404(ctx, stay.id);
}

/** Checks a stay out; nights after today are released. */
export async function checkOut(ctx: AppContext, actor: Principal, stayId: string): Promise<YouthStay> {
  const [stay] = await listStays(ctx.db, { id: stayId });
  if (!stay) throw notFound(STAY);
  const today = businessDate(ctx.clock.now());
  await ctx.db.transaction(async (tx) => {
    if (!(await moveStay(tx, stayId, 'checked_in', { status: 'checked_out', checkedOutAt: ctx.clock.now().toISOString() })))
      throw wrongState(stay.status, { zh: '办理退房', en: 'checked out' });
    await releaseNights(tx, stayId, today);
    await ctx.audit.record(tx, actor, { action: 'youth_stay.check_out', entity: 'youth_stay', entityId: stayId, detail: { releasedFrom: today } });
  });
  return stayOr404(ctx, stayId);
}

/**
 * The desk marks a booking nobody came for as a no-show, from its first night on (not before):
 * all its nights are released at once, so the bed can be given to someone else tonight.
 */
export async function markNoShow(ctx: AppContext, actor: Principal, stayId: string): Promise<YouthStay> {
  const [stay] = await listStays(ctx.db, { id: stayId });
  if (!stay) throw notFound(STAY);
  const today = businessDate(ctx.clock.now());
  if (stay.status === 'booked' && stay.firstNight > today)
    throw fail('BOLE_STAY_NOT_STARTED', { date: stay.firstNight }, [{ field: 'id', message: `the stay begins on ${stay.firstNight}` }]);
  await ctx.db.transaction(async (tx) => {
    if (!(await moveStay(tx, stayId, 'booked', { status: 'no_show', releasedAt: ctx.clock.now().toISOString() })))
      throw wrongState(stay.status, { zh: '标记为未到店', en: 'marked as a no-show' });
    await releaseNights(tx, stayId, null);
    await ctx.audit.record(tx, actor, { action: 'youth_stay.no_show', entity: 'youth_stay', entityId: stayId, detail: { firstNight: stay.firstNight } });
  });
  return stayOr404(ctx, stayId);
}

/** Releases the beds of bookings whose first night has passed with nobody checked in (idempotent). */
export async function releaseNoShows(ctx: AppContext, at?: string): Promise<{ at: string; released: string[] }> {
  const today = at ?? businessDate(ctx.clock.now());
  const due = await listStays(ctx.db, { status: 'booked', firstNightBefore: addDays(today, -1) });
  const released: string[] = [];
  for (const stay of due) {
    await ctx.db.transaction(async (tx) => {
      if (!(await moveStay(tx, stay.id, 'booked', { status: 'no_show', releasedAt: ctx.clock.now().toISOString() }))) return;
      await releaseNights(tx, stay.id, null);
      await ctx.audit.record(tx, null, { action: 'youth_stay.no_show', entity: 'youth_stay', entityId: stay.id, detail: { firstNight: stay.firstNight } });
      released.push(stay.id);
    });
  }
  return { at: today, released };
}
