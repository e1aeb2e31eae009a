/**
 * What rounds show: the list and a round's page (rules, commitments, cutoffs once published), the
 * published inputs and result anyone can re-check (`bole housing verify`), the waitlists and a
 * round's offers for the office.
 */
import type { HousingOffer, HousingPublishedRound, HousingRound, Tier } from '@bole/contracts';
import { fail, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { HOUSING_ROUND_STATUS_LABELS } from '@bole/contracts';
import { applicationCounts, applicationsOfRound, findRound, listRounds, offersOfRound, waitingEntries, type RoundRow } from './housing.repository.js';
import { expireOverdueOffers, presentOffer } from './housing-offer.service.js';

/** A round as everyone reads it; the cutoffs only once published (or for the office, once drawn). */
export function presentRound(r: RoundRow, applicants: number, office: boolean): HousingRound {
  const visible = r.status === 'published' || (office && r.status === 'drawn');
  return {
    code: r.code,
    title: r.title,
    policyId: r.policyId,
    status: r.status,
    unitTypes: r.offer,
    offerWorkingDays: r.offerWorkingDays,
    leaseMonths: r.leaseMonths,
    applicants,
    openedAt: r.openedAt,
    rules: r.rules,
    codeVersion: r.codeVersion,
    eligibleHash: r.eligibleHash,
    eligibleCount: r.eligibleCount,
    beacon: r.beacon,
    beaconAt: r.beaconAt,
    committedAt: r.committedAt,
    seed: visible ? r.seed : null,
    drawnAt: r.drawnAt,
    publishedAt: r.publishedAt,
    cutoffs: visible ? r.cutoffs : null,
  };
}

/** Every round (the public sees only published ones), newest first. */
export async function housingRounds(ctx: AppContext, scope: 'office' | 'talent' | 'public'): Promise<HousingRound[]> {
  const [rows, counts] = await Promise.all([listRounds(ctx.db), applicationCounts(ctx.db)]);
  return rows.filter((r) => scope !== 'public' || r.status === 'published').map((r) => presentRound(r, counts.get(r.id) ?? 0, scope === 'office'));
}

/** One round; 404 when unknown (or not yet published, for the public). */
export async function housingRound(ctx: AppContext, code: string, scope: 'office' | 'talent' | 'public'): Promise<HousingRound> {
  const found = (await housingRounds(ctx, scope)).find((r) => r.code === code);
  if (!found) throw notFound({ en: `Round ${code}`, zh: `第 ${code} 轮` });
  return found;
}

/** The published inputs and result of a round: all `bole housing verify` needs. 409 before publication. */
export async function publishedHousingRound(ctx: AppContext, code: string): Promise<HousingPublishedRound> {
  const round = await findRound(ctx.db, code);
  if (!round) throw notFound({ en: `Round ${code}`, zh: `第 ${code} 轮` });
  if (round.status !== 'published') {
    throw fail('BOLE_HOUSING_ROUND_STATE', {
      round: code,
      status: HOUSING_ROUND_STATUS_LABELS[round.status],
      action: { en: 'show the published result', zh: '查看公布结果' },
      needed: HOUSING_ROUND_STATUS_LABELS.published,
    });
  }
  const apps = (await applicationsOfRound(ctx.db, round.id)).filter((a) => a.position !== null).sort((a, b) => a.position! - b.position!);
  return {
    round: round.code,
    codeVersion: round.codeVersion!,
    rules: round.rules!,
    beacon: round.beacon!,
    seed: round.seed!,
    eligibleHash: round.eligibleHash!,
    stock: round.stock!,
    eligible: round.eligible!,
    placements: apps.map((a) => ({ applicationNumber: a.number, lottery: a.lottery!, position: a.position!, unitType: a.unitType, unit: a.unitCode })),
    cutoffs: round.cutoffs!,
  };
}

/** Who waits for each unit type, in order (application numbers, not names). */
export async function housingWaitlists(ctx: AppContext) {
  const byType = new Map<string, { place: number; roundCode: string; applicationNumber: string; tier: Tier | null; lottery: string }[]>();
  for (const e of await waitingEntries(ctx.db)) {
    const list = byType.get(e.unitType) ?? [];
    list.push({ place: list.length + 1, roundCode: e.roundCode, applicationNumber: e.number, tier: (e.tier ?? null) as Tier | null, lottery: e.lottery ?? '' });
    byType.set(e.unitType, list);
  }
  return { items: [...byType].map(([unitType, entries]) => ({ unitType, entries })) };
}

/** A round's offers for the office (after expiring what is overdue). */
export async function roundOffers(ctx: AppContext, code: string): Promise<HousingOffer[]> {
  const round = await findRound(ctx.db, code);
  if (!round) throw notFound({ en: `Round ${code}`, zh: `第 ${code} 轮` });
  await expireOverdueOffers(ctx);
  return (await offersOfRound(ctx.db, round.id)).map(presentOffer);
}
