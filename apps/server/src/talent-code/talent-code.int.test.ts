import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { buildApp } from '../app.js';
import type { Principal } from '../http/access.js';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { talents } from '../talents/talent.table.js';
import { auditLog } from '../audit/audit.table.js';
import { signingKeys, talentCodes } from './talent-code.table.js';
import { issueTalentCode, revokeTalentCodesOf, type IssuedTalentCode } from './talent-code.service.js';
import { publishedJwks, rotateSigningKey } from './signing-key.service.js';
import { generateSigningKey } from './talent-code.jws.js';
import { signCompactTalentCode } from '../region/credentials/index.js';
import { decodeCompactJws, verifyTalentCode } from './talent-code.verify.js';
import { KEY_RETENTION_AFTER_EXPIRY_MS } from './talent-code.rules.js';

const START = '2026-07-15T02:00:00Z';

const principal = (over: Partial<Principal>): Principal => ({
  userId: 'u-officer',
  role: 'officer',
  displayName: 'Officer',
  department: 'rcb',
  talentId: null,
  employerId: null,
  via: 'token',
  credentialId: 'c1',
  ...over,
});

describe('talent code (人才码)', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const principals = new Map<string, Principal>();
  const as = (who: string) => ({ 'x-test-user': who });

  async function addTalent(name: string): Promise<string> {
    const [row] = await ctx.db.insert(talents).values({ name, birthDate: '1990-03-01', highestDegree: 'doctorate' }).returning({ id: talents.id });
    return row!.id;
  }
  const issue = (talentId: string, tier: 'A' | 'B' | 'C' | 'D' | 'E', validUntil: Date | string) =>
    ctx.db.transaction((tx) => issueTalentCode(ctx, tx, { talentId, tier, validUntil, actor: { userId: 'u-reviewer', role: 'reviewer' } }));
  const verify = (code: string) => app.inject({ method: 'POST', url: '/api/v1/talent-code/verify', payload: { code } });

  let talentId: string;
  let first: IssuedTalentCode;

  beforeAll(async () => {
    ctx = await createTestContext({ now: START, env: { BOLE_PUBLIC_ORIGIN: 'https://rc.zhuzhou.example' } });
    app = await buildApp({ ctx, logger: false, authenticate: async (req) => principals.get(String(req.headers['x-test-user'])) ?? null });
    talentId = await addTalent('张三明');
    principals.set('officer', principal({}));
    principals.set('talent', principal({ userId: 'u-talent', role: 'talent', department: null, talentId }));
    principals.set('newcomer', principal({ userId: 'u-new', role: 'talent', department: null, talentId: await addTalent('李四') }));
    first = await issue(talentId, 'B', '2027-07-14');
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('creates the signing key on first use and publishes it in the JWKS', async () => {
    const res = await app.inject('/.well-known/jwks.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const { keys } = res.json();
    expect(keys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: first.kid, alg: 'EdDSA', use: 'sig' }]);
    const [stored] = await ctx.db.select().from(signingKeys);
    expect(stored!.privateKeyEnc).toMatch(/^v1\./); // sealed, not plain JSON
    expect(stored!.privateKeyEnc).not.toContain('"d"');
  });

  it('verifies a valid code with its claims and plain messages', async () => {
    const res = await verify(first.token);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'valid', reason: null, revokedAt: null });
    expect(body.claims).toEqual({
      jti: `430200#${first.sl}`,
      issuer: '430200',
      statusIndex: first.sl,
      kid: first.kid,
      name: '张*明',
      tier: 'B',
      city: '株洲市',
      cityCode: '430200',
      issuedAt: '2026-07-15T02:00:00.000Z',
      validFrom: '2026-07-15T02:00:00.000Z',
      validUntil: '2027-07-14T16:00:00.000Z',
    });
    expect(body.message.zh).toBe('人才码有效：株洲市 B 类人才 张*明，有效期至 2027-07-14。');
    expect(decodeCompactJws(first.token)!.payload).not.toHaveProperty('sub');
  });

  it('documents every talent-code route in the OpenAPI', async () => {
    const paths = Object.keys((await app.inject('/api/docs/json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/.well-known/jwks.json',
        '/api/v1/talent-code/revocations',
        '/api/v1/talent-code/verify',
        '/api/v1/talent-code/me',
        '/api/v1/talent-code/{jti}/revoke',
      ]),
    );
  });

  it('audits the issue', async () => {
    const rows = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, first.jti));
    expect(rows.map((r) => r.action)).toEqual(['talent_code.issue']);
    expect(rows[0]).toMatchObject({ actorId: 'u-reviewer', detail: { talentId, tier: 'B', kid: first.kid, sl: first.sl } });
  });

  it('reports forged codes: another key, an edited payload, flipped signature bytes', async () => {
    const other = await generateSigningKey();
    const claims = decodeCompactJws(first.token)!.payload;
    const payload = { iss: '430200', sl: first.sl, name: '张*明', tier: 'A' as const, issuedAt: first.validFrom, validUntil: first.validUntil };
    const underRealKid = await signCompactTalentCode(payload, { kid: first.kid, alg: 'EdDSA', privateJwk: other.privateJwk });
    const underOwnKid = await signCompactTalentCode(payload, { kid: other.kid, alg: 'EdDSA', privateJwk: other.privateJwk });
    const [h, p, s] = first.token.split('.') as [string, string, string];
    const edited = `${h}.${Buffer.from(JSON.stringify({ ...claims, tier: 'A' })).toString('base64url')}.${s}`;
    const sig = Buffer.from(s, 'base64url');
    sig[63]! ^= 0x01;
    const flipped = `${h}.${p}.${sig.toString('base64url')}`;

    for (const [code, reason] of [
      [underRealKid, 'bad_signature'],
      [underOwnKid, 'unknown_key'],
      [edited, 'bad_signature'],
      [flipped, 'bad_signature'],
    ] as const) {
      const res = await verify(code);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'forged', reason, claims: null });
    }
  });

  it('answers 400 BOLE_MALFORMED_CODE for a truncated or garbled code, and validation errors for no code', async () => {
    for (const code of [first.token.slice(0, -10), first.token.slice(0, 60), 'https://example.com/not-a-code']) {
      const res = await verify(code);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'BOLE_MALFORMED_CODE', detailZh: expect.stringContaining('重新扫描') });
    }
    const empty = await verify('');
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: 'BOLE_VALIDATION', errors: [{ field: 'code' }] });
    const extra = await app.inject({ method: 'POST', url: '/api/v1/talent-code/verify', payload: { code: first.token, x: 1 } });
    expect(extra.statusCode).toBe(400);
  });

  it('reports expired once the clock passes exp', async () => {
    ctx.clock.set('2027-07-14T16:00:00Z');
    try {
      const res = await verify(first.token);
      expect(res.json()).toMatchObject({ status: 'expired', reason: 'expired', claims: { statusIndex: first.sl } });
      expect(res.json().message.zh).toContain('已于 2027-07-15 过期');
      ctx.clock.set('2027-07-14T15:59:59Z');
      expect((await verify(first.token)).json().status).toBe('valid');
    } finally {
      ctx.clock.set(START);
    }
  });

  it('shows the talent their code with a QR image, and 404 to a talent without one', async () => {
    const res = await app.inject({ url: '/api/v1/talent-code/me', headers: as('talent') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({ jti: first.jti, code: first.qrText, tier: 'B', name: '张*明', validUntil: '2027-07-14T16:00:00.000Z' });
    expect(body.code).toMatch(/^TC1:[0-9A-Z $%*+\-./:]+$/);
    expect((await verify(body.code)).json()).toMatchObject({ status: 'valid', claims: { statusIndex: first.sl } });
    // The issuer as people read it: the city office's name, not the instance's URN.
    expect(body.issuerName).toEqual({ zh: '株洲市人才工作领导小组办公室', en: 'Zhuzhou Municipal Talent Work Leading Group Office' });
    expect(body.qrPng).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(body.qrPng.split(',')[1], 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    const none = await app.inject({ url: '/api/v1/talent-code/me', headers: as('newcomer') });
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ code: 'BOLE_NO_TALENT_CODE' });
    expect((await app.inject({ url: '/api/v1/talent-code/me' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/talent-code/me', headers: as('officer') })).statusCode).toBe(403);
  });

  it('lets an officer revoke a code; it then verifies as revoked and is listed', async () => {
    const other = await issue(await addTalent('王小二'), 'C', '2028-01-31');
    const url = `/api/v1/talent-code/${other.jti}/revoke`;
    expect((await app.inject({ method: 'POST', url, payload: { reason: '材料造假' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url, headers: as('talent'), payload: { reason: '材料造假' } })).statusCode).toBe(403);
    const bad = await app.inject({ method: 'POST', url, headers: as('officer'), payload: { reason: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('reason');

    ctx.clock.set('2026-08-01T03:00:00Z');
    const res = await app.inject({ method: 'POST', url, headers: as('officer'), payload: { reason: '材料造假' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ jti: other.jti, revokedAt: '2026-08-01T03:00:00.000Z', reason: '材料造假' });

    const v = (await verify(other.token)).json();
    expect(v).toMatchObject({ status: 'revoked', reason: 'revoked', revokedAt: '2026-08-01T03:00:00.000Z', claims: { tier: 'C' } });

    const list = await app.inject('/api/v1/talent-code/revocations');
    expect(list.statusCode).toBe(200);
    expect(list.headers['cache-control']).toBe('public, max-age=60');
    expect(list.json()).toMatchObject({
      issuer: 'https://rc.zhuzhou.example',
      revoked: [{ jti: other.jti, revokedAt: '2026-08-01T03:00:00.000Z', sl: other.sl }],
    });

    const again = await app.inject({ method: 'POST', url, headers: as('officer'), payload: { reason: '重复' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('BOLE_ALREADY_REVOKED');
    const missing = await app.inject({
      method: 'POST',
      url: `/api/v1/talent-code/${crypto.randomUUID()}/revoke`,
      headers: as('officer'),
      payload: { reason: '测试' },
    });
    expect(missing.statusCode).toBe(404);
    const notId = await app.inject({ method: 'POST', url: '/api/v1/talent-code/abc/revoke', headers: as('officer'), payload: { reason: '测试' } });
    expect(notId.statusCode).toBe(400);

    // A verifier names a compact code by its claims' id, `<admin code>#<status index>`: that revokes it too;
    // another city's id is none of this instance's codes.
    const third = await issue(await addTalent('钱小三'), 'D', '2028-01-31');
    const claimsId = (await verify(third.token)).json().claims.jti as string;
    expect(claimsId).toBe(`430200#${third.sl}`);
    const elsewhere = await app.inject({
      method: 'POST',
      url: `/api/v1/talent-code/${encodeURIComponent(`430100#${third.sl}`)}/revoke`,
      headers: as('officer'),
      payload: { reason: '测试' },
    });
    expect(elsewhere.statusCode).toBe(404);
    const byClaims = await app.inject({
      method: 'POST',
      url: `/api/v1/talent-code/${encodeURIComponent(claimsId)}/revoke`,
      headers: as('officer'),
      payload: { reason: '离市' },
    });
    expect(byClaims.statusCode).toBe(200);
    expect(byClaims.json()).toMatchObject({ jti: third.jti, reason: '离市' });
    expect((await verify(third.token)).json()).toMatchObject({ status: 'revoked' });

    const audit = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, other.jti));
    expect(audit.map((r) => r.action)).toEqual(['talent_code.issue', 'talent_code.revoke']);
    expect(audit[1]).toMatchObject({ actorId: 'u-officer', actorRole: 'officer', detail: { reason: '材料造假' } });

    // Once the revoked code has expired it leaves the list (it verifies as expired anyway).
    ctx.clock.set('2028-02-01T00:00:00Z');
    expect((await app.inject('/api/v1/talent-code/revocations')).json().revoked).toEqual([]);
    ctx.clock.set(START);
  });

  it('supersedes the previous code when a new tier is granted', async () => {
    const t = await addTalent('赵六');
    const old = await issue(t, 'D', '2027-12-31');
    const upgraded = await issue(t, 'B', '2028-12-31');
    expect(upgraded.superseded).toEqual([old.jti]);
    expect((await verify(old.token)).json().status).toBe('revoked');
    expect((await verify(upgraded.token)).json().status).toBe('valid');
  });

  it('revokes every live code of a talent when a tier is withdrawn (inside the caller transaction)', async () => {
    const t = await addTalent('钱九');
    const code = await issue(t, 'E', '2027-06-30');
    const revoked = await ctx.db.transaction(async (tx) => {
      const ids = await revokeTalentCodesOf(ctx, tx, { talentId: t, reason: '认定撤销', actor: { userId: 'u-officer', role: 'officer' } });
      // nothing to revoke the second time
      expect(await revokeTalentCodesOf(ctx, tx, { talentId: t, reason: '再次', actor: null })).toEqual([]);
      return ids;
    });
    expect(revoked).toEqual([code.jti]);
    expect((await verify(code.token)).json().status).toBe('revoked');
    const audit = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, t));
    expect(audit.map((r) => r.action)).toEqual(['talent_code.revoke_all']);
  });

  it('refuses to issue for an unknown talent or a past validity, writing nothing', async () => {
    await expect(issue(crypto.randomUUID(), 'A', '2030-01-01')).rejects.toMatchObject({ code: 'BOLE_NOT_FOUND' });
    await expect(issue(talentId, 'A', '2020-01-01')).rejects.toMatchObject({ code: 'BOLE_VALIDATION' });
    expect((await app.inject({ url: '/api/v1/talent-code/me', headers: as('talent') })).json().jti).toBe(first.jti);
  });

  it('rotates keys: old codes still verify, new codes use the new kid, the old private key is destroyed', async () => {
    const t = await addTalent('孙七');
    const before = await issue(t, 'C', '2026-12-31');
    const rotation = await rotateSigningKey(ctx, null);
    expect(rotation.retired).toMatchObject({ kid: before.kid, published: true });
    expect(rotation.kid).not.toBe(before.kid);

    const after = await issue(await addTalent('周八'), 'A', '2026-10-31');
    expect(after.kid).toBe(rotation.kid);
    expect(decodeCompactJws(after.token)!.header.kid).toBe(rotation.kid);

    const kids = (await app.inject('/.well-known/jwks.json')).json().keys.map((k: { kid: string }) => k.kid);
    expect(kids).toEqual([rotation.kid, before.kid]); // current first
    expect((await verify(before.token)).json()).toMatchObject({ status: 'valid', claims: { kid: before.kid } });
    expect((await verify(first.token)).json().status).toBe('valid');
    expect((await verify(after.token)).json().status).toBe('valid');

    const [old] = await ctx.db.select().from(signingKeys).where(eq(signingKeys.kid, before.kid));
    expect(old!.privateKeyEnc).toBeNull();
    // The retired key signed codes up to 2027-12-31 (the superseded one included): it stays until then + retention.
    expect(old!.expiresAfter!.getTime()).toBe(new Date('2028-12-31T16:00:00Z').getTime() + KEY_RETENTION_AFTER_EXPIRY_MS);
  });

  it('drops a retired key from the JWKS once every code it signed has expired (plus retention)', async () => {
    const [old] = await ctx.db.select().from(signingKeys).where(eq(signingKeys.kid, first.kid));
    const leaves = old!.expiresAfter!;
    ctx.clock.set(new Date(leaves.getTime() - 1000).toISOString());
    expect((await app.inject('/.well-known/jwks.json')).json().keys.map((k: { kid: string }) => k.kid)).toContain(first.kid);
    ctx.clock.set(leaves.toISOString());
    const keys = (await app.inject('/.well-known/jwks.json')).json().keys.map((k: { kid: string }) => k.kid);
    expect(keys).not.toContain(first.kid);
    expect(keys).toHaveLength(1);
    // A code of the dropped key no longer verifies at all.
    expect((await verify(first.token)).json()).toMatchObject({ status: 'forged', reason: 'unknown_key' });
    ctx.clock.set(START);
  });

  it('drops a retired key that signed nothing at once', async () => {
    const a = await rotateSigningKey(ctx, null);
    const b = await rotateSigningKey(ctx, null);
    expect(b.retired).toEqual({ kid: a.kid, expiresAfter: new Date(START).toISOString(), published: false });
    const kids = (await app.inject('/.well-known/jwks.json')).json().keys.map((k: { kid: string }) => k.kid);
    expect(kids[0]).toBe(b.kid);
    expect(kids).not.toContain(a.kid);
    const actions = (await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, a.kid))).map((r) => r.action);
    expect(actions).toEqual(['signing_key.create', 'signing_key.retire']);
  });
});

describe('talent code signing key under concurrency', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ now: START });
  });
  afterAll(() => ctx.close());

  it('creates exactly one key when several codes are issued at once on a fresh instance', async () => {
    const ids = await Promise.all(
      ['甲一', '乙二', '丙三', '丁四'].map(async (name) => {
        const [row] = await ctx.db.insert(talents).values({ name, birthDate: '1990-03-01', highestDegree: 'master' }).returning({ id: talents.id });
        return row!.id;
      }),
    );
    const issued = await Promise.all(
      ids.map((talentId) => ctx.db.transaction((tx) => issueTalentCode(ctx, tx, { talentId, tier: 'C', validUntil: '2027-01-01', actor: null }))),
    );
    expect(new Set(issued.map((i) => i.kid)).size).toBe(1);
    expect(await ctx.db.select().from(signingKeys)).toHaveLength(1);
  });

  it('a rotation racing with issues leaves every code verifiable', async () => {
    const ids = await Promise.all(
      ['戊五', '己六', '庚七'].map(async (name) => {
        const [row] = await ctx.db.insert(talents).values({ name, birthDate: '1990-03-01', highestDegree: 'master' }).returning({ id: talents.id });
        return row!.id;
      }),
    );
    // As recognition will: audit the tier grant first (holding the audit lock), then issue.
    const issue = (talentId: string) =>
      ctx.db.transaction(async (tx) => {
        await ctx.audit.record(tx, null, { action: 'talent.tier_grant', entity: 'talent', entityId: talentId });
        await new Promise((r) => setTimeout(r, 20));
        return issueTalentCode(ctx, tx, { talentId, tier: 'C', validUntil: '2031-01-01', actor: null });
      });
    const [a, rotation, b, c] = await Promise.all([issue(ids[0]!), rotateSigningKey(ctx, null), issue(ids[1]!), issue(ids[2]!)]);
    const keys = await publishedJwks(ctx);
    for (const code of [a, b, c]) expect((await verifyTalentCode(code.token, keys, [], ctx.clock.now())).status).toBe('valid');
    expect(keys.keys[0]!.kid).toBe(rotation.kid);
    expect((await ctx.db.select().from(signingKeys)).filter((k) => !k.retiredAt)).toHaveLength(1);
  });

  it('keeps a retired key published for a code signed with it after the rotation committed', async () => {
    const rotation = await rotateSigningKey(ctx, null);
    const lateKid = rotation.kid;
    await rotateSigningKey(ctx, null); // lateKid signed nothing: it left the JWKS at once
    expect((await publishedJwks(ctx)).keys.map((k) => k.kid)).not.toContain(lateKid);
    // A transaction that read lateKid before the rotation committed now stores its code.
    const [row] = await ctx.db.insert(talents).values({ name: '辛八', birthDate: '1990-03-01', highestDegree: 'master' }).returning({ id: talents.id });
    await ctx.db.insert(talentCodes).values({
      id: crypto.randomUUID(),
      talentId: row!.id,
      tier: 'C',
      kid: lateKid,
      token: 'x.y.z',
      issuedAt: ctx.clock.now(),
      validFrom: ctx.clock.now(),
      expiresAt: new Date('2029-01-01T00:00:00Z'),
    });
    expect((await publishedJwks(ctx)).keys.map((k) => k.kid)).toContain(lateKid);
    ctx.clock.set(new Date(new Date('2029-01-01T00:00:00Z').getTime() + KEY_RETENTION_AFTER_EXPIRY_MS).toISOString());
    expect((await publishedJwks(ctx)).keys.map((k) => k.kid)).not.toContain(lateKid);
    ctx.clock.set(START);
  });
});
