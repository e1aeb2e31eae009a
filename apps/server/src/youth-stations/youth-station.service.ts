/**
 * 青年驿站: the office opens stations with rooms and beds; an eligible talent books a bed for up
 * to the station's night limit, once per year (configurable per station); the station checks
 * them in by scanning their talent code and checks them out; a booking nobody checked into by
 * the day after its first night is a no-show and its bed is released. The bed guarantee is the
 * database's (one row per bed and night), so it holds across server nodes.
 */
import {
  businessDate,
  STAY_STATUS_LABELS,
  type BedCalendar,
  type BookStayBody,
  type CreateStationBody,
  type StationOccupancy,
  type StayStatus,
  type YouthStay,
  type YouthStation,
} from '@bole/contracts';
import { assertCityCodes } from '../city/city-file.js';
import { fail, forbidden, invalid, notFound } from '../http/errors.js';
import type { Principal } from '../http/access.js';
import type { AppContext } from '../platform/context.js';
import { talentOfClaims, verifyWithInstance } from '../talent-code/talent-code.service.js';
import {
  bedsOf,
  findStation,
  firstHeldNightOf,
  heldNights,
  heldPerStationNight,
  holdNights,
  insertStation,
  insertStay,
  listStations,
  listStays,
  lockTalentStays,
  moveStay,
  releaseNights,
  setStayBed,
  staysInYear,
  type StationRow,
  type StayView,
} from './youth-station.repository.js';
import { addDays, firstFreeBed, lastNightOf, nightsFrom } from './stay.rules.js';
import { assertMayStay } from './stay-eligibility.js';

const STATION = { zh: '该青年驿站', en: 'The youth station' };
const STAY = { zh: '该入住记录', en: 'The stay' };

function presentStation(s: StationRow & { beds: number }): YouthStation {
  return {
    id: s.id,
    name: s.name,
    district: s.district,
    address: s.address,
    maxNights: s.maxNights,
    staysPerYear: s.staysPerYear,
    policyId: s.policyId,
    beds: s.beds,
  };
}

function presentStay(s: StayView): YouthStay {
  return {
    id: s.id,
    stationId: s.stationId,
    stationName: s.stationName,
    bedId: s.bedId,
    room: s.room,
    bed: s.bed,
    talentId: s.talentId,
    talentName: s.talentName,
    firstNight: s.firstNight,
    lastNight: lastNightOf(s.firstNight, s.nights),
    nights: s.nights,
    status: s.status,
    bookedAt: s.bookedAt,
    checkedInAt: s.checkedInAt,
    checkedOutAt: s.checkedOutAt,
  };
}

/** Opens a station with its rooms and beds (beds labelled 1, 2, … per room). */
export async function createStation(ctx: AppContext, actor: Principal, body: CreateStationBody): Promise<YouthStation> {
  assertCityCodes(ctx.city, { district: body.district });
  const names = body.rooms.map((r) => r.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw invalid([{ field: 'rooms', message: `room ${dup} is listed twice` }]);
  const beds = body.rooms.flatMap((r) => Array.from({ length: r.beds }, (_, i) => ({ room: r.name, label: String(i + 1) })));
  const station = await ctx.db.transaction(async (tx) => {
    const s = await insertStation(
      tx,
      {
        name: body.name,
        district: body.district,
        address: body.address,
        maxNights: body.maxNights,
        staysPerYear: body.staysPerYear,
        policyId: body.policyId,
        createdAt: ctx.clock.now().toISOString(),
      },
      beds,
    );
    await ctx.audit.record(tx, actor, {
      action: 'youth_station.create',
      entity: 'youth_station',
      entityId: s.id,
      detail: { name: body.name, beds: beds.length },
    });
    return s;
  });
  return presentStation({ ...station, beds: beds.length });
}

/** Every station. */
export async function stations(ctx: AppContext): Promise<YouthStation[]> {
  return (await listStations(ctx.db)).map(presentStation);
}

async function stationOr404(ctx: AppContext, id: string): Promise<StationRow> {
  const s = await findStation(ctx.db, id);
  if (!s) throw notFound(STATION);
  return s;
}

/** A station's beds and the nights each is held, over `days` nights from `from`. */
export async function bedCalendar(ctx: AppContext, stationId: string, from: string, days: number): Promise<BedCalendar> {
  await stationOr404(ctx, stationId);
  const beds = await bedsOf(ctx.db, stationId);
  const nights = nightsFrom(from, days);
  const held = await heldNights(
    ctx.db,
    beds.map((b) => b.id),
    from,
    nights.at(-1)!,
  );
  return {
    stationId,
    from,
    nights,
    beds: beds.map((b) => ({
      id: b.id,
      room: b.room,
      label: b.label,
      held: held
        .filter((h) => h.bedId === b.id)
        .map((h) => h.night)
        .sort(),
    })),
  };
}

/** Checks the booking's limits (nights, dates, overlaps, yearly count); nothing is written. */
async function checkLimits(
  ctx: AppContext,
  conn: Parameters<typeof staysInYear>[0],
  station: StationRow,
  talentId: string,
  body: BookStayBody,
): Promise<string> {
  const today = businessDate(ctx.clock.now());
  if (body.nights > station.maxNights)
    throw fail('BOLE_STAY_TOO_LONG', { max: station.maxNights, nights: body.nights }, [{ field: 'nights', message: `must be at most ${station.maxNights}` }]);
  if (body.firstNight < today) throw invalid([{ field: 'firstNight', message: 'must be today or later' }]);
  const last = lastNightOf(body.firstNight, body.nights);
  const overlap = await firstHeldNightOf(conn, talentId, body.firstNight, last);
  if (overlap) throw fail('BOLE_STAY_OVERLAPS', { night: overlap }, [{ field: 'firstNight', message: `you already hold a bed on ${overlap}` }]);
  const year = Number(body.firstNight.slice(0, 4));
  const count = await staysInYear(conn, talentId, year);
  if (count >= station.staysPerYear)
    throw fail('BOLE_STAY_YEAR_LIMIT', { max: station.staysPerYear, count, year }, [
      { field: 'firstNight', message: `at most ${station.staysPerYear} stay(s) in ${year}` },
    ]);
  return last;
}

/**
 * Books a bed for the signed-in talent: eligibility on verified facts, the limits, then the
 * nights are held (the named bed, or the first bed free on every night; when another node took
 * a candidate in the meantime the next is tried). All or nothing.
 */
export async function bookStay(ctx: AppContext, principal: Principal, stationId: string, body: BookStayBody): Promise<YouthStay> {
  const talentId = principal.talentId;
  if (!talentId) throw forbidden();
  const station = await stationOr404(ctx, stationId);
  await checkLimits(ctx, ctx.db, station, talentId, body);
  await assertMayStay(ctx, talentId, station.policyId, businessDate(ctx.clock.now()));
  const beds = (await bedsOf(ctx.db, stationId)).map((b) => b.id);
  if (body.bedId && !beds.includes(body.bedId)) throw invalid([{ field: 'bedId', message: 'is not a bed of this station' }]);
  const nights = nightsFrom(body.firstNight, body.nights);
  const id = await ctx.db.transaction(async (tx) => {
    await lockTalentStays(tx, talentId);
    await checkLimits(ctx, tx, station, talentId, body);
    const held = await heldNights(tx, beds, nights[0]!, nights.at(-1)!);
    const candidates = body.bedId ? [body.bedId] : beds.filter((b) => !held.some((h) => h.bedId === b));
    if (body.bedId && held.some((h) => h.bedId === body.bedId)) {
      const night = held
        .filter((h) => h.bedId === body.bedId)
        .map((h) => h.night)
        .sort()[0]!;
      throw fail('BOLE_BED_TAKEN', { night }, [{ field: 'bedId', message: `is held on ${night}` }]);
    }
    if (!firstFreeBed(candidates, []))
      throw fail('BOLE_STATION_FULL', { from: nights[0]!, to: nights.at(-1)! }, [{ field: 'firstNight', message: 'no bed is free on every night asked' }]);
    const now = ctx.clock.now().toISOString();
    const stayId = await insertStay(tx, {
      stationId,
      bedId: candidates[0]!,
      talentId,
      firstNight: body.firstNight,
      nights: body.nights,
      status: 'booked',
      bookedAt: now,
    });
    for (const bedId of candidates) {
      await setStayBed(tx, stayId, bedId);
      const got = await holdNights(
        tx,
        nights.map((night) => ({ bedId, night, stayId, talentId })),
      );
      if (got === nights.length) {
        await ctx.audit.record(tx, principal, {
          action: 'youth_stay.book',
          entity: 'youth_stay',
          entityId: stayId,
          detail: { stationId, bedId, firstNight: body.firstNight, nights: body.nights },
        });
        return stayId;
      }
      await releaseNights(tx, stayId, null);
    }
    if (body.bedId) throw fail('BOLE_BED_TAKEN', { night: nights[0]! }, [{ field: 'bedId', message: 'was taken a moment ago' }]);
    throw fail('BOLE_STATION_FULL', { from: nights[0]!, to: nights.at(-1)! }, [{ field: 'firstNight', message: 'no bed is free on every night asked' }]);
  });
  return stayOr404(ctx, id);
}

async function stayOr404(ctx: AppContext, id: string): Promise<YouthStay> {
  const [s] = await listStays(ctx.db, { id });
  if (!s) throw notFound(STAY);
  return presentStay(s);
}

/** The signed-in talent's stays. */
export async function myStays(ctx: AppContext, principal: Principal): Promise<YouthStay[]> {
  if (!principal.talentId) return [];
  return (await listStays(ctx.db, { talentId: principal.talentId })).map(presentStay);
}

/** A station's stays starting in a range (the station's desk). */
export async function stationStays(ctx: AppContext, stationId: string, from: string): Promise<YouthStay[]> {
  await stationOr404(ctx, stationId);
  return (await listStays(ctx.db, { stationId })).filter((s) => lastNightOf(s.firstNight, s.nights) >= from).map(presentStay);
}

const wrongState = (status: StayStatus, action: { zh: string; en: string }) => fail('BOLE_STAY_WRONG_STATE', { state: STAY_STATUS_LABELS[status], action });

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

/** The talent cancels a booking before its first night; its nights are released. */
export async function cancelStay(ctx: AppContext, principal: Principal, stayId: string): Promise<YouthStay> {
  const [stay] = await listStays(ctx.db, { id: stayId });
  if (!stay || stay.talentId !== principal.talentId) throw notFound(STAY);
  await ctx.db.transaction(async (tx) => {
    if (!(await moveStay(tx, stayId, 'booked', { status: 'cancelled', releasedAt: ctx.clock.now().toISOString() })))
      throw wrongState(stay.status, { zh: '取消', en: 'cancelled' });
    await releaseNights(tx, stayId, null);
    await ctx.audit.record(tx, principal, { action: 'youth_stay.cancel', entity: 'youth_stay', entityId: stayId, detail: {} });
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

/** The office's view: beds held per station and night. */
export async function occupancy(ctx: AppContext, from: string, days: number): Promise<StationOccupancy> {
  const nights = nightsFrom(from, days);
  const [list, held] = await Promise.all([listStations(ctx.db), heldPerStationNight(ctx.db, from, nights.at(-1)!)]);
  const key = (s: string, n: string) => `${s}|${n}`;
  const counts = new Map(held.map((h) => [key(h.stationId, h.night), h.held]));
  return { from, nights, stations: list.map((s) => ({ stationId: s.id, name: s.name, beds: s.beds, held: nights.map((n) => counts.get(key(s.id, n)) ?? 0) })) };
}
