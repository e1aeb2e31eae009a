/**
 * The steps of an allocation round, each by an officer and audited:
 * open (reserve every available unit of the chosen unit types) → commit (close applications;
 * check everyone's eligibility on verified facts; publish the rules, the code version, the hash of
 * the eligible list and the future beacon round that will seed the draw) → draw (once the beacon
 * value is public: lottery numbers, serial dictatorship, cutoffs, each applicant's why) → publish
 * (results public, offers with a deadline in working days, waitlists, unallocated units freed).
 */
import { businessDate, type HousingRoundInput, type HousingRoundStatus, HOUSING_ROUND_STATUS_LABELS } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import type { Tx } from '../db/database.js';
import { ALLOCATION_CODE_VERSION, allocateRound, eligibleListHash, type EligibleApplicant } from './allocation.js';
import { policyEligibility, policyTitleAt } from '../policies/policy-eligibility.js';
import { availableUnits, projectsByCode, releaseRoundUnits, setUnitsState, unitsByCode, unitsOfRound } from './housing-stock.repository.js';
import { unitTypeOf } from './housing-stock.service.js';
import {
  appendWaitlist,
  applicationsOfRound,
  findRound,
  insertOffers,
  insertRound,
  setEligibility,
  updateRound,
  writePlacements,
  type RoundRow,
} from './housing.repository.js';

const today = (ctx: AppContext) => businessDate(ctx.clock.now());

/** The round, locked, in the status a step needs; 404 / 409 otherwise. */
export async function roundIn(tx: Tx, code: string, needed: HousingRoundStatus, action: { en: string; zh: string }): Promise<RoundRow> {
  const round = await findRound(tx, code, true);
  if (!round) throw notFound({ en: `Round ${code}`, zh: `第 ${code} 轮` });
  if (round.status !== needed) {
    throw fail('BOLE_HOUSING_ROUND_STATE', {
      round: code,
      status: HOUSING_ROUND_STATUS_LABELS[round.status],
      action,
      needed: HOUSING_ROUND_STATUS_LABELS[needed],
    });
  }
  return round;
}

/** The rules text published with a round. */
function rulesText(round: RoundRow, policyTitle: { zh: string; en: string }): string {
  return [
    `资格：政策「${policyTitle.zh}」（${round.policyId}），按经核实的档案信息和认定的人才层次判定。Eligibility: the policy “${policyTitle.en}” (${round.policyId}) on verified facts and the granted tier.`,
    '顺序：先按人才层次（A→E，无层次者最后），同层次按摇号号码从小到大。Order: tier A to E (none last), then lottery number ascending within a tier.',
    '摇号号码 = SHA-256(种子|轮次|申请号)，UTF-8，十六进制小写。Lottery number = SHA-256 of "seed|round|application number" in UTF-8, lower-case hex.',
    '分配：按顺序逐人分配其最靠前的仍有房源的志愿（最多 5 个），同房型按房号顺序。Allocation: serial dictatorship over up to 5 ordered unit types; units of a type in code order.',
    `配租通知 ${round.offerWorkingDays} 个工作日内确认；放弃或逾期的房源按候补顺序递补。Offers are answered within ${round.offerWorkingDays} working days; a refused or expired unit goes to the waitlist in order.`,
  ].join('\n');
}

/** Opens a round over every available unit of the listed unit types (reserved for it). */
export async function openRound(ctx: AppContext, who: Principal, input: HousingRoundInput): Promise<void> {
  const title = await policyTitleAt(ctx, input.policyId, today(ctx));
  if (!title) throw invalid([{ field: 'policyId', message: 'is not a policy of the pack in force' }]);
  const types = [...new Set(input.unitTypes)];
  await ctx.db.transaction(async (tx) => {
    const projects = await projectsByCode(
      tx,
      types.map((t) => t.split('/')[0]!),
    );
    const offer: RoundRow['offer'] = [];
    const reserve: string[] = [];
    for (const [i, unitType] of types.entries()) {
      const [projectCode, layout] = unitType.split('/') as [string, RoundRow['offer'][number]['layout']];
      const project = projects.get(projectCode);
      const units = project ? await availableUnits(tx, project.id, layout) : [];
      if (!project || units.length === 0) throw fail('BOLE_HOUSING_NO_UNITS', { unitType }, [{ field: `unitTypes.${i}`, message: 'has no available unit' }]);
      offer.push({ unitType, projectName: project.name, layout, units: units.length, rentFen: Math.min(...units.map((u) => u.rentFen)) });
      reserve.push(...units.map((u) => u.id));
    }
    const round = await insertRound(tx, {
      code: input.code,
      title: input.title,
      policyId: input.policyId,
      status: 'open',
      unitTypes: types,
      offer,
      offerWorkingDays: input.offerWorkingDays,
      leaseMonths: input.leaseMonths,
      openedBy: who.userId,
      openedAt: ctx.clock.now().toISOString(),
    });
    if (!round) throw invalid([{ field: 'code', message: 'is already the code of a round' }]);
    await setUnitsState(tx, reserve, 'reserved', round.id);
    await ctx.audit.record(tx, who, {
      action: 'housing.round.open',
      entity: 'housing_round',
      entityId: round.id,
      detail: { code: input.code, units: reserve.length, unitTypes: types },
    });
  });
}

/**
 * Closes applications and publishes the commitments: each application's eligibility on verified
 * facts today, the eligible list frozen with its hash, the stock per unit type, the rules and
 * code version, and the beacon round (later than now) whose value will seed the draw.
 */
export async function commitRound(ctx: AppContext, who: Principal, code: string, beacon: { beacon: string; beaconAt: string }): Promise<void> {
  const now = ctx.clock.now();
  if (new Date(beacon.beaconAt) <= now)
    throw invalid([{ field: 'beaconAt', message: 'must be later than now: the seed must not be known when the list is fixed' }]);
  const at = today(ctx);
  const pre = await findRound(ctx.db, code);
  if (!pre) throw notFound({ en: `Round ${code}`, zh: `第 ${code} 轮` });
  // The engine runs before the transaction (it reads through the context); the round's status is checked again inside.
  const apps = await applicationsOfRound(ctx.db, pre.id);
  const checks = await Promise.all(apps.map(async (a) => ({ a, e: await policyEligibility(ctx, pre.policyId, a.talentId, at) })));
  const title = (await policyTitleAt(ctx, pre.policyId, at)) ?? { zh: pre.policyId, en: pre.policyId };
  await ctx.db.transaction(async (tx) => {
    const round = await roundIn(tx, code, 'open', { en: 'publish commitments', zh: '公布承诺' });
    await setEligibility(
      tx,
      checks.map(({ a, e }) => ({ id: a.id, eligible: e.eligible, tier: e.tier })),
    );
    const eligible: EligibleApplicant[] = checks
      .filter((c) => c.e.eligible)
      .map(({ a, e }) => ({ applicationNumber: a.number, tier: e.tier, choices: a.choices }));
    const units = await unitsOfRound(tx, round.id);
    const stock = round.unitTypes.map((unitType) => ({
      unitType,
      units: units.filter((u) => unitTypeOf(u.projectCode, u.layout) === unitType).map((u) => u.code),
    }));
    const eligibleHash = eligibleListHash(eligible);
    await updateRound(tx, round.id, {
      status: 'committed',
      rules: rulesText(round, title),
      codeVersion: ALLOCATION_CODE_VERSION,
      eligible: eligible as RoundRow['eligible'],
      eligibleHash,
      eligibleCount: eligible.length,
      stock,
      beacon: beacon.beacon,
      beaconAt: new Date(beacon.beaconAt).toISOString(),
      committedAt: now.toISOString(),
    });
    await ctx.audit.record(tx, who, {
      action: 'housing.round.commit',
      entity: 'housing_round',
      entityId: round.id,
      detail: { code, eligibleHash, eligible: eligible.length, applications: apps.length, beacon: beacon.beacon, beaconAt: beacon.beaconAt },
    });
  });
}

/** Draws the round with the beacon's value as seed, once it is public; the result is the office's until published. */
export async function drawRound(ctx: AppContext, who: Principal, code: string, beaconValue: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const round = await roundIn(tx, code, 'committed', { en: 'draw', zh: '摇号' });
    if (ctx.clock.now() < new Date(round.beaconAt!))
      throw fail('BOLE_HOUSING_BEACON_NOT_YET', { beacon: round.beacon!, at: round.beaconAt! }, [{ field: 'beaconValue', message: 'is not public yet' }]);
    const result = allocateRound({ round: round.code, seed: beaconValue, stock: round.stock!, eligible: round.eligible! });
    await writePlacements(tx, round.id, result.placements);
    await updateRound(tx, round.id, {
      status: 'drawn',
      seed: beaconValue,
      drawnAt: ctx.clock.now().toISOString(),
      cutoffs: result.cutoffs as RoundRow['cutoffs'],
    });
    await ctx.audit.record(tx, who, {
      action: 'housing.round.draw',
      entity: 'housing_round',
      entityId: round.id,
      detail: { code, seed: beaconValue, allocated: result.placements.filter((p) => p.unit).length },
    });
  });
}

/**
 * Publishes the result: offers to everyone allocated, with a deadline `offerWorkingDays` working
 * days away on the city calendar; everyone eligible left without a unit joins the waitlist of each
 * type they chose, in the draw's order (after those already waiting); unallocated units are freed.
 */
export async function publishRound(ctx: AppContext, who: Principal, code: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const round = await roundIn(tx, code, 'drawn', { en: 'publish the results', zh: '公布结果' });
    const apps = (await applicationsOfRound(tx, round.id)).filter((a) => a.eligible && a.position !== null).sort((a, b) => a.position! - b.position!);
    const allocated = apps.filter((a) => a.unitCode !== null);
    const units = await unitsByCode(
      tx,
      allocated.map((a) => a.unitCode!),
    );
    const now = ctx.clock.now().toISOString();
    const deadline = ctx.calendar.current().addWorkingDays(today(ctx), round.offerWorkingDays);
    await insertOffers(
      tx,
      allocated.map((a) => ({
        applicationId: a.id,
        talentId: a.talentId,
        unitId: units.get(a.unitCode!)!.id,
        status: 'offered' as const,
        via: 'draw' as const,
        offeredAt: now,
        deadline,
      })),
    );
    await appendWaitlist(
      tx,
      apps
        .filter((a) => a.unitCode === null)
        .flatMap((a) => a.choices.filter((c) => round.unitTypes.includes(c)).map((unitType) => ({ unitType, applicationId: a.id }))),
    );
    await releaseRoundUnits(
      tx,
      round.id,
      allocated.map((a) => a.unitCode!),
    );
    await updateRound(tx, round.id, { status: 'published', publishedAt: now });
    await ctx.audit.record(tx, who, {
      action: 'housing.round.publish',
      entity: 'housing_round',
      entityId: round.id,
      detail: { code, offers: allocated.length, deadline },
    });
  });
}
