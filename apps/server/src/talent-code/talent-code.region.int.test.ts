/**
 * The talent code in the region: an instance signing with SM2 (国密) issues, publishes and
 * verifies its codes; the signed status list follows revocation; the talent's SD-JWT discloses
 * only what they choose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { presentSdJwt } from '@bole/contracts';
import { buildApp } from '../app.js';
import type { Principal } from '../http/access.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { talents } from '../talents/talent.table.js';
import { employers } from '../employers/employer.table.js';
import { isRevokedAt, verifyCompact, verifyPresentedCredential } from '../region/credentials/index.js';
import { ensureSigningKey } from './signing-key.service.js';
import { issueTalentCode, revokeTalentCode } from './talent-code.service.js';

const START = '2026-07-15T02:00:00Z';

describe('talent code on an SM2 instance, status list and SD-JWT', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let talentId: string;
  const principals = new Map<string, Principal>();
  const as = (who: string) => ({ 'x-test-user': who });
  const verify = (code: string) => app.inject({ method: 'POST', url: '/api/v1/talent-code/verify', payload: { code } });
  const verifyPresentation = (presentation: string) => app.inject({ method: 'POST', url: '/api/v1/talent-code/sd-jwt/verify', payload: { presentation } });
  const issue = (id: string) => ctx.db.transaction((tx) => issueTalentCode(ctx, tx, { talentId: id, tier: 'B', validUntil: '2027-07-14', actor: null }));

  beforeAll(async () => {
    ctx = await createTestContext({ now: START, env: { BOLE_SIGNING_ALG: 'SM2' } });
    app = await buildApp({ ctx, logger: false, authenticate: async (req) => principals.get(String(req.headers['x-test-user'])) ?? null });
    const [employer] = await ctx.db
      .insert(employers)
      .values({ creditCode: '91430200MA4L0X1234', name: '中车株洲电力机车有限公司', district: '430211', chain: 'rail', kind: 'soe' })
      .returning({ id: employers.id });
    const [row] = await ctx.db
      .insert(talents)
      .values({ name: '张三明', birthDate: '1990-03-01', highestDegree: 'doctorate', employerId: employer!.id })
      .returning({ id: talents.id });
    talentId = row!.id;
    const base = { displayName: 'x', department: null, employerId: null, via: 'token' as const, credentialId: 'c1' };
    principals.set('talent', { ...base, userId: 'u-talent', role: 'talent', talentId });
    principals.set('officer', { ...base, userId: 'u-officer', role: 'officer', department: 'rcb', talentId: null });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('signs with SM2: the JWKS publishes an EC/SM2 key, a code verifies, and once revoked it is refused', async () => {
    await ensureSigningKey(ctx);
    const { keys } = (await app.inject('/.well-known/jwks.json')).json();
    expect(keys).toEqual([{ kty: 'EC', crv: 'SM2', x: expect.any(String), y: expect.any(String), kid: expect.any(String), alg: 'SM2', use: 'sig' }]);
    const code = await issue(talentId);
    expect(code.qrText.length).toBeLessThanOrEqual(300);
    expect((await verify(code.qrText)).json()).toMatchObject({
      status: 'valid',
      claims: { issuer: '430200', city: '株洲市', tier: 'B', statusIndex: code.sl },
    });
    expect((await verify(code.token)).json().status).toBe('valid');

    await revokeTalentCode(ctx, { jti: code.jti, reason: '认定撤销', actor: { userId: 'u-officer', role: 'officer' } });
    expect((await verify(code.qrText)).json()).toMatchObject({ status: 'revoked', reason: 'revoked' });
  });

  it('serves a signed status list: cacheable, verifiable with the JWKS, the revoked code’s bit set', async () => {
    const old = await issue(talentId);
    await issue(talentId); // supersedes `old`
    const res = await app.inject('/api/v1/region/status-list');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = res.json();
    expect(body).toMatchObject({ iss: '430200', size: 131_072, iat: Date.parse(START) / 1000, exp: Date.parse(START) / 1000 + 86_400 });
    const { keys } = (await app.inject('/.well-known/jwks.json')).json();
    const signed = await verifyCompact(body.token, keys);
    expect(signed).toMatchObject({ ok: true, header: { alg: 'SM2', typ: 'statuslist+jwt' }, payload: { iss: '430200', iat: body.iat, exp: body.exp } });
    const list = signed.ok ? String(signed.payload.list) : '';
    // the superseded code is revoked; the one that replaced it is not
    expect(isRevokedAt(list, old.sl)).toBe(true);
    const current = (await app.inject({ url: '/api/v1/talent-code/me', headers: as('talent') })).json();
    const now = ctx.clock.now();
    expect(await verifyPresentedCredential(current.code, keys, list, now)).toMatchObject({ status: 'valid', claims: { alg: 'SM2' } });
    expect(await verifyPresentedCredential(old.qrText, keys, list, now)).toMatchObject({ status: 'revoked' });
  });

  it('gives the talent an SD-JWT: a presentation shows only what they chose; tampering is forged; garbage is a 400', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/talent-code/sd-jwt', headers: as('officer') })).statusCode).toBe(403);
    const res = await app.inject({ method: 'POST', url: '/api/v1/talent-code/sd-jwt', headers: as('talent') });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.disclosable).toEqual([
      { claim: 'name', value: '张三明' },
      { claim: 'employer', value: '中车株洲电力机车有限公司' },
      { claim: 'city', value: '株洲市' },
    ]);

    const onlyEmployer = (await verifyPresentation(presentSdJwt(body.sdJwt, ['employer']))).json();
    expect(onlyEmployer).toMatchObject({ status: 'valid', claims: { tier: 'B', employer: '中车株洲电力机车有限公司', disclosed: ['employer'] } });
    expect(onlyEmployer.claims).not.toHaveProperty('name');
    expect(onlyEmployer.claims).not.toHaveProperty('city');

    const [jwt, first] = body.sdJwt.split('~');
    const [salt] = JSON.parse(Buffer.from(first, 'base64url').toString()) as [string];
    const lie = Buffer.from(JSON.stringify([salt, 'name', '李四'])).toString('base64url');
    expect((await verifyPresentation(`${jwt}~${lie}~`)).json()).toMatchObject({ status: 'forged', reason: 'bad_disclosure', claims: null });

    for (const garbage of ['not an sd-jwt', `${jwt.slice(0, 30)}~`, `${jwt}~%%%~`]) {
      const bad = await verifyPresentation(garbage);
      expect(bad.statusCode, garbage.slice(0, 20)).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'BOLE_VALIDATION', errors: [{ field: 'presentation' }] });
    }
  });
});
