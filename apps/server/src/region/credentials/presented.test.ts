import { describe, expect, it } from 'vitest';
import {
  encodeStatusList,
  generateKey,
  issueSdJwt,
  presentSdJwt,
  signCompact,
  signCompactTalentCode,
  verifyPresentedCredential,
  verifySdJwt,
  type SigningAlg,
} from './index.js';

const now = new Date('2026-08-01T02:00:00Z');
const credential = {
  iss: '430200',
  sl: 41,
  tier: 'B' as const,
  name: '张*明',
  issuedAt: new Date('2026-07-01T00:00:00Z'),
  validUntil: new Date('2027-07-01T00:00:00Z'),
};
const sdInput = { ...credential, disclosable: { name: '张三明', employer: '中车株洲电力机车有限公司', city: '株洲市' } };

describe.each<SigningAlg>(['EdDSA', 'SM2'])('a presented credential signed with %s', (alg) => {
  it('verifies a compact code: valid, then revoked once its bit is set, expired after its end', async () => {
    const { publicJwk, privateKey } = await generateKey(alg);
    const code = await signCompactTalentCode(credential, privateKey);
    const valid = await verifyPresentedCredential(code, [publicJwk], encodeStatusList([40, 42]), now);
    expect(valid).toEqual({
      status: 'valid',
      reason: null,
      claims: {
        format: 'compact',
        issuer: '430200',
        statusIndex: 41,
        credentialId: '430200#41',
        kid: publicJwk.kid,
        alg,
        tier: 'B',
        name: '张*明',
        validFrom: '2026-07-01T00:00:00.000Z',
        validUntil: '2027-07-01T00:00:00.000Z',
        disclosed: [],
      },
    });
    expect(
      await verifyPresentedCredential(
        code,
        () => [publicJwk],
        () => encodeStatusList([41]),
        now,
      ),
    ).toMatchObject({ status: 'revoked', reason: 'revoked' });
    expect(await verifyPresentedCredential(code, [publicJwk], null, new Date('2027-07-01T00:00:00Z'))).toMatchObject({ status: 'expired', reason: 'expired' });
    expect(await verifyPresentedCredential(code, [publicJwk], null, new Date('2026-06-30T00:00:00Z'))).toMatchObject({
      status: 'expired',
      reason: 'not_yet_valid',
    });
  });

  it('refuses a forged, mistyped, malformed or unlisted code with its reason', async () => {
    const { publicJwk, privateKey } = await generateKey(alg);
    const other = await generateKey(alg);
    const code = await signCompactTalentCode(credential, privateKey);
    expect(await verifyPresentedCredential(code, [other.publicJwk], null, now)).toEqual({ status: 'forged', reason: 'unknown_key', claims: null });
    const [h, , s] = code.split('.');
    const edited = `${h}.${Buffer.from(JSON.stringify({ ...credential, tier: 'A' })).toString('base64url')}.${s}`;
    expect(await verifyPresentedCredential(edited, [publicJwk], null, now)).toEqual({ status: 'forged', reason: 'bad_signature', claims: null });
    const notACode = await signCompact({ iss: '430200', sl: 1, iat: 1, exp: 2, tier: 'A', name: 'x' }, 'other+jwt', privateKey);
    expect(await verifyPresentedCredential(notACode, [publicJwk], null, now)).toEqual({ status: 'forged', reason: 'bad_claims', claims: null });
    expect(await verifyPresentedCredential(code.slice(0, 80), [publicJwk], null, now)).toEqual({ status: 'malformed', reason: 'structure', claims: null });
  });

  it('refuses a code whose index the status list does not hold (status_unknown), rather than calling it valid', async () => {
    const { publicJwk, privateKey } = await generateKey(alg);
    const code = await signCompactTalentCode({ ...credential, sl: 131_072 }, privateKey);
    expect(await verifyPresentedCredential(code, [publicJwk], encodeStatusList([]), now)).toMatchObject({ status: 'revoked', reason: 'status_unknown' });
  });

  it('SD-JWT: tier and validity always; name, employer and city only when disclosed', async () => {
    const { publicJwk, privateKey } = await generateKey(alg);
    const sdJwt = await issueSdJwt(sdInput, privateKey);
    const full = await verifySdJwt(sdJwt, [publicJwk], now);
    expect(full).toMatchObject({
      status: 'valid',
      claims: { format: 'sd-jwt', tier: 'B', name: '张三明', employer: '中车株洲电力机车有限公司', city: '株洲市' },
    });
    expect(full.claims?.disclosed.sort()).toEqual(['city', 'employer', 'name']);

    const tierOnly = await verifySdJwt(presentSdJwt(sdJwt, []), [publicJwk], now);
    expect(tierOnly).toMatchObject({ status: 'valid', claims: { tier: 'B', validUntil: '2027-07-01T00:00:00.000Z', disclosed: [] } });
    expect(tierOnly.claims).not.toHaveProperty('name');
    expect(tierOnly.claims).not.toHaveProperty('employer');

    const nameOnly = await verifyPresentedCredential(presentSdJwt(sdJwt, ['name']), [publicJwk], encodeStatusList([]), now);
    expect(nameOnly.claims).toMatchObject({ name: '张三明', disclosed: ['name'] });
    expect(nameOnly.claims).not.toHaveProperty('employer');
    expect(nameOnly.claims).not.toHaveProperty('city');
    expect(await verifyPresentedCredential(presentSdJwt(sdJwt, ['city']), [publicJwk], encodeStatusList([41]), now)).toMatchObject({ status: 'revoked' });
  });

  it('SD-JWT: a tampered, duplicated or foreign disclosure makes the presentation forged', async () => {
    const { publicJwk, privateKey } = await generateKey(alg);
    const sdJwt = await issueSdJwt(sdInput, privateKey);
    const [jwt, ...disclosures] = sdJwt.split('~');
    const [salt] = JSON.parse(Buffer.from(disclosures[0]!, 'base64url').toString()) as [string];
    const lie = Buffer.from(JSON.stringify([salt, 'name', '李四'])).toString('base64url');
    expect(await verifySdJwt(`${jwt}~${lie}~`, [publicJwk], now)).toEqual({ status: 'forged', reason: 'bad_disclosure', claims: null });
    expect(await verifySdJwt(`${jwt}~${disclosures[0]}~${disclosures[0]}~`, [publicJwk], now)).toMatchObject({ status: 'forged', reason: 'bad_disclosure' });
    const foreign = (await issueSdJwt(sdInput, privateKey)).split('~')[1];
    expect(await verifySdJwt(`${jwt}~${foreign}~`, [publicJwk], now)).toMatchObject({ status: 'forged', reason: 'bad_disclosure' });
    expect(await verifySdJwt(`${jwt}~not-json~`, [publicJwk], now)).toEqual({ status: 'malformed', reason: 'structure', claims: null });
    expect(await verifySdJwt(`${jwt}~${disclosures[0]}`, [publicJwk], now)).toEqual({ status: 'malformed', reason: 'structure', claims: null });
  });
});

it('presentSdJwt refuses text that is not an SD-JWT', () => {
  expect(() => presentSdJwt('abc', ['name'])).toThrow(TypeError);
});
