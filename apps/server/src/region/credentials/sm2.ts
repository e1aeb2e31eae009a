/**
 * SM2 signatures with SM3 (GB/T 32918, GM/T 0003) over JWS signing input, through
 * sm-crypto-v2. The digest is SM3(Z ‖ message) with Z from the default user id
 * `1234567812345678`; the signature is r ‖ s, 32 bytes each, big-endian (64 bytes, like
 * JOSE's ECDSA form). Public points are parsed and precomputed once per key.
 */
import { sm2, sm3 } from 'sm-crypto-v2';

/** The order n of the SM2 curve: r and s must lie in [1, n-1]. */
const SM2_ORDER = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

/** Bytes of an SM2 signature r ‖ s. */
export const SM2_SIGNATURE_BYTES = 64;

const b64urlToHex = (s: string) => Buffer.from(s, 'base64url').toString('hex');

interface PreparedKey {
  point: ReturnType<typeof sm2.precomputePublicKey>;
  z: Uint8Array;
}
const prepared = new Map<string, PreparedKey>();

function prepare(x: string, y: string): PreparedKey {
  const cacheKey = `${x}.${y}`;
  let key = prepared.get(cacheKey);
  if (!key) {
    const hex = `04${b64urlToHex(x)}${b64urlToHex(y)}`;
    if (hex.length !== 130) throw new Error('SM2 public key coordinates must be 32 bytes each');
    key = { point: sm2.precomputePublicKey(hex), z: sm2.getZ(hex) };
    if (prepared.size > 256) prepared.clear();
    prepared.set(cacheKey, key);
  }
  return key;
}

function digestHex(z: Uint8Array, message: Uint8Array): string {
  const both = new Uint8Array(z.length + message.length);
  both.set(z);
  both.set(message, z.length);
  return sm3(both);
}

/** Signs `message` with the private JWK `{x, y, d}`; returns r ‖ s (64 bytes). */
export function sm2Sign(message: Uint8Array, jwk: { x: string; y: string; d: string }): Uint8Array {
  const { z } = prepare(jwk.x, jwk.y);
  const hex = sm2.doSignature(Buffer.from(digestHex(z, message), 'hex'), b64urlToHex(jwk.d), { hash: false, der: false });
  return Buffer.from(hex.padStart(128, '0'), 'hex');
}

/** Verifies r ‖ s over `message` with the public JWK `{x, y}`; false for any bad input. */
export function sm2Verify(message: Uint8Array, signature: Uint8Array, jwk: { x: string; y: string }): boolean {
  if (signature.length !== SM2_SIGNATURE_BYTES) return false;
  const hex = Buffer.from(signature).toString('hex');
  const r = BigInt(`0x${hex.slice(0, 64)}`);
  const s = BigInt(`0x${hex.slice(64)}`);
  if (r < 1n || r >= SM2_ORDER || s < 1n || s >= SM2_ORDER) return false;
  try {
    const { point, z } = prepare(jwk.x, jwk.y);
    return sm2.doVerifySignature(Buffer.from(digestHex(z, message), 'hex'), hex, point, { hash: false, der: false });
  } catch {
    return false;
  }
}
