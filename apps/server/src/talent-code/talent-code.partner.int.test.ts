/**
 * A partner city (its own instance, here with the 湘潭 demo city's data) verifies Zhuzhou's talent codes offline: two app instances on two
 * databases; the partner fetches Zhuzhou's JWKS and revocation list over HTTP (inject) and
 * runs `verifyTalentCode` with no access to Zhuzhou's database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { repoPath } from '../platform/paths.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { talents } from '../talents/talent.table.js';
import { issueTalentCode, revokeTalentCode } from './talent-code.service.js';
import { rotateSigningKey } from './signing-key.service.js';
import { verifyTalentCode, type JwksLike } from './talent-code.verify.js';
import { verifyCompact } from '../region/credentials/index.js';

const NOW = '2026-07-15T02:00:00Z';

describe('partner city verifies offline', () => {
  let zhuzhou: TestContext;
  let changsha: TestContext;
  let zhuzhouApp: FastifyInstance;
  let changshaApp: FastifyInstance;

  async function grant(ctx: TestContext, name: string, validUntil: string) {
    const [row] = await ctx.db.insert(talents).values({ name, birthDate: '1988-05-05', highestDegree: 'doctorate' }).returning({ id: talents.id });
    return ctx.db.transaction((tx) => issueTalentCode(ctx, tx, { talentId: row!.id, tier: 'A', validUntil, actor: null }));
  }
  /** What the partner's sync job does: fetch the issuer's published documents. */
  async function fetchFrom(issuer: FastifyInstance) {
    const jwks = await issuer.inject('/.well-known/jwks.json');
    const revocations = await issuer.inject('/api/v1/talent-code/revocations');
    expect(jwks.statusCode).toBe(200);
    expect(jwks.headers['access-control-allow-origin']).toBe('*');
    const statusList = await issuer.inject('/api/v1/region/status-list');
    expect(statusList.headers['cache-control']).toBe('public, max-age=300');
    const signed = await verifyCompact(statusList.json().token, jwks.json().keys);
    expect(signed).toMatchObject({ ok: true, header: { typ: 'statuslist+jwt' }, payload: { iss: '430200' } });
    const list = signed.ok ? String(signed.payload.list) : '';
    return { jwks: jwks.json() as JwksLike, revoked: revocations.json().revoked as { jti: string; revokedAt: string; sl: number }[], list };
  }

  beforeAll(async () => {
    zhuzhou = await createTestContext({ now: NOW, env: { BOLE_PUBLIC_ORIGIN: 'https://rc.zhuzhou.example' } });
    changsha = await createTestContext({
      now: NOW,
      env: { BOLE_CITY_DIR: repoPath('cities', 'xiangtan-demo'), BOLE_PUBLIC_ORIGIN: 'https://rc.changsha.example' },
    });
    zhuzhouApp = await buildApp({ ctx: zhuzhou, logger: false });
    changshaApp = await buildApp({ ctx: changsha, logger: false });
  });
  afterAll(async () => {
    await zhuzhouApp.close();
    await changshaApp.close();
    await zhuzhou.close();
    await changsha.close();
  });

  it('verifies a Zhuzhou code with the JWKS fetched over HTTP, and follows revocation and rotation', async () => {
    const code = await grant(zhuzhou, '刘德华', '2027-07-14');
    const ownCode = await grant(changsha, '周杰伦', '2027-07-14');

    // The partner's offline check against Zhuzhou's published keys.
    let published = await fetchFrom(zhuzhouApp);
    // (the city's name comes from the region's trust list; here a stand-in)
    const ok = await verifyTalentCode(code.token, published.jwks, published.revoked, changsha.clock.now(), {
      expectedIssuer: '430200',
      cityName: (adminCode) => (adminCode === '430200' ? '株洲市' : undefined),
    });
    expect(ok).toMatchObject({
      status: 'valid',
      claims: { issuer: '430200', city: '株洲市', cityCode: '430200', name: '刘*华', tier: 'A', statusIndex: code.sl },
    });

    // Changsha's own keys do not vouch for Zhuzhou's code, nor Zhuzhou's keys for Changsha's.
    const ownKeys = (await changshaApp.inject('/.well-known/jwks.json')).json() as JwksLike;
    expect((await verifyTalentCode(code.token, ownKeys, [], changsha.clock.now())).status).toBe('forged');
    expect((await verifyTalentCode(ownCode.token, published.jwks, [], changsha.clock.now())).reason).toBe('unknown_key');
    expect((await changshaApp.inject({ method: 'POST', url: '/api/v1/talent-code/verify', payload: { code: code.token } })).json().status).toBe('forged');

    // Zhuzhou revokes (service level here); the partner learns it from the next list fetch.
    await revokeTalentCode(zhuzhou, { jti: code.jti, reason: '认定撤销', actor: { userId: 'u-officer', role: 'officer' } });
    expect((await verifyTalentCode(code.token, published.jwks, published.revoked, changsha.clock.now())).status).toBe('valid'); // stale list
    expect((await verifyTalentCode(code.token, published.jwks, [], changsha.clock.now(), { statusList: published.list })).status).toBe('valid');
    published = await fetchFrom(zhuzhouApp);
    expect((await verifyTalentCode(code.token, published.jwks, published.revoked, changsha.clock.now())).status).toBe('revoked');
    expect((await verifyTalentCode(code.token, published.jwks, [], changsha.clock.now(), { statusList: published.list })).status).toBe('revoked');

    // Zhuzhou rotates; a new code needs a JWKS refresh at the partner, old codes keep verifying.
    const stale = published.jwks;
    await rotateSigningKey(zhuzhou, null);
    const fresh = await grant(zhuzhou, '张学友', '2027-07-14');
    expect((await verifyTalentCode(fresh.token, stale, published.revoked, changsha.clock.now())).reason).toBe('unknown_key');
    published = await fetchFrom(zhuzhouApp);
    expect((await verifyTalentCode(fresh.token, published.jwks, published.revoked, changsha.clock.now())).status).toBe('valid');
    expect((await verifyTalentCode(code.token, published.jwks, published.revoked, changsha.clock.now())).status).toBe('revoked');

    // The partner's clock passing exp → expired, with no call to Zhuzhou.
    changsha.clock.set('2027-07-15T00:00:00Z');
    expect((await verifyTalentCode(fresh.token, published.jwks, published.revoked, changsha.clock.now())).status).toBe('expired');
  });
});
