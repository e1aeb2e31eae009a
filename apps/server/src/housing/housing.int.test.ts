import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { lotteryNumber } from './allocation.js';
import { housingHarness } from './housing-testing.js';
import { verifyPublishedRound } from './housing.command.js';
import { talentFactsOf } from '../facts/fact.service.js';

describe('housing: stock → round → commitments → draw → results → offers → lease', () => {
  const h = housingHarness();
  const { call, snapshot, eligibleTalent } = h;
  beforeAll(() => h.open());
  afterAll(() => h.close());
  // The steps share one round: each test continues where the one before left it.
  const url = '/api/v1/housing/rounds/R2026A/applications';
  const choices = ['HX01/one_bedroom', 'HX01/two_bedroom'];
  const seed = 'ab'.repeat(32);
  let top: Awaited<ReturnType<typeof eligibleTalent>>;
  let others: Awaited<ReturnType<typeof eligibleTalent>>[];
  type App = { position: number; unit: string | null; why: { outcome: string }[]; waitlist: unknown[] };
  let apps: App[];

  it('opens a round over the available units and refuses bad applications without writing anything', async () => {
    const opened = await call('POST', '/api/v1/housing/rounds', h.officer, {
      code: 'R2026A',
      title: '2026 年第一批人才公寓',
      policyId: 'talent-apartment',
      unitTypes: ['HX01/one_bedroom', 'HX01/two_bedroom'],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().unitTypes).toEqual([
      { unitType: 'HX01/one_bedroom', projectName: '河西人才公寓', layout: 'one_bedroom', units: 2, rentFen: 120000 },
      { unitType: 'HX01/two_bedroom', projectName: '河西人才公寓', layout: 'two_bedroom', units: 1, rentFen: 120000 },
    ]);
    const stock = (await call('GET', '/api/v1/housing/stock', h.officer)).json();
    expect(stock.projects[0].units).toEqual({ available: 0, reserved: 3, let: 0, maintenance: 0 });

    top = await eligibleTalent('钱院士', 'A');
    others = [await eligibleTalent('赵一', 'E'), await eligibleTalent('孙二', 'E'), await eligibleTalent('周三', 'E')];

    const stranger = await eligibleTalent('无核实', 'E');
    await h.ctx.db.transaction((tx) => tx.execute(sql`update verified_facts set owns_home_in_city = true where talent_id = ${stranger.talentId}`));
    // Bad input: a 4xx naming the field, nothing written.
    const before = await snapshot();
    const six = ['one_bedroom', 'two_bedroom', 'studio', 'three_bedroom', 'one_bedroom', 'two_bedroom'].map((l, i) => `P${i}/${l}`);
    const tooMany = await call('POST', url, top.who, { choices: six });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].field).toBe('choices');
    const twice = await call('POST', url, top.who, { choices: ['HX01/one_bedroom', 'HX01/one_bedroom'] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([expect.objectContaining({ field: 'choices.1' })]);
    const foreign = await call('POST', url, top.who, { choices: ['HX09/studio'] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('choices.0');
    const notEligible = await call('POST', url, stranger.who, { choices: ['HX01/one_bedroom'] });
    expect(notEligible.statusCode).toBe(422);
    expect(notEligible.json()).toMatchObject({ code: 'BOLE_NOT_ELIGIBLE', errors: [{ field: 'code' }] });
    expect(notEligible.json().detailZh).toContain('在本市无自有住房');
    expect(await snapshot()).toEqual(before);
  });

  it('takes applications, then publishes the commitments and closes the round', async () => {
    const mine = await call('POST', url, top.who, { choices });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ number: 'R2026A-000001', tier: 'A', eligible: true, lottery: null, why: null });
    for (const t of others) expect((await call('POST', url, t.who, { choices })).statusCode).toBe(201);
    expect((await call('POST', url, top.who, { choices })).json().code).toBe('BOLE_HOUSING_ALREADY_APPLIED');

    // Commitments: the seed must still be unknown.
    const past = await call('POST', '/api/v1/housing/rounds/R2026A/commit', h.officer, { beacon: 'drand quicknet round 1', beaconAt: '2026-07-15T01:00:00Z' });
    expect(past.json().errors[0].field).toBe('beaconAt');
    const committed = await call('POST', '/api/v1/housing/rounds/R2026A/commit', h.officer, {
      beacon: 'drand quicknet round 14123456',
      beaconAt: '2026-07-16T02:00:00Z',
    });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ status: 'committed', eligibleCount: 4, codeVersion: 'bole-housing-allocation/1', seed: null, cutoffs: null });
    expect(committed.json().eligibleHash).toMatch(/^[0-9a-f]{64}$/);
    expect(committed.json().rules).toContain('SHA-256');

    const late = await eligibleTalent('迟到', 'B');
    const beforeClosed = await snapshot();
    const closed = await call('POST', url, late.who, { choices });
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'BOLE_HOUSING_ROUND_CLOSED', errors: [{ field: 'code' }] });
    expect(await snapshot()).toEqual(beforeClosed);
  });

  it("draws once the seed is public, publishes cutoffs and each applicant's why, and anyone can re-check it", async () => {
    const early = await call('POST', '/api/v1/housing/rounds/R2026A/draw', h.officer, { beaconValue: seed });
    expect(early.json().code).toBe('BOLE_HOUSING_BEACON_NOT_YET');
    h.ctx.clock.set('2026-07-16T02:30:00Z'); // Thursday
    const drawn = await call('POST', '/api/v1/housing/rounds/R2026A/draw', h.officer, { beaconValue: seed });
    expect(drawn.statusCode, drawn.body).toBe(200);
    expect((await call('GET', '/api/v1/public/housing/rounds/R2026A/published')).json().code).toBe('BOLE_HOUSING_ROUND_STATE');
    expect((await call('GET', '/api/v1/housing/applications/mine', top.who)).json().items[0].lottery).toBeNull();

    const published = await call('POST', '/api/v1/housing/rounds/R2026A/publish', h.officer);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().cutoffs.map((c: { allocated: number }) => c.allocated)).toEqual([2, 1]);

    // The tier-A applicant is first, and can recompute their own lottery number.
    const topApp = (await call('GET', '/api/v1/housing/applications/mine', top.who)).json().items[0];
    expect(topApp).toMatchObject({ position: 1, unitType: 'HX01/one_bedroom', unit: 'HX01-101', lottery: lotteryNumber(seed, 'R2026A', 'R2026A-000001') });
    expect(topApp.why).toEqual([
      { unitType: 'HX01/one_bedroom', outcome: 'allocated', unit: 'HX01-101', cutoffPosition: null },
      { unitType: 'HX01/two_bedroom', outcome: 'not_reached', unit: null, cutoffPosition: null },
    ]);
    apps = await Promise.all(others.map(async (t) => (await call('GET', '/api/v1/housing/applications/mine', t.who)).json().items[0]));
    const left = apps.find((a) => a.unit === null)!;
    expect(left.position).toBe(4);
    expect(left.why.map((w: { outcome: string }) => w.outcome)).toEqual(['full', 'full']);
    expect(left.waitlist).toEqual([
      { unitType: 'HX01/one_bedroom', place: 1 },
      { unitType: 'HX01/two_bedroom', place: 1 },
    ]);

    // Anyone can re-check it from what is published.
    const pub = await call('GET', '/api/v1/public/housing/rounds/R2026A/published');
    expect(pub.statusCode, pub.body).toBe(200);
    expect(verifyPublishedRound(pub.json())).toMatchObject({ agrees: true, applicants: 4, units: 3 });
    const forged = {
      ...pub.json(),
      placements: pub.json().placements.map((p: { position: number; unit: string | null }) => (p.position === 4 ? { ...p, unit: 'HX01-201' } : p)),
    };
    expect(verifyPublishedRound(forged).agrees).toBe(false);
  });

  it('offers with a deadline in working days, passes a refused unit down the waitlist, and records the lease', async () => {
    const left = apps.find((a) => a.unit === null)!;
    // Offers: the deadline is 5 working days away; a refusal passes the unit to the waitlist.
    const secondIndex = apps.findIndex((a) => a.position === 2);
    const second = others[secondIndex]!;
    const offer = (await call('GET', '/api/v1/housing/offers/mine', second.who)).json().items[0];
    expect(offer).toMatchObject({ status: 'offered', via: 'draw', deadline: '2026-07-23' });
    expect((await call('POST', `/api/v1/housing/offers/${offer.id}/refuse`, second.who)).statusCode).toBe(200);
    const waiting = others[apps.indexOf(left)]!;
    const passed = (await call('GET', '/api/v1/housing/offers/mine', waiting.who)).json().items[0];
    expect(passed).toMatchObject({ status: 'offered', via: 'waitlist', unitCode: offer.unitCode });
    expect((await call('POST', `/api/v1/housing/offers/${offer.id}/accept`, second.who)).json().code).toBe('BOLE_HOUSING_OFFER_CLOSED');

    // Accept, move in: living in a talent apartment becomes a verified fact; the lease's end withdraws it.
    expect((await call('POST', `/api/v1/housing/offers/${passed.id}/accept`, waiting.who)).statusCode).toBe(200);
    const lease = (await call('GET', '/api/v1/housing/offers/mine', waiting.who)).json().items[0].lease;
    expect(lease).toMatchObject({ status: 'signed', moveIn: null });
    expect((await call('POST', `/api/v1/housing/leases/${lease.id}/move-in`, h.officer, { moveIn: '2026-07-16' })).statusCode).toBe(200);
    const facts = await talentFactsOf(h.ctx, waiting.talentId);
    expect(facts.facts.find((f) => f.field === 'livesInTalentApartment')).toMatchObject({
      verified: true,
      confirmation: expect.objectContaining({ source: 'system' }),
    });
    const moved = (await call('GET', '/api/v1/housing/offers/mine', waiting.who)).json().items[0].lease;
    expect(moved).toMatchObject({ status: 'active', moveIn: '2026-07-16', endsOn: '2029-07-15' });
    expect((await call('POST', `/api/v1/housing/leases/${lease.id}/renew`, h.officer)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/housing/offers/mine', waiting.who)).json().items[0].lease).toMatchObject({ endsOn: '2032-07-15', renewals: 1 });
    expect((await call('POST', `/api/v1/housing/leases/${lease.id}/end`, h.officer, { endsOn: '2026-12-31' })).statusCode).toBe(200);
    expect((await talentFactsOf(h.ctx, waiting.talentId)).facts.find((f) => f.field === 'livesInTalentApartment')).toMatchObject({ verified: false });
  });
});
