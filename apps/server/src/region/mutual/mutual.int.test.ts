/**
 * 资格互认 between two in-process cities of one region: 湘潭 (the source, 430300) issues talent
 * codes; a talent signed in at 株洲 (430200) presents one, sees the mapped tier, and is granted
 * the local tier without a new review after 株洲's public notice — with 株洲's own talent code.
 * With consent 湘潭 is told (signed `recognition.used`) and lists it; a revocation at 湘潭 ends it
 * at 株洲 on the next re-check. Bad credentials are refused with their reason, nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { presentSdJwt, type EquivalenceTable } from '@bole/contracts';
import type { Principal } from '../../http/access.js';
import { issueMySdJwt } from '../../talent-code/talent-code.sd-jwt.js';
import { createTestAccount, sessionCookies } from '../../auth/testing.js';
import { auditLog } from '../../audit/audit.table.js';
import { talents } from '../../talents/talent.table.js';
import { issueTalentCode, revokeTalentCode } from '../../talent-code/talent-code.service.js';
import { registerTalentWithProfile } from '../../recognition/recognition-testing.js';
import { regionMessages } from '../region.table.js';
import { generateKey, signCompactTalentCode, toQrText } from '../credentials/index.js';
import { mutualRecognitions } from './mutual.table.js';
import { startTestRegion, type RegionInstance, type TestRegion } from './mutual-testing.js';

const EQUIVALENCE: EquivalenceTable = {
  version: 2,
  reference: '长株潭人才工作联席会议 2026 年第 1 次会议纪要',
  entries: [
    { from: { adminCode: '430300', tier: 'B' }, to: { adminCode: '430200', tier: 'C' } },
    { from: { adminCode: '430300', tier: 'C' }, to: { adminCode: '430200', tier: 'D' } },
  ],
};

let region: TestRegion;
let xiangtan: RegionInstance;
let zhuzhou: RegionInstance;
let officer: { login: string; password: string };
let sourceOfficer: { login: string; password: string };

const cookieAt = (c: () => RegionInstance) =>
  sessionCookies(
    () => c().app,
    () => c().ctx.clock.now(),
  );
const zzCookie = cookieAt(() => zhuzhou);
const xtCookie = cookieAt(() => xiangtan);

/** A talent of 湘潭 holding a talent code of `tier`, valid for `days`. */
async function sourceCode(tier: 'A' | 'B' | 'C', days = 700) {
  const ctx = xiangtan.ctx;
  const [t] = await ctx.db.insert(talents).values({ name: '王湘', birthDate: '1990-01-01', highestDegree: 'master' }).returning({ id: talents.id });
  const validUntil = new Date(ctx.clock.now().getTime() + days * 86_400_000);
  const code = await ctx.db.transaction((tx) => issueTalentCode(ctx, tx, { talentId: t!.id, tier, validUntil, actor: null }));
  return { ...code, talentId: t!.id };
}

/** A talent registered at 株洲 (the presenter). */
async function presenter() {
  const t = await registerTalentWithProfile(zhuzhou.app, null, {}, '王湘');
  return { ...t, who: { login: t.mobile, password: 'Passw0rd-1' } };
}

async function call(who: { login: string; password: string }, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return zhuzhou.app.inject({ method, url, headers: { cookie: await zzCookie(who) }, ...(payload ? { payload } : {}) });
}

async function mutualRows() {
  return zhuzhou.ctx.db.select().from(mutualRecognitions);
}

async function refusalsLogged(reason: string) {
  const rows = await zhuzhou.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'mutual.refuse'));
  return rows.filter((r) => r.detail.reason === reason).length;
}

beforeAll(async () => {
  region = await startTestRegion(['xiangtan-demo', 'zhuzhou'], { now: '2026-09-21T02:00:00Z', equivalence: EQUIVALENCE });
  [xiangtan, zhuzhou] = region.cities as [RegionInstance, RegionInstance];
  officer = await createTestAccount(zhuzhou.ctx, 'officer', { department: 'office' });
  sourceOfficer = await createTestAccount(xiangtan.ctx, 'officer', { department: 'office' });
}, 120_000);
afterAll(async () => {
  await region?.close();
});

describe('mutual recognition between two cities', () => {
  it('shows the mapped tier first, then grants it after 株洲’s notice with 株洲’s own code; 湘潭 sees the use', async () => {
    const code = await sourceCode('B');
    const t = await presenter();

    const preview = await call(t.who, 'POST', '/api/v1/mutual-recognitions/preview', { credential: `  ${code.token}\n` });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      source: { adminCode: '430300', tier: 'B', statusIndex: code.sl, credentialId: `430300#${code.sl}` },
      localTier: 'C',
      equivalenceVersion: 2,
      noticeWorkingDays: 5,
    });
    expect(preview.json().source.name.zh).toContain('湘潭');
    expect(await mutualRows()).toHaveLength(0);

    const created = await call(t.who, 'POST', '/api/v1/mutual-recognitions', { credential: code.token, consentToNotifySource: true });
    expect(created.statusCode, created.body).toBe(201);
    const m = created.json();
    expect(m).toMatchObject({ status: 'public_notice', localTier: 'C', consentToNotifySource: true, validUntil: null });
    expect(m.noticeEndsOn).toBe('2026-09-29'); // five working days: 中秋 (Friday 25th) and the weekend do not count
    expect(m.sourceNotifiedAt).not.toBeNull();

    // The local case records its origin and is in the public notice like any other.
    const rec = await call(t.who, 'GET', `/api/v1/recognitions/${m.recognitionId}`);
    expect(rec.json().status).toBe('public_notice');
    expect(rec.json().steps[0]).toMatchObject({ action: 'mutual_recognize' });
    expect(rec.json().steps[0].detail.origin).toMatchObject({ sourceAdminCode: '430300', sourceStatusIndex: code.sl, sourceTier: 'B' });
    const notice = await zhuzhou.app.inject({ method: 'GET', url: '/api/v1/public/recognition-notices' });
    expect(notice.json().items.map((i: { id: string }) => i.id)).toContain(m.recognitionId);

    // 湘潭 was told, with a signed message both sides logged.
    const used = await xiangtan.app.inject({
      method: 'GET',
      url: '/api/v1/mutual-recognitions/used-elsewhere',
      headers: { cookie: await xtCookie(sourceOfficer) },
    });
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json().items).toEqual([
      expect.objectContaining({ credentialId: `430300#${code.sl}`, tier: 'B', localTier: 'C', status: 'public_notice', talentName: '王湘' }),
    ]);
    expect(used.json().items[0].usedBy).toMatchObject({ adminCode: '430200' });
    const outLog = await zhuzhou.ctx.db.select().from(regionMessages).where(eq(regionMessages.kind, 'recognition.used'));
    const inLog = await xiangtan.ctx.db.select().from(regionMessages).where(eq(regionMessages.kind, 'recognition.used'));
    expect(outLog.map((r) => [r.direction, r.jti, r.digest])).toEqual(inLog.map((r) => ['out', r.jti, r.digest]));

    // After the notice the office's sweep grants it with 株洲's talent code; 湘潭 is told again.
    for (const c of region.cities) c.ctx.clock.set('2026-09-30T02:00:00Z');
    const sweep = await call(officer, 'POST', '/api/v1/recognitions/finalize', {});
    expect(sweep.statusCode, sweep.body).toBe(200);
    expect(sweep.json().granted).toContain(m.recognitionId);
    const mine = await call(t.who, 'GET', '/api/v1/mutual-recognitions/mine');
    expect(mine.json().items[0]).toMatchObject({ status: 'granted', localTier: 'C', validUntil: '2029-09-29' });
    const myCode = await call(t.who, 'GET', '/api/v1/talent-code/me');
    expect(myCode.statusCode, myCode.body).toBe(200);
    expect(myCode.json().tier).toBe('C');
    const recheck = await call(officer, 'POST', '/api/v1/mutual-recognitions/recheck');
    expect(recheck.json()).toMatchObject({ ended: [], unreachable: [] });
    const usedAfter = await xiangtan.app.inject({
      method: 'GET',
      url: '/api/v1/mutual-recognitions/used-elsewhere',
      headers: { cookie: await xtCookie(sourceOfficer) },
    });
    expect(usedAfter.json().items[0].status).toBe('granted');

    // The office lists it among the mutual recognitions granted here.
    const incoming = await call(officer, 'GET', '/api/v1/mutual-recognitions');
    expect(incoming.json().items.map((i: { id: string }) => i.id)).toContain(m.id);

    // 湘潭 revokes its code: the next re-check at 株洲 (its status list refreshed) ends the mutual recognition.
    await revokeTalentCode(xiangtan.ctx, { jti: code.jti, reason: '认定依据不实', actor: null });
    for (const c of region.cities) c.ctx.clock.set('2026-09-30T03:00:00Z');
    const ended = await call(officer, 'POST', '/api/v1/mutual-recognitions/recheck');
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().ended).toEqual([m.id]);
    const after = await call(t.who, 'GET', '/api/v1/mutual-recognitions/mine');
    expect(after.json().items[0]).toMatchObject({ status: 'ended' });
    expect(after.json().items[0].endReason).toContain('430300');
    expect((await call(t.who, 'GET', '/api/v1/talent-code/me')).statusCode).toBe(404);
    expect((await call(t.who, 'GET', `/api/v1/recognitions/${m.recognitionId}`)).json().status).toBe('revoked');
    const told = await call(t.who, 'GET', '/api/v1/notifications');
    expect(JSON.stringify(told.json())).toContain('recognition.source_revoked');
    const audit = await zhuzhou.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'mutual.end'));
    expect(audit.map((a) => a.entityId)).toEqual([m.id]);
    // A second re-check ends nothing twice.
    expect((await call(officer, 'POST', '/api/v1/mutual-recognitions/recheck')).json().ended).toEqual([]);
  });

  it('does not tell the source without the talent’s consent; without a notice the tier is granted at once', async () => {
    expect((await call(officer, 'PUT', '/api/v1/mutual-recognitions/settings', { noticeRequired: false })).statusCode).toBe(200);
    const code = await sourceCode('C');
    const t = await presenter();
    // The text a QR scan gives (TC1: + Base45).
    const created = await call(t.who, 'POST', '/api/v1/mutual-recognitions', { credential: toQrText(code.token), consentToNotifySource: false });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'granted', localTier: 'D', noticeEndsOn: null, sourceNotifiedAt: null, noticeWorkingDays: null });
    expect((await call(t.who, 'GET', '/api/v1/talent-code/me')).json().tier).toBe('D');
    const used = await xiangtan.app.inject({
      method: 'GET',
      url: '/api/v1/mutual-recognitions/used-elsewhere',
      headers: { cookie: await xtCookie(sourceOfficer) },
    });
    expect(used.json().items.map((i: { credentialId: string }) => i.credentialId)).not.toContain(`430300#${code.sl}`);
    expect((await call(officer, 'PUT', '/api/v1/mutual-recognitions/settings', { noticeRequired: true })).statusCode).toBe(200);
  });

  it('refuses bad credentials naming the reason, writes nothing and logs the refusal', async () => {
    const t = await presenter();
    const before = (await mutualRows()).length;
    const present = (credential: string) => call(t.who, 'POST', '/api/v1/mutual-recognitions', { credential, consentToNotifySource: true });
    const expectRefused = async (credential: string, status: number, code: string, reason: string) => {
      const logged = await refusalsLogged(reason);
      const res = await present(credential);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().code).toBe(code);
      expect((await mutualRows()).length).toBe(before);
      expect(await refusalsLogged(reason)).toBe(logged + 1);
      return res.json();
    };

    await expectRefused('not a code at all, just text', 400, 'BOLE_MUTUAL_MALFORMED', 'malformed');

    const stranger = await generateKey('EdDSA');
    const now = xiangtan.ctx.clock.now();
    const forged = (iss: string) =>
      signCompactTalentCode({ iss, sl: 7, tier: 'B', name: '王*', issuedAt: now, validUntil: new Date(now.getTime() + 86_400_000) }, stranger.privateKey);
    const unknown = await expectRefused(await forged('430100'), 422, 'BOLE_MUTUAL_UNKNOWN_ISSUER', 'unknown_issuer');
    expect(unknown.detail).toContain('430100');
    const notListed = await expectRefused(await forged('430300'), 422, 'BOLE_MUTUAL_KEY_NOT_LISTED', 'unknown_key');
    expect(notListed.detail).toContain(stranger.publicJwk.kid);

    const noTier = await sourceCode('A');
    const none = await expectRefused(noTier.token, 422, 'BOLE_MUTUAL_NO_EQUIVALENCE', 'no_equivalence');
    expect(none.detail).toContain('A');

    const revoked = await sourceCode('B');
    await revokeTalentCode(xiangtan.ctx, { jti: revoked.jti, reason: '撤销', actor: null });
    for (const c of region.cities) c.ctx.clock.set(new Date(c.ctx.clock.now().getTime() + 600_000).toISOString());
    await expectRefused(revoked.token, 422, 'BOLE_MUTUAL_SOURCE_REVOKED', 'revoked');

    const shortLived = await sourceCode('B', 1);
    for (const c of region.cities) c.ctx.clock.set(new Date(c.ctx.clock.now().getTime() + 2 * 86_400_000).toISOString());
    await expectRefused(shortLived.token, 422, 'BOLE_MUTUAL_SOURCE_EXPIRED', 'expired');

    // 株洲's own code is not for mutual recognition.
    const own = await zhuzhou.ctx.db.transaction((tx) =>
      issueTalentCode(zhuzhou.ctx, tx, { talentId: t.talentId, tier: 'C', validUntil: '2029-01-01', actor: null }),
    );
    await expectRefused(own.token, 422, 'BOLE_MUTUAL_OWN_CITY', 'own_city');

    // A second request for the same source credential.
    const once = await sourceCode('B');
    const other = await presenter();
    const first = await call(other.who, 'POST', '/api/v1/mutual-recognitions', { credential: once.token, consentToNotifySource: false });
    expect(first.statusCode, first.body).toBe(201);
    const countAfterFirst = (await mutualRows()).length;
    const again = await call(other.who, 'POST', '/api/v1/mutual-recognitions/preview', { credential: once.token });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('BOLE_MUTUAL_DUPLICATE');
    expect((await mutualRows()).length).toBe(countAfterFirst);
  });

  it('accepts an SD-JWT presentation disclosing only tier and validity', async () => {
    const code = await sourceCode('B');
    const holder = { talentId: code.talentId, role: 'talent' } as Principal;
    const { sdJwt } = await issueMySdJwt(xiangtan.ctx, holder);
    const t = await presenter();
    const preview = await call(t.who, 'POST', '/api/v1/mutual-recognitions/preview', { credential: presentSdJwt(sdJwt, []) });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ source: { adminCode: '430300', tier: 'B', statusIndex: code.sl }, localTier: 'C' });
  });

  it('lets only a talent present a credential and only the office read the lists', async () => {
    const code = await sourceCode('B');
    const res = await call(officer, 'POST', '/api/v1/mutual-recognitions', { credential: code.token, consentToNotifySource: true });
    expect(res.statusCode).toBe(403);
    const t = await presenter();
    expect((await call(t.who, 'GET', '/api/v1/mutual-recognitions')).statusCode).toBe(403);
    expect((await call(t.who, 'GET', '/api/v1/mutual-recognitions/used-elsewhere')).statusCode).toBe(403);
  });
});
