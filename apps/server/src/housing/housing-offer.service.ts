/**
 * Offers and leases: a talent accepts or refuses an offer before its deadline (working days on
 * the city calendar); a refused or expired unit goes to the first applicant still waiting for its
 * type. Move-in, lease end and renewal are recorded by the office; moving in makes
 * `livesInTalentApartment` a verified fact (the rent subsidy and the apartment are 就高不重复 in
 * the pack), and the lease's end withdraws it.
 */
import { businessDate, HOUSING_LEASE_STATUS_LABELS, HOUSING_OFFER_STATUS_LABELS, type HousingOffer } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import type { Tx } from '../db/database.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { ownTalentId } from '../talents/talent.service.js';
import { findUnit, setUnitsState } from './housing-stock.repository.js';
import { unitTypeOf } from './housing-stock.service.js';
import {
  decideOffer,
  firstWaiting,
  insertLease,
  insertOffers,
  lockLease,
  lockOffer,
  offersOfTalent,
  overdueOffers,
  stopWaiting,
  termsOfApplication,
  updateLease,
  type OfferRow,
  type OfferView,
} from './housing.repository.js';

const today = (ctx: AppContext) => businessDate(ctx.clock.now());

/** An offer as the talent reads it. */
export function presentOffer(o: OfferView): HousingOffer {
  return {
    id: o.id,
    roundCode: o.roundCode,
    applicationNumber: o.applicationNumber,
    unitCode: o.unitCode,
    unitType: unitTypeOf(o.projectCode, o.layout),
    rentFen: o.rentFen,
    status: o.status,
    via: o.via,
    offeredAt: o.offeredAt,
    deadline: o.deadline,
    decidedAt: o.decidedAt,
    lease: o.lease ? { id: o.lease.id, status: o.lease.status, moveIn: o.lease.moveIn, endsOn: o.lease.endsOn, renewals: o.lease.renewals } : null,
  };
}

/** Offers the unit to the first applicant still waiting for its type; the unit is freed when nobody waits. */
async function offerToWaitlist(ctx: AppContext, tx: Tx, unitId: string): Promise<void> {
  const unit = await findUnit(tx, unitId, true);
  if (!unit) return;
  const next = await firstWaiting(tx, unitTypeOf(unit.projectCode, unit.layout));
  if (!next) return setUnitsState(tx, [unitId], 'available');
  await stopWaiting(tx, [next.applicationId]);
  const { offerWorkingDays } = await termsOfApplication(tx, next.applicationId);
  const deadline = ctx.calendar.current().addWorkingDays(today(ctx), offerWorkingDays);
  await insertOffers(tx, [
    {
      applicationId: next.applicationId,
      talentId: next.talentId,
      unitId,
      status: 'offered',
      via: 'waitlist',
      offeredAt: ctx.clock.now().toISOString(),
      deadline,
    },
  ]);
  await setUnitsState(tx, [unitId], 'reserved');
}

/** Expires open offers whose deadline has passed and passes their units on; returns how many. */
export async function expireOverdueOffers(ctx: AppContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const due = await overdueOffers(tx, today(ctx));
    for (const o of due) {
      await decideOffer(tx, o.id, 'expired', ctx.clock.now().toISOString());
      await offerToWaitlist(ctx, tx, o.unitId);
      await ctx.audit.record(tx, null, { action: 'housing.offer.expire', entity: 'housing_offer', entityId: o.id, detail: { deadline: o.deadline } });
    }
    return due.length;
  });
}

/** The caller's offers (after expiring what is overdue), newest first. */
export async function myHousingOffers(ctx: AppContext, who: Principal): Promise<HousingOffer[]> {
  const talentId = ownTalentId(who);
  await expireOverdueOffers(ctx);
  return (await offersOfTalent(ctx.db, talentId)).map(presentOffer);
}

/** The talent's own open offer, locked; 404 / 409 otherwise (an overdue one is expired first). */
async function ownOpenOffer(ctx: AppContext, tx: Tx, who: Principal, offerId: string, action: { en: string; zh: string }): Promise<OfferRow> {
  const offer = await lockOffer(tx, offerId);
  if (!offer || offer.talentId !== ownTalentId(who)) throw notFound({ en: 'The offer', zh: '该配租通知' });
  const status = offer.status === 'offered' && offer.deadline < today(ctx) ? 'expired' : offer.status;
  if (status !== 'offered')
    throw fail('BOLE_HOUSING_OFFER_CLOSED', { status: HOUSING_OFFER_STATUS_LABELS[status], action }, [{ field: 'offerId', message: `the offer is ${status}` }]);
  return offer;
}

/** Accepts an open offer: the lease is signed at the unit's rent, the unit let, the talent off every waitlist. */
export async function acceptOffer(ctx: AppContext, who: Principal, offerId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const offer = await ownOpenOffer(ctx, tx, who, offerId, { en: 'accept', zh: '接受' });
    const unit = (await findUnit(tx, offer.unitId, true))!;
    await decideOffer(tx, offer.id, 'accepted', ctx.clock.now().toISOString());
    const { leaseMonths } = await termsOfApplication(tx, offer.applicationId);
    await insertLease(tx, { offerId: offer.id, talentId: offer.talentId, unitId: unit.id, status: 'signed', rentFen: unit.rentFen, months: leaseMonths });
    await setUnitsState(tx, [unit.id], 'let');
    await stopWaiting(tx, [offer.applicationId]);
    await ctx.audit.record(tx, who, { action: 'housing.offer.accept', entity: 'housing_offer', entityId: offer.id, detail: { unit: unit.code } });
  });
}

/** Refuses an open offer: the unit goes to the waitlist of its type, in order. */
export async function refuseOffer(ctx: AppContext, who: Principal, offerId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const offer = await ownOpenOffer(ctx, tx, who, offerId, { en: 'refuse', zh: '放弃' });
    await decideOffer(tx, offer.id, 'refused', ctx.clock.now().toISOString());
    await offerToWaitlist(ctx, tx, offer.unitId);
    await ctx.audit.record(tx, who, { action: 'housing.offer.refuse', entity: 'housing_offer', entityId: offer.id });
  });
}

/** A lease in the status a step needs, locked. */
async function leaseIn(tx: Tx, leaseId: string, needed: 'signed' | 'active', action: { en: string; zh: string }) {
  const lease = await lockLease(tx, leaseId);
  if (!lease) throw notFound({ en: 'The lease', zh: '该租约' });
  if (lease.status !== needed)
    throw fail('BOLE_HOUSING_LEASE_STATE', { status: HOUSING_LEASE_STATUS_LABELS[lease.status], action }, [
      { field: 'leaseId', message: `the lease is ${lease.status}` },
    ]);
  return lease;
}

/** Adds months to a date (YYYY-MM-DD), the day before the same day `months` later. */
export function leaseEnd(moveIn: string, months: number): string {
  const [y, m, d] = moveIn.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

/** Records the move-in: the lease runs `months` from that day, and living in a talent apartment becomes a verified fact. */
export async function moveIn(ctx: AppContext, who: Principal, leaseId: string, date: string): Promise<void> {
  if (date > today(ctx)) throw invalid([{ field: 'moveIn', message: 'is in the future' }]);
  await ctx.db.transaction(async (tx) => {
    const lease = await leaseIn(tx, leaseId, 'signed', { en: 'record the move-in', zh: '登记入住' });
    await updateLease(tx, lease.id, { status: 'active', moveIn: date, endsOn: leaseEnd(date, lease.months) });
    await recordVerifiedFacts(ctx, tx, lease.talentId, { livesInTalentApartment: true }, { source: 'system', actorUserId: who.userId });
    await ctx.audit.record(tx, who, { action: 'housing.lease.move_in', entity: 'housing_lease', entityId: lease.id, detail: { moveIn: date } });
  });
}

/** Renews an active lease for another term from its current end. */
export async function renewLease(ctx: AppContext, who: Principal, leaseId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const lease = await leaseIn(tx, leaseId, 'active', { en: 'renew', zh: '续租' });
    const next = new Date(Date.parse(lease.endsOn!) + 86_400_000).toISOString().slice(0, 10);
    await updateLease(tx, lease.id, { endsOn: leaseEnd(next, lease.months), renewals: lease.renewals + 1 });
    await ctx.audit.record(tx, who, { action: 'housing.lease.renew', entity: 'housing_lease', entityId: lease.id, detail: { months: lease.months } });
  });
}

/** Ends an active lease on a date: the talent no longer lives there (the fact is withdrawn) and the unit goes to the waitlist. */
export async function endLease(ctx: AppContext, who: Principal, leaseId: string, endsOn: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const lease = await leaseIn(tx, leaseId, 'active', { en: 'end', zh: '退租' });
    if (endsOn < lease.moveIn!) throw invalid([{ field: 'endsOn', message: 'is before the move-in' }]);
    await updateLease(tx, lease.id, { status: 'ended', endsOn });
    await recordVerifiedFacts(ctx, tx, lease.talentId, { livesInTalentApartment: false }, { source: 'system', actorUserId: who.userId });
    await offerToWaitlist(ctx, tx, lease.unitId);
    await ctx.audit.record(tx, who, { action: 'housing.lease.end', entity: 'housing_lease', entityId: lease.id, detail: { endsOn } });
  });
}
