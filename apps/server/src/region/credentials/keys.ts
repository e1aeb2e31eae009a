/**
 * Signing keys as JWKs for the two algorithms an instance may use: Ed25519 (`EdDSA`, through
 * jose) and SM2 (国密, through sm-crypto-v2). No I/O: keys go out as JWKs; callers store them.
 *
 * SM2 JWK encoding (no registered JOSE form exists; see docs/credentials.md):
 * `{kty: "EC", crv: "SM2", x, y}` with x and y the 32-byte big-endian affine coordinates,
 * base64url; the private JWK adds `d` (32 bytes).
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { sm2 } from 'sm-crypto-v2';
import type { SigningAlgName } from '@bole/contracts';

/** The signature algorithms an instance may sign with (`SIGNING_ALGS` in contracts). */
export type SigningAlg = SigningAlgName;

/** A public key as published (JWKS, trust list). */
export interface PublicKeyJwk {
  kid: string;
  kty: string;
  crv: string;
  x: string;
  y?: string;
  alg: SigningAlg;
}

/** A private key ready to sign with. */
export interface PrivateKey {
  kid: string;
  alg: SigningAlg;
  privateJwk: Record<string, unknown>;
}

/** Length of a key id: the first characters of the RFC 7638 thumbprint (48 bits). */
export const KID_LENGTH = 8;

const hexToB64url = (hex: string) => Buffer.from(hex, 'hex').toString('base64url');

/** The short key id of a public JWK: its RFC 7638 SHA-256 thumbprint, cut to `KID_LENGTH`. */
export async function kidOf(jwk: { kty: string; crv: string; x: string; y?: string }): Promise<string> {
  const members = jwk.y === undefined ? { kty: jwk.kty, crv: jwk.crv, x: jwk.x } : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  return (await calculateJwkThumbprint(members)).slice(0, KID_LENGTH);
}

async function generateEd25519(): Promise<{ publicJwk: PublicKeyJwk; privateKey: PrivateKey }> {
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const pub = await exportJWK(pair.publicKey);
  const priv = await exportJWK(pair.privateKey);
  const kid = await kidOf({ kty: 'OKP', crv: 'Ed25519', x: pub.x! });
  return {
    publicJwk: { kid, kty: 'OKP', crv: 'Ed25519', x: pub.x!, alg: 'EdDSA' },
    privateKey: { kid, alg: 'EdDSA', privateJwk: { kty: 'OKP', crv: 'Ed25519', x: priv.x!, d: priv.d! } },
  };
}

function generateSm2(): Promise<{ publicJwk: PublicKeyJwk; privateKey: PrivateKey }> {
  const pair = sm2.generateKeyPairHex();
  // publicKey: "04" ‖ x (64 hex) ‖ y (64 hex); privateKey: 64 hex.
  const x = hexToB64url(pair.publicKey.slice(2, 66));
  const y = hexToB64url(pair.publicKey.slice(66, 130));
  const d = hexToB64url(pair.privateKey.padStart(64, '0'));
  return kidOf({ kty: 'EC', crv: 'SM2', x, y }).then((kid) => ({
    publicJwk: { kid, kty: 'EC', crv: 'SM2', x, y, alg: 'SM2' },
    privateKey: { kid, alg: 'SM2', privateJwk: { kty: 'EC', crv: 'SM2', x, y, d } },
  }));
}

/** A new key pair of `alg`, its `kid` the short thumbprint of the public key. */
export async function generateKey(alg: SigningAlg): Promise<{ publicJwk: PublicKeyJwk; privateKey: PrivateKey }> {
  return alg === 'SM2' ? generateSm2() : generateEd25519();
}

/** The public half of a private key, as published. */
export function publicJwkOf(key: PrivateKey): PublicKeyJwk {
  const j = key.privateJwk as { kty: string; crv: string; x: string; y?: string };
  return j.y === undefined
    ? { kid: key.kid, kty: j.kty, crv: j.crv, x: j.x, alg: key.alg }
    : { kid: key.kid, kty: j.kty, crv: j.crv, x: j.x, y: j.y, alg: key.alg };
}
