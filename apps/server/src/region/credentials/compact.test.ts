import { describe, expect, it } from 'vitest';
import { generateKey, signCompact, verifyCompact, type SigningAlg } from './index.js';

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe.each<SigningAlg>(['EdDSA', 'SM2'])('compact JWS with %s', (alg) => {
  it('round-trips: the payload and header come back from a good signature', async () => {
    const { publicJwk, privateKey } = await generateKey(alg);
    const token = await signCompact({ iss: '430200', n: '张*明' }, 'tc', privateKey);
    const result = await verifyCompact(token, [publicJwk]);
    expect(result).toEqual({ ok: true, header: { alg, kid: publicJwk.kid, typ: 'tc' }, payload: { iss: '430200', n: '张*明' } });
    expect(publicJwk.kid).toHaveLength(8);
    expect(Buffer.from(token.split('.')[2]!, 'base64url')).toHaveLength(64);
  });

  it('refuses a changed payload, header or signature as bad_signature', async () => {
    const { publicJwk, privateKey } = await generateKey(alg);
    const token = await signCompact({ tier: 'C' }, 'tc', privateKey);
    const [h, , s] = token.split('.') as [string, string, string];
    const otherPayload = `${h}.${b64({ tier: 'A' })}.${s}`;
    const otherHeader = `${b64({ alg, kid: publicJwk.kid, typ: 'other' })}.${token.split('.')[1]}.${s}`;
    const sig = Buffer.from(s, 'base64url');
    sig[10]! ^= 1;
    const otherSignature = `${h}.${token.split('.')[1]}.${sig.toString('base64url')}`;
    for (const t of [otherPayload, otherHeader, otherSignature]) {
      expect(await verifyCompact(t, [publicJwk])).toEqual({ ok: false, reason: 'bad_signature' });
    }
  });

  it('names an unknown kid, a wrong algorithm and a truncated token', async () => {
    const { publicJwk, privateKey } = await generateKey(alg);
    const other = await generateKey(alg);
    const token = await signCompact({ a: 1 }, 'tc', privateKey);
    expect(await verifyCompact(token, [other.publicJwk])).toEqual({ ok: false, reason: 'unknown_key' });
    expect(await verifyCompact(token, [{ ...other.publicJwk, kid: publicJwk.kid }])).toEqual({ ok: false, reason: 'bad_signature' });
    const [, p, s] = token.split('.') as [string, string, string];
    expect(await verifyCompact(`${b64({ alg: 'ES256', kid: publicJwk.kid })}.${p}.${s}`, [publicJwk])).toEqual({ ok: false, reason: 'unsupported_alg' });
    expect(await verifyCompact(`${b64({ alg: 'none', kid: publicJwk.kid })}.${p}.`, [publicJwk])).toEqual({ ok: false, reason: 'structure' });
    const otherAlg = alg === 'EdDSA' ? 'SM2' : 'EdDSA';
    expect(await verifyCompact(`${b64({ alg: otherAlg, kid: publicJwk.kid })}.${p}.${s}`, [publicJwk])).toEqual({ ok: false, reason: 'unsupported_alg' });
    expect(await verifyCompact(token.slice(0, -10), [publicJwk])).toEqual({ ok: false, reason: 'structure' });
    expect(await verifyCompact(token.slice(0, token.lastIndexOf('.')), [publicJwk])).toEqual({ ok: false, reason: 'structure' });
    expect(await verifyCompact('not a token', [publicJwk])).toEqual({ ok: false, reason: 'structure' });
  });
});

it('an SM2 signature with r or s out of range is refused', async () => {
  const { publicJwk, privateKey } = await generateKey('SM2');
  const token = await signCompact({ a: 1 }, 'tc', privateKey);
  const [h, p] = token.split('.') as [string, string, string];
  const zeros = Buffer.alloc(64).toString('base64url');
  const ones = Buffer.alloc(64, 0xff).toString('base64url');
  expect(await verifyCompact(`${h}.${p}.${zeros}`, [publicJwk])).toEqual({ ok: false, reason: 'bad_signature' });
  expect(await verifyCompact(`${h}.${p}.${ones}`, [publicJwk])).toEqual({ ok: false, reason: 'bad_signature' });
});
