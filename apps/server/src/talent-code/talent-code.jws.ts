/**
 * Talent-code key material: a new key of the instance's algorithm (EdDSA or SM2, through the
 * region's credentials) and its public JWK as published in `/.well-known/jwks.json`. No I/O.
 */
import type { PublicSigningJwk } from '@bole/contracts';
import { generateKey, type PrivateKey, type SigningAlg } from '../region/credentials/index.js';

/** A new key pair as JWKs, with the short RFC 7638 thumbprint as `kid`. */
export interface GeneratedSigningKey {
  kid: string;
  alg: SigningAlg;
  publicJwk: { kty: string; crv: string; x: string; y?: string };
  privateJwk: PrivateKey['privateJwk'];
}

/** Generates a key pair of `alg`. */
export async function generateSigningKey(alg: SigningAlg = 'EdDSA'): Promise<GeneratedSigningKey> {
  const { publicJwk, privateKey } = await generateKey(alg);
  const { kty, crv, x, y } = publicJwk;
  return { kid: publicJwk.kid, alg, publicJwk: y === undefined ? { kty, crv, x } : { kty, crv, x, y }, privateJwk: privateKey.privateJwk };
}

/** The public JWK as published in `/.well-known/jwks.json`. */
export function toPublishedJwk(kid: string, jwk: { x: string; y?: string }, alg: string = 'EdDSA'): PublicSigningJwk {
  if (alg === 'SM2') return { kty: 'EC', crv: 'SM2', x: jwk.x, y: jwk.y ?? '', kid, alg: 'SM2', use: 'sig' };
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid, alg: 'EdDSA', use: 'sig' };
}
