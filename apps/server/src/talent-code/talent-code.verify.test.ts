/**
 * The compact talent code (`typ: tc+jwt`) verified offline, signed with Ed25519 or SM2, and
 * its size: it must fit a QR code of version 10 at level M.
 */
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import {
  COMPACT_TALENT_CODE_MAX_CHARS,
  encodeStatusList,
  fromQrText,
  signCompact,
  signCompactTalentCode,
  toQrText,
  type SigningAlg,
  type TalentCredential,
} from '../region/credentials/index.js';
import { generateSigningKey, toPublishedJwk } from './talent-code.jws.js';
import { decodeCompactJws, verifyTalentCode } from './talent-code.verify.js';
import { maskName } from './talent-code.rules.js';
import { expectedClaims } from './talent-code-testing.js';

const now = new Date('2026-07-15T02:00:00Z');
const credential = (over: Partial<TalentCredential> = {}): TalentCredential => ({
  iss: '430200',
  sl: 7,
  tier: 'B',
  name: '张*明',
  issuedAt: now,
  validUntil: new Date('2027-07-15T16:00:00Z'),
  ...over,
});
const cityName = (code: string) => (code === '430200' ? '株洲市' : undefined);

async function keys(alg: SigningAlg) {
  const key = await generateSigningKey(alg);
  const other = await generateSigningKey(alg);
  const privateKey = { kid: key.kid, alg, privateJwk: key.privateJwk };
  return { key, privateKey, other: { kid: other.kid, alg, privateJwk: other.privateJwk }, jwks: { keys: [toPublishedJwk(key.kid, key.publicJwk, alg)] } };
}

describe.each<SigningAlg>(['EdDSA', 'SM2'])('verifyTalentCode (offline) of a compact code signed with %s', (alg) => {
  it('accepts a good code: claims, the city named from its code, plain messages', async () => {
    const { privateKey, jwks, key } = await keys(alg);
    const token = await signCompactTalentCode(credential(), privateKey);
    expect(decodeCompactJws(token)!.header).toEqual({ alg, kid: key.kid, typ: 'tc+jwt' });
    const r = await verifyTalentCode(token, jwks, [], now, { cityName });
    expect(r).toMatchObject({ status: 'valid', reason: null, revokedAt: null });
    expect(r.claims).toEqual(expectedClaims(now, { jti: '430200#7', issuer: '430200', statusIndex: 7, kid: key.kid }));
    expect(r.message.zh).toBe('人才码有效：株洲市 B 类人才 张*明，有效期至 2027-07-15。');
    // without a name for the city, its code stands in
    expect((await verifyTalentCode(token, jwks, [], now)).claims?.city).toBe('430200');
  });

  it('reports forged codes: another key under the real kid, a key outside the set, an edited payload, another typ', async () => {
    const { privateKey, other, jwks } = await keys(alg);
    const impostor = await signCompactTalentCode(credential({ tier: 'A' }), { ...other, kid: privateKey.kid });
    expect(await verifyTalentCode(impostor, jwks, [], now)).toMatchObject({ status: 'forged', reason: 'bad_signature', claims: null });
    expect(await verifyTalentCode(await signCompactTalentCode(credential(), other), jwks, [], now)).toMatchObject({ status: 'forged', reason: 'unknown_key' });
    const [h, p, s] = (await signCompactTalentCode(credential(), privateKey)).split('.') as [string, string, string];
    const edited = Buffer.from(JSON.stringify({ ...decodeCompactJws(`${h}.${p}.${s}`)!.payload, tier: 'A' })).toString('base64url');
    expect(await verifyTalentCode(`${h}.${edited}.${s}`, jwks, [], now)).toMatchObject({ status: 'forged', reason: 'bad_signature' });
    const wrongTyp = await signCompact(decodeCompactJws(`${h}.${p}.${s}`)!.payload, 'status+jwt', privateKey);
    expect(await verifyTalentCode(wrongTyp, jwks, [], now)).toMatchObject({ status: 'forged', reason: 'bad_claims' });
  });

  it('reports expired and not yet valid codes', async () => {
    const { privateKey, jwks } = await keys(alg);
    const token = await signCompactTalentCode(credential(), privateKey);
    expect(await verifyTalentCode(token, jwks, [], new Date('2027-07-15T16:00:00Z'))).toMatchObject({ status: 'expired', reason: 'expired' });
    expect(await verifyTalentCode(token, jwks, [], new Date(now.getTime() - 3600_000))).toMatchObject({ status: 'expired', reason: 'not_yet_valid' });
  });

  it('reads revocation from the status list, or from the revocation list by status index', async () => {
    const { privateKey, jwks } = await keys(alg);
    const token = await signCompactTalentCode(credential(), privateKey);
    expect((await verifyTalentCode(token, jwks, [], now, { statusList: encodeStatusList([6, 8]) })).status).toBe('valid');
    expect(await verifyTalentCode(token, jwks, [], now, { statusList: encodeStatusList([7]) })).toMatchObject({ status: 'revoked', reason: 'revoked' });
    const served = [{ jti: '0b8f3a52-7c1e-4c55-9a51-3f0f3c1d2e10', revokedAt: '2026-07-16T01:00:00.000Z', sl: 7 }];
    expect(await verifyTalentCode(token, jwks, served, now)).toMatchObject({ status: 'revoked', revokedAt: '2026-07-16T01:00:00.000Z' });
    expect((await verifyTalentCode(token, jwks, [{ ...served[0]!, sl: 8 }], now)).status).toBe('valid');
    const beyond = await signCompactTalentCode(credential({ sl: 200_000 }), privateKey);
    const r = await verifyTalentCode(beyond, jwks, [], now, { statusList: encodeStatusList([]) });
    expect(r).toMatchObject({ status: 'revoked', reason: 'status_unknown' });
    expect(r.message.zh).toContain('状态列表过旧');
  });

  it('checks the issuer when asked', async () => {
    const { privateKey, jwks } = await keys(alg);
    const token = await signCompactTalentCode(credential(), privateKey);
    expect((await verifyTalentCode(token, jwks, [], now, { expectedIssuer: '430100' })).status).toBe('forged');
    expect((await verifyTalentCode(token, jwks, [], now, { expectedIssuer: '430200' })).status).toBe('valid');
  });

  it('reports truncated codes as malformed wherever the cut falls', async () => {
    const { privateKey, jwks } = await keys(alg);
    const token = await signCompactTalentCode(credential(), privateKey);
    for (const cut of [1, 5, 20, 43, 86, 100, Math.floor(token.length / 2), token.length - 20]) {
      expect((await verifyTalentCode(token.slice(0, token.length - cut), jwks, [], now)).status, `cut ${cut}`).toBe('malformed');
    }
  });

  it('fits a QR code of version 10 at level M with the longest name and the largest values', async () => {
    const { privateKey, jwks } = await keys(alg);
    const longestName = `𠮷${'龘'.repeat(48)}𠮷`; // 50 characters, the profile's maximum, rare characters at both ends
    const token = await signCompactTalentCode(
      credential({
        name: maskName(longestName),
        sl: 2_147_483_647,
        tier: 'A',
        issuedAt: new Date('2099-12-31T00:00:00Z'),
        validUntil: new Date('2286-11-20T17:46:39Z'),
      }),
      privateKey,
    );
    const qrText = toQrText(token);
    expect(qrText.length).toBeLessThanOrEqual(COMPACT_TALENT_CODE_MAX_CHARS);
    expect(QRCode.create(qrText, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(10);
    // the QR text carries the JWS byte for byte, and verifies like it
    expect(fromQrText(qrText)).toBe(token);
    expect(await verifyTalentCode(qrText, jwks, [], new Date('2100-01-01T00:00:00Z'))).toMatchObject({ status: 'valid', claims: { name: '𠮷****𠮷' } });
  });

  it('reports QR text that does not unpack as malformed', async () => {
    const { privateKey, jwks } = await keys(alg);
    const qrText = toQrText(await signCompactTalentCode(credential(), privateKey));
    for (const text of [qrText.slice(0, -3), qrText.slice(0, 40), 'TC1:', 'TC1:abc', 'TC1:::::']) {
      expect((await verifyTalentCode(text, jwks, [], now)).status, text.slice(0, 12)).toBe('malformed');
    }
    // one character changed inside the signature: it unpacks, and the signature fails
    const last = qrText.length - 5;
    const changed = qrText.slice(0, last) + (qrText[last] === '0' ? '1' : '0') + qrText.slice(last + 1);
    expect(await verifyTalentCode(changed, jwks, [], now)).toMatchObject({ status: 'forged', reason: 'bad_signature' });
  });
});
