/**
 * A talent's part in a round: applying with up to 5 ordered unit types (only while the round is
 * open, only when the round's policy holds on their verified facts), and their applications with
 * the lottery number, place and why once drawn and published.
 */
import { businessDate, HOUSING_ROUND_STATUS_LABELS, type HousingApplication, type HousingApplyBody, type Tier } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { ownTalentId } from '../talents/talent.service.js';
import { policyEligibility } from '../policies/policy-eligibility.js';
import {
  applicationsOfTalent,
  countApplications,
  findApplicationOf,
  findRound,
  insertApplication,
  waitingEntries,
  type ApplicationRow,
} from './housing.repository.js';

/**
 * Applies in round `code`. Refused, with nothing written: 409 naming `code` when the round is
 * not open; 400 naming `choices.N` for a type the round does not offer; 422 when the policy does
 * not hold on verified facts (the conditions not met); 409 when the talent already applied.
 */
export async function applyForHousing(ctx: AppContext, who: Principal, code: string, body: HousingApplyBody): Promise<HousingApplication> {
  const talentId = ownTalentId(who);
  const pre = await findRound(ctx.db, code);
  if (!pre) throw notFound({ en: `Round ${code}`, zh: `第 ${code} 轮` });
  const closed = () =>
    fail('BOLE_HOUSING_ROUND_CLOSED', { round: code, status: HOUSING_ROUND_STATUS_LABELS[pre.status] }, [
      { field: 'code', message: 'the round no longer takes applications' },
    ]);
  if (pre.status !== 'open') throw closed();
  const unknown = body.choices.flatMap((c, i) => (pre.unitTypes.includes(c) ? [] : [{ field: `choices.${i}`, message: 'is not a unit type of this round' }]));
  if (unknown.length) throw invalid(unknown);
  const at = businessDate(ctx.clock.now());
  const e = await policyEligibility(ctx, pre.policyId, talentId, at);
  if (!e.eligible) {
    const why = { zh: `不满足：${e.unmet.map((u) => u.zh).join('；')}`, en: `not met: ${e.unmet.map((u) => u.en).join('; ')}` };
    throw fail('BOLE_NOT_ELIGIBLE', { policy: e.policy, at, why }, [{ field: 'code', message: why.en }]);
  }
  const row = await ctx.db.transaction(async (tx) => {
    const round = await findRound(tx, code, true);
    if (round?.status !== 'open') throw closed();
    const mine = await findApplicationOf(tx, round.id, talentId);
    if (mine) throw fail('BOLE_HOUSING_ALREADY_APPLIED', { round: code, number: mine.number }, [{ field: 'code', message: 'already applied in this round' }]);
    const number = `${code}-${String((await countApplications(tx, round.id)) + 1).padStart(6, '0')}`;
    const created = await insertApplication(tx, {
      roundId: round.id,
      number,
      talentId,
      choices: body.choices,
      tier: e.tier,
      eligible: true,
      submittedAt: ctx.clock.now().toISOString(),
    });
    await ctx.audit.record(tx, who, {
      action: 'housing.apply',
      entity: 'housing_application',
      entityId: created.id,
      detail: { round: code, number, choices: body.choices },
    });
    return created;
  });
  return (await myHousingApplications(ctx, who)).find((a) => a.id === row.id)!;
}

/** The caller's applications, newest first; lottery number, place and why only once the result is published. */
export async function myHousingApplications(ctx: AppContext, who: Principal): Promise<HousingApplication[]> {
  const talentId = ownTalentId(who);
  const rows = await applicationsOfTalent(ctx.db, talentId);
  const published = new Set<string>();
  for (const r of rows) {
    const round = await findRound(ctx.db, r.roundCode);
    if (round?.status === 'published') published.add(r.roundCode);
  }
  const waiting = await waitlistPlaces(ctx, new Set(rows.map((r) => r.id)));
  return rows.map((r) => presentApplication(r, published.has(r.roundCode), waiting.get(r.id) ?? []));
}

/** Each application's place on each waitlist it is on. */
async function waitlistPlaces(ctx: AppContext, ids: Set<string>): Promise<Map<string, { unitType: string; place: number }[]>> {
  const places = new Map<string, { unitType: string; place: number }[]>();
  if (ids.size === 0) return places;
  const counter = new Map<string, number>();
  for (const e of await waitingEntries(ctx.db)) {
    const place = (counter.get(e.unitType) ?? 0) + 1;
    counter.set(e.unitType, place);
    if (ids.has(e.applicationId)) places.set(e.applicationId, [...(places.get(e.applicationId) ?? []), { unitType: e.unitType, place }]);
  }
  return places;
}

/** An application as its talent reads it. */
export function presentApplication(
  r: ApplicationRow & { roundCode: string },
  published: boolean,
  waitlist: { unitType: string; place: number }[],
): HousingApplication {
  const why = published && r.why ? r.why : null;
  return {
    id: r.id,
    roundCode: r.roundCode,
    number: r.number,
    choices: r.choices,
    tier: (r.tier ?? null) as Tier | null,
    eligible: r.eligible,
    submittedAt: r.submittedAt,
    lottery: published ? r.lottery : null,
    position: published ? r.position : null,
    unitType: published ? r.unitType : null,
    unit: published ? r.unitCode : null,
    why: why
      ? [
          ...why.map((w) => ({
            unitType: w.unitType,
            outcome: w.outcome,
            unit: w.outcome === 'allocated' ? w.unit : null,
            cutoffPosition: w.outcome === 'full' ? w.cutoffPosition : null,
          })),
          ...r.choices.slice(why.length).map((unitType) => ({ unitType, outcome: 'not_reached' as const, unit: null, cutoffPosition: null })),
        ]
      : null,
    waitlist,
  };
}
