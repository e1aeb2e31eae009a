/**
 * Codes issued before the region (`typ: talent-code+jwt`, Ed25519, a UUID `jti`, the city in
 * the token) keep verifying until they expire; the compact format is in talent-code.verify.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, importJWK, type JWK } from 'jose';
import { generateSigningKey, toPublishedJwk, type GeneratedSigningKey } from './talent-code.jws.js';
import { decodeCompactJws, verifyTalentCode } from './talent-code.verify.js';
import { issuerOf, keyExpiresAfter, maskName, parseValidUntil, KEY_RETENTION_AFTER_EXPIRY_MS } from './talent-code.rules.js';
import { AppError } from '../http/errors.js';
import { expectedClaims } from './talent-code-testing.js';

/** What a code issued before the region said. */
interface TalentCodePayload {
  jti: string;
  issuer: string;
  name: string;
  tier: 'A' | 'B' | 'C' | 'D' | 'E';
  city: string;
  cityCode: string;
  issuedAt: Date;
  validFrom: Date;
  validUntil: Date;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Signs a code the way the instance did before the region. */
async function signTalentCode(p: TalentCodePayload, key: { kid: string; privateJwk: Record<string, unknown> }): Promise<string> {
  const privateKey = await importJWK(key.privateJwk as JWK, 'EdDSA');
  return new SignJWT({ name: p.name, tier: p.tier, city: p.city, cityCode: p.cityCode })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'talent-code+jwt' })
    .setIssuer(p.issuer)
    .setJti(p.jti)
    .setIssuedAt(seconds(p.issuedAt))
    .setNotBefore(seconds(p.validFrom))
    .setExpirationTime(seconds(p.validUntil))
    .sign(privateKey);
}

const now = new Date('2026-07-15T02:00:00Z');
const payload = (over: Partial<TalentCodePayload> = {}): TalentCodePayload => ({
  jti: '0b8f3a52-7c1e-4c55-9a51-3f0f3c1d2e10',
  issuer: 'https://rc.zhuzhou.example',
  name: '张*明',
  tier: 'B',
  city: '株洲市',
  cityCode: '430200',
  issuedAt: now,
  validFrom: now,
  validUntil: new Date('2027-07-15T16:00:00Z'),
  ...over,
});

/** Replaces one segment of a compact JWS. */
function withSegment(token: string, index: number, segment: string): string {
  const parts = token.split('.');
  parts[index] = segment;
  return parts.join('.');
}

describe('verifyTalentCode (offline) of a code issued before the region', () => {
  let key: GeneratedSigningKey;
  let other: GeneratedSigningKey;
  let jwks: { keys: ReturnType<typeof toPublishedJwk>[] };
  let token: string;

  beforeAll(async () => {
    key = await generateSigningKey();
    other = await generateSigningKey();
    jwks = { keys: [toPublishedJwk(key.kid, key.publicJwk)] };
    token = await signTalentCode(payload(), key);
  });

  it('accepts a good code and returns its claims and plain messages', async () => {
    const r = await verifyTalentCode(token, jwks, [], now);
    expect(r).toMatchObject({ status: 'valid', reason: null, revokedAt: null, checkedAt: now.toISOString() });
    expect(r.claims).toEqual(expectedClaims(now, { jti: payload().jti, issuer: 'https://rc.zhuzhou.example', statusIndex: null, kid: key.kid }));
    // exp is midnight 2027-07-16 in Shanghai: valid through the 15th.
    expect(r.message.zh).toBe('人才码有效：株洲市 B 类人才 张*明，有效期至 2027-07-15。');
    expect(r.message.en).toContain('valid through 2027-07-15');
  });

  it('puts the EdDSA algorithm, kid and explicit type in the header', () => {
    expect(decodeCompactJws(token)!.header).toEqual({ alg: 'EdDSA', kid: key.kid, typ: 'talent-code+jwt' });
  });

  it('reports a code signed by another key under the real kid as forged (bad signature)', async () => {
    const impostor = await signTalentCode(payload({ tier: 'A' }), { kid: key.kid, privateJwk: other.privateJwk });
    expect(await verifyTalentCode(impostor, jwks, [], now)).toMatchObject({ status: 'forged', reason: 'bad_signature', claims: null });
  });

  it('reports a code signed by a key outside the set as forged (unknown key)', async () => {
    const foreign = await signTalentCode(payload(), other);
    const r = await verifyTalentCode(foreign, jwks, [], now);
    expect(r).toMatchObject({ status: 'forged', reason: 'unknown_key' });
    expect(r.message.en).toMatch(/Refresh the keys/);
  });

  it('reports an edited payload as forged', async () => {
    const claims = decodeCompactJws(token)!.payload;
    const edited = Buffer.from(JSON.stringify({ ...claims, tier: 'A' })).toString('base64url');
    expect(await verifyTalentCode(withSegment(token, 1, edited), jwks, [], now)).toMatchObject({ status: 'forged', reason: 'bad_signature' });
  });

  it('reports flipped signature bytes as forged', async () => {
    const sig = Buffer.from(token.split('.')[2]!, 'base64url');
    sig[10]! ^= 0xff;
    expect(await verifyTalentCode(withSegment(token, 2, sig.toString('base64url')), jwks, [], now)).toMatchObject({
      status: 'forged',
      reason: 'bad_signature',
    });
  });

  it('refuses alg none and other algorithms as forged', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: key.kid, typ: 'talent-code+jwt' })).toString('base64url');
    const unsigned = `${header}.${token.split('.')[1]}.AA`;
    expect(await verifyTalentCode(unsigned, jwks, [], now)).toMatchObject({ status: 'forged', reason: 'unsupported_alg' });
  });

  it('refuses a well-signed token that is not a talent code (wrong typ or claims)', async () => {
    const pk = await importJWK(key.privateJwk as JWK, 'EdDSA');
    const plainJwt = await new SignJWT({ tier: 'A' })
      .setProtectedHeader({ alg: 'EdDSA', kid: key.kid })
      .setJti('x')
      .setIssuer('i')
      .setIssuedAt(1)
      .setNotBefore(1)
      .setExpirationTime(4_000_000_000)
      .sign(pk);
    expect(await verifyTalentCode(plainJwt, jwks, [], now)).toMatchObject({ status: 'forged', reason: 'bad_claims' });
  });

  it('reports expired from exp on, and not-yet-valid codes as expired with their own message', async () => {
    const exp = payload().validUntil;
    expect((await verifyTalentCode(token, jwks, [], new Date(exp.getTime() - 1000))).status).toBe('valid');
    const r = await verifyTalentCode(token, jwks, [], exp);
    expect(r).toMatchObject({ status: 'expired', reason: 'expired' });
    expect(r.claims?.tier).toBe('B');
    const early = await verifyTalentCode(token, jwks, [], new Date(now.getTime() - 3600_000));
    expect(early).toMatchObject({ status: 'expired', reason: 'not_yet_valid' });
    expect(early.message.zh).toContain('尚未生效');
    // within the clock-skew leeway a code is accepted
    expect((await verifyTalentCode(token, jwks, [], new Date(now.getTime() - 30_000))).status).toBe('valid');
  });

  it('reports revoked from a plain id list or the served revocation list', async () => {
    expect(await verifyTalentCode(token, jwks, new Set([payload().jti]), now)).toMatchObject({ status: 'revoked', revokedAt: null });
    const r = await verifyTalentCode(token, jwks, [{ jti: payload().jti, revokedAt: '2026-07-16T01:00:00.000Z' }], now);
    expect(r).toMatchObject({ status: 'revoked', reason: 'revoked', revokedAt: '2026-07-16T01:00:00.000Z' });
    expect(r.message.zh).toContain('已被撤销（2026-07-16）');
  });

  it('checks the issuer when asked', async () => {
    expect((await verifyTalentCode(token, jwks, [], now, { expectedIssuer: 'https://rc.changsha.example' })).status).toBe('forged');
    expect((await verifyTalentCode(token, jwks, [], now, { expectedIssuer: 'https://rc.zhuzhou.example' })).status).toBe('valid');
  });

  it.each([
    ['empty', ''],
    ['plain text', 'hello'],
    ['two parts', 'a.b'],
    ['bad base64url', 'a$b.c.d'],
    ['header not JSON', `${Buffer.from('not json').toString('base64url')}.e30.AA`],
  ])('reports %s as malformed', async (_label, text) => {
    expect(await verifyTalentCode(text, jwks, [], now)).toMatchObject({ status: 'malformed', reason: 'structure', claims: null });
  });

  it('reports truncated codes as malformed wherever the cut falls', async () => {
    for (const cut of [1, 5, 20, 43, 86, 100, Math.floor(token.length / 2), token.length - 200]) {
      const r = await verifyTalentCode(token.slice(0, token.length - cut), jwks, [], now);
      expect(r.status, `cut ${cut}`).toBe('malformed');
    }
  });
});

describe('talent code rules', () => {
  it('masks names by characters', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('李')).toBe('李');
    expect(maskName(' 𠮷野家 ')).toBe('𠮷*家');
    // a long name keeps four stars, so that the code fits its QR
    expect(maskName('买买提·吐尔逊·艾力')).toBe('买****力');
  });

  it('names the issuer by public origin or city code', () => {
    expect(issuerOf({ publicOrigin: 'https://rc.zhuzhou.gov.cn/', cityCode: '430200' })).toBe('https://rc.zhuzhou.gov.cn');
    expect(issuerOf({ publicOrigin: undefined, cityCode: '430200' })).toBe('urn:bole:city:430200');
  });

  it('reads a business date as the end of that day in Shanghai', () => {
    expect(parseValidUntil('2029-07-14', now).toISOString()).toBe('2029-07-14T16:00:00.000Z');
    expect(parseValidUntil('2029-07-14T08:00:00Z', now).toISOString()).toBe('2029-07-14T08:00:00.000Z');
    expect(() => parseValidUntil('2020-01-01', now)).toThrow(AppError);
    expect(() => parseValidUntil('soon', now)).toThrow(AppError);
  });

  it('keeps a retired key published until its last code expired plus the retention', () => {
    const retiredAt = new Date('2026-08-01T00:00:00Z');
    const lastExpiry = new Date('2027-01-01T00:00:00Z');
    const until = keyExpiresAfter(retiredAt, lastExpiry);
    expect(until.getTime()).toBe(lastExpiry.getTime() + KEY_RETENTION_AFTER_EXPIRY_MS);
    expect(keyExpiresAfter(retiredAt, null)).toEqual(retiredAt);
  });
});
