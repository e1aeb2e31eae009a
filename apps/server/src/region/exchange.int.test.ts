/**
 * Two member cities in one process (株洲 and the 湘潭 demo, each its own database): the trust list
 * fetched, checked and kept; a facts request from 湘潭 to 株洲 refused without consent and answered
 * with it (the answer a verified fact in 湘潭 with source partner city); every bad message refused
 * with its reason, nothing written, the refusal logged; both message logs re-verified.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { factRecords, verifiedFacts } from '../facts/fact.table.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { createTestAccount, signIn } from '../auth/testing.js';
import { generateKey, signCompact } from './credentials/index.js';
import { MESSAGE_TYP } from './envelope.js';
import { refreshRegion } from './region-schedule.js';
import { silentLogger } from './region-http.js';
import { createTestRegion, talentWithAccount, type TestMember } from './region-testing.js';
import { regionMessages } from './region.table.js';
import { statusListOf } from './status-list.service.js';
import { isRevokedAt } from './credentials/index.js';

const ID = '430203199001011234';
let region: Awaited<ReturnType<typeof createTestRegion>>;
let zhuzhou: TestMember;
let xiangtan: TestMember;
let talentZ: { talentId: string; session: { cookie: string } };
let talentX: string;
let officerX: { cookie: string };
let officerZ: { cookie: string };

const ask = (facts: string[], purpose = 'benefit_application') =>
  xiangtan.app.inject({
    method: 'POST',
    url: '/api/v1/region/fact-requests',
    headers: officerX,
    payload: { talentId: talentX, from: '430200', facts, purpose },
  });
const logOf = async (m: TestMember) =>
  (await m.app.inject({ url: '/api/v1/region/message-log?limit=500', headers: m === zhuzhou ? officerZ : officerX })).json().items;
const verifiedIn = async (m: TestMember, talentId: string) => (await m.ctx.db.select().from(verifiedFacts).where(eq(verifiedFacts.talentId, talentId)))[0];

beforeAll(async () => {
  region = await createTestRegion([
    { dir: 'zhuzhou', baseUrl: 'https://rc.zhuzhou.example' },
    { dir: 'xiangtan-demo', baseUrl: 'https://rc.xiangtan.example' },
  ]);
  [zhuzhou, xiangtan] = region.members as [TestMember, TestMember];
  await region.publish(region.listFor(1));
  for (const m of region.members) await refreshRegion(m.ctx, silentLogger);
  talentZ = await talentWithAccount(zhuzhou, '刘德华', ID);
  talentX = (await talentWithAccount(xiangtan, '刘德华', ID)).talentId;
  await zhuzhou.ctx.db.transaction((tx) =>
    recordVerifiedFacts(
      zhuzhou.ctx,
      tx,
      talentZ.talentId,
      { socialInsuranceMonths: 40, highestDegree: 'doctorate', title: 'senior' },
      { source: 'department', department: 'hrss' },
    ),
  );
  officerX = await signIn(xiangtan.app, await createTestAccount(xiangtan.ctx, 'officer', { department: 'office' }));
  officerZ = await signIn(zhuzhou.app, await createTestAccount(zhuzhou.ctx, 'officer', { department: 'office' }));
  // Two instances to migrate and four Argon2id sign-ins: more than the default hook time on a busy machine.
}, 180_000);
afterAll(async () => region?.close());

describe('the trust list', () => {
  it('is fetched, verified against the committee key and served as the last good copy', async () => {
    const res = await zhuzhou.app.inject({ url: '/api/v1/region/trust-list' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ enabled: true, selfAdminCode: '430200', list: { version: 1 } });
    expect(res.json().list.members.map((m: { adminCode: string }) => m.adminCode)).toEqual(['430200', '430300']);
  });

  it('refuses a list signed by another key, an older version and one past nextUpdate plus grace, keeping the last good copy', async () => {
    const other = await generateKey('EdDSA');
    await region.publish(region.listFor(5), other.privateKey);
    await refreshRegion(zhuzhou.ctx, silentLogger);
    await region.publish(region.listFor(2));
    await refreshRegion(zhuzhou.ctx, silentLogger);
    await region.publish(region.listFor(1, (l) => ({ ...l, issuedAt: '2026-07-02T00:00:00Z' })));
    await refreshRegion(zhuzhou.ctx, silentLogger);
    await region.publish(region.listFor(3, (l) => ({ ...l, nextUpdate: '2026-07-13T00:00:00Z' })));
    await refreshRegion(zhuzhou.ctx, silentLogger);
    const view = (await zhuzhou.app.inject({ url: '/api/v1/region/trust-list' })).json();
    expect(view.list.version).toBe(2);
    await region.publish(region.listFor(2));
    await refreshRegion(xiangtan.ctx, silentLogger);
  });
});

describe('a partner’s status list', () => {
  it('is fetched, checked against the partner’s listed keys and kept when the partner is down', async () => {
    const fetched = await statusListOf(xiangtan.ctx, '430200');
    expect(fetched).toMatchObject({ adminCode: '430200' });
    expect(isRevokedAt(fetched!.list, 0)).toBe(false);
    region.setDown('430200', true);
    xiangtan.ctx.clock.set('2026-07-15T02:10:00Z');
    const kept = await statusListOf(xiangtan.ctx, '430200');
    region.setDown('430200', false);
    xiangtan.ctx.clock.set('2026-07-15T02:00:00Z');
    expect(kept?.token).toBe(fetched!.token);
    expect(await statusListOf(xiangtan.ctx, '430100')).toBeNull();
  });
});

describe('facts between cities, with consent', () => {
  it('is refused with a signed reason when the talent gave no consent; nothing is written in the asking city', async () => {
    const res = await ask(['socialInsuranceMonths']);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'refused', reason: 'no_consent' });
    expect(await verifiedIn(xiangtan, talentX)).toBeUndefined();
    const log = await logOf(zhuzhou);
    expect(log.slice(0, 2).map((e: { direction: string; kind: string; reason: string | null }) => [e.direction, e.kind, e.reason])).toEqual([
      ['out', 'facts.refusal', 'no_consent'],
      ['in', 'facts.request', null],
    ]);
  });

  it('is answered under a live consent; the answer becomes a verified fact with source partner city', async () => {
    const given = await zhuzhou.app.inject({
      method: 'POST',
      url: '/api/v1/me/consents',
      headers: talentZ.session,
      payload: { recipient: '430300', facts: ['socialInsuranceMonths', 'highestDegree'], purpose: 'benefit_application', until: '2026-12-31' },
    });
    expect(given.statusCode).toBe(201);
    const res = await ask(['socialInsuranceMonths', 'highestDegree']);
    expect(res.json()).toMatchObject({ outcome: 'answered', facts: { socialInsuranceMonths: 40, highestDegree: 'doctorate' }, reason: null });
    expect(await verifiedIn(xiangtan, talentX)).toMatchObject({ socialInsuranceMonths: 40, highestDegree: 'doctorate' });
    const records = await xiangtan.ctx.db.select().from(factRecords).where(eq(factRecords.talentId, talentX));
    expect(records.map((r) => [r.field, r.source, r.department]).sort()).toEqual([
      ['highestDegree', 'partner_city', '430200'],
      ['socialInsuranceMonths', 'partner_city', '430200'],
    ]);
    const mine = (await zhuzhou.app.inject({ url: '/api/v1/me/consents', headers: talentZ.session })).json();
    expect(mine.cities).toEqual([{ adminCode: '430300', name: { zh: xiangtan.ctx.city.name.zh, en: xiangtan.ctx.city.name.en } }]);
    expect(mine.items[0]).toMatchObject({
      status: 'active',
      recipient: '430300',
      uses: [{ kind: 'facts.answer', facts: ['socialInsuranceMonths', 'highestDegree'] }],
    });
  });

  it('refuses a fact or purpose the consent does not cover, then everything once revoked', async () => {
    expect((await ask(['title'])).json()).toMatchObject({ outcome: 'refused', reason: 'fact_not_covered' });
    expect((await ask(['highestDegree'], 'recognition')).json()).toMatchObject({ outcome: 'refused', reason: 'fact_not_covered' });
    expect((await verifiedIn(xiangtan, talentX))?.title).toBeNull();
    const mine = (await zhuzhou.app.inject({ url: '/api/v1/me/consents', headers: talentZ.session })).json();
    const revoked = await zhuzhou.app.inject({ method: 'POST', url: `/api/v1/me/consents/${mine.items[0].id}/revoke`, headers: talentZ.session });
    expect(revoked.statusCode).toBe(204);
    expect((await ask(['highestDegree'])).json()).toMatchObject({ outcome: 'refused', reason: 'no_consent' });
    const again = await zhuzhou.app.inject({ method: 'POST', url: `/api/v1/me/consents/${mine.items[0].id}/revoke`, headers: talentZ.session });
    expect(again.json().code).toBe('BOLE_CONSENT_NOT_ACTIVE');
  });

  it('refuses a consent to a city not on the list, or past two years', async () => {
    const post = (payload: object) => zhuzhou.app.inject({ method: 'POST', url: '/api/v1/me/consents', headers: talentZ.session, payload });
    const base = { recipient: '430300', facts: ['title'], purpose: 'recognition', until: '2026-12-31' };
    expect((await post({ ...base, recipient: '430100' })).json()).toMatchObject({ code: 'BOLE_REGION_UNKNOWN_MEMBER', errors: [{ field: 'recipient' }] });
    expect((await post({ ...base, until: '2030-01-01' })).json()).toMatchObject({ code: 'BOLE_VALIDATION', errors: [{ field: 'until' }] });
    expect((await post({ ...base, facts: ['employerId'] })).statusCode).toBe(400);
  });
});

describe('bad messages', () => {
  const claims = (over: Record<string, unknown> = {}) => ({
    iss: '430300',
    aud: '430200',
    jti: randomUUID(),
    iat: Math.floor(zhuzhou.ctx.clock.now().getTime() / 1000),
    kind: 'facts.request',
    body: { subject: 'a'.repeat(64), facts: ['title'], purpose: 'recognition' },
    ...over,
  });
  const post = (token: string) => zhuzhou.app.inject({ method: 'POST', url: '/api/v1/region/messages', payload: { token } });
  const lastEntry = async () => (await logOf(zhuzhou))[0];

  it('refuses an unknown issuer and a key not on the list, logging each and writing nothing else', async () => {
    const stranger = await generateKey('EdDSA');
    const before = (await zhuzhou.ctx.db.select().from(regionMessages)).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ iss: '430100' }, 'unknown_issuer'],
      [{}, 'unknown_key'],
    ];
    for (const [over, reason] of cases) {
      const res = await post(await signCompact(claims(over), MESSAGE_TYP, stranger.privateKey));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'BOLE_REGION_MESSAGE_REFUSED', errors: [{ field: 'token', message: reason }] });
      expect(await lastEntry()).toMatchObject({ direction: 'in', status: 'refused', reason });
    }
    expect((await zhuzhou.ctx.db.select().from(regionMessages)).length).toBe(before + 2);
  });

  it('refuses a replayed message: the second copy is logged as refused and answered 409', async () => {
    const sent = await ask(['title']);
    const request = (await logOf(xiangtan)).find((e: { jti: string; direction: string }) => e.jti === sent.json().jti && e.direction === 'out');
    const replay = await post(request.token);
    expect(replay.statusCode).toBe(409);
    expect(replay.json().code).toBe('BOLE_REGION_MESSAGE_REPLAYED');
    expect(await lastEntry()).toMatchObject({ status: 'refused', reason: 'replayed', jti: request.jti });
    // Resent five minutes later it is stale as well; either way nothing is answered twice.
    zhuzhou.ctx.clock.set(new Date(zhuzhou.ctx.clock.now().getTime() + 6 * 60_000).toISOString());
    expect((await post(request.token)).json().errors[0].message).toBe('stale');
    zhuzhou.ctx.clock.set('2026-07-15T02:00:00Z');
  });

  it('stops verifying a key the committee removed in a new version', async () => {
    await region.publish(region.listFor(3, (l) => ({ ...l, members: l.members.map((m) => (m.adminCode === '430300' ? { ...m, keys: [] } : m)) })));
    await refreshRegion(zhuzhou.ctx, silentLogger);
    const res = await ask(['title']);
    expect(res.statusCode).toBe(502);
    expect(res.json().code).toBe('BOLE_REGION_PARTNER_UNREACHABLE');
    expect(await lastEntry()).toMatchObject({ status: 'refused', reason: 'unknown_key' });
    await region.publish(region.listFor(4));
    await refreshRegion(zhuzhou.ctx, silentLogger);
  });

  it('logs a partner that does not answer as undelivered', async () => {
    region.setDown('430200', true);
    const res = await ask(['title']);
    region.setDown('430200', false);
    expect(res.json().code).toBe('BOLE_REGION_PARTNER_UNREACHABLE');
    expect((await logOf(xiangtan))[0]).toMatchObject({ direction: 'out', status: 'undelivered' });
  });
});

describe('the message log', () => {
  it('re-verifies on both sides, and finds a tampered entry', async () => {
    for (const [m, officer] of [
      [zhuzhou, officerZ],
      [xiangtan, officerX],
    ] as const) {
      const res = (await m.app.inject({ url: '/api/v1/region/message-log/verify', headers: officer })).json();
      expect(res.bad).toEqual([]);
      expect(res.ok).toBeGreaterThan(4);
    }
    const [first] = await xiangtan.ctx.db.select().from(regionMessages).limit(1);
    await xiangtan.ctx.db
      .update(regionMessages)
      .set({ token: `${first!.token.slice(0, -4)}AAAA` })
      .where(eq(regionMessages.id, first!.id));
    const res = (await xiangtan.app.inject({ url: '/api/v1/region/message-log/verify', headers: officerX })).json();
    expect(res.bad).toEqual([{ id: first!.id, problem: 'digest does not match the stored token' }]);
  });

  it('is for the office and auditors only', async () => {
    expect((await zhuzhou.app.inject({ url: '/api/v1/region/message-log', headers: talentZ.session })).statusCode).toBe(403);
  });
});
