/**
 * Ed25519 key material and signing of talent codes with `jose`. No I/O: keys come in and go
 * out as JWKs; the service stores them.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { PublicSigningJwk, Tier } from '@bole/contracts';
import { TALENT_CODE_TYP } from './talent-code.rules.js';

/** A new key pair as JWKs, with its RFC 7638 thumbprint as `kid`. */
export interface GeneratedSigningKey {
  kid: string;
  publicJwk: { kty: string; crv: string; x: string };
  privateJwk: JWK;
}

/** Generates an Ed25519 key pair. */
export async function generateSigningKey(): Promise<GeneratedSigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const pub = await exportJWK(publicKey);
  const priv = await exportJWK(privateKey);
  const publicJwk = { kty: pub.kty!, crv: pub.crv!, x: pub.x! };
  return { kid: await calculateJwkThumbprint(publicJwk), publicJwk, privateJwk: priv };
}

/** The public JWK as published in `/.well-known/jwks.json`. */
export function toPublishedJwk(kid: string, jwk: { x: string }): PublicSigningJwk {
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid, alg: 'EdDSA', use: 'sig' };
}

/** What a talent code says. */
export interface TalentCodePayload {
  jti: string;
  issuer: string;
  /** Masked name. */
  name: string;
  tier: Tier;
  city: string;
  cityCode: string;
  issuedAt: Date;
  validFrom: Date;
  validUntil: Date;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * Signs a talent code: header `{alg: EdDSA, kid, typ: talent-code+jwt}`, registered claims
 * `iss`, `jti`, `iat`, `nbf`, `exp`, and `name`, `tier`, `city`, `cityCode`.
 * No `sub`: the holder's internal id does not leave the instance.
 */
export async function signTalentCode(payload: TalentCodePayload, key: { kid: string; privateJwk: JWK }): Promise<string> {
  const privateKey = await importJWK(key.privateJwk, 'EdDSA');
  return new SignJWT({ name: payload.name, tier: payload.tier, city: payload.city, cityCode: payload.cityCode })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: TALENT_CODE_TYP })
    .setIssuer(payload.issuer)
    .setJti(payload.jti)
    .setIssuedAt(seconds(payload.issuedAt))
    .setNotBefore(seconds(payload.validFrom))
    .setExpirationTime(seconds(payload.validUntil))
    .sign(privateKey);
}
