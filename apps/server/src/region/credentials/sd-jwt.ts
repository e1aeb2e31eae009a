/**
 * SD-JWT (RFC 9901) of a talent's recognition: the issuer signs `{iss, sl, iat, exp, tier,
 * _sd, _sd_alg}` (header `typ: "tc+sd-jwt"`); name, employer and city travel as disclosures
 * `[salt, claim, value]` whose SHA-256 digests are in `_sd`. The holder presents
 * `<jwt>~<disclosure>~…~` with the disclosures they choose (no key binding).
 *
 * Written here rather than taken from `@sd-jwt/core`: that package's current release depends
 * on a pre-release (`@owf/identity-common` 0.1.0-alpha), and the format needed is the few
 * lines below; SM2 signing goes through the same `signCompact` as the compact code.
 */
import { createHash, randomBytes } from 'node:crypto';
import { SD_JWT_DISCLOSABLE, type SdJwtDisclosable, type Tier } from '@bole/contracts';
import { signCompact } from './compact.js';
import type { PrivateKey } from './keys.js';
import { toSeconds } from './talent-credential.js';

/** The JWS `typ` of the issuer-signed part. */
export const SD_JWT_TYP = 'tc+sd-jwt';

/** What the issuer puts in an SD-JWT. */
export interface SdJwtInput {
  iss: string;
  sl: number;
  tier: Tier;
  issuedAt: Date;
  validUntil: Date;
  /** Disclosable claims; an absent value is not offered. */
  disclosable: Partial<Record<SdJwtDisclosable, string>>;
}

/** A disclosure, decoded. */
export interface Disclosure {
  encoded: string;
  claim: string;
  value: unknown;
  digest: string;
}

const digestOf = (encoded: string) => createHash('sha256').update(encoded, 'ascii').digest('base64url');

/** Encodes a disclosure `[salt, claim, value]` with a 128-bit salt. */
function disclose(claim: string, value: string): string {
  return Buffer.from(JSON.stringify([randomBytes(16).toString('base64url'), claim, value])).toString('base64url');
}

/** Issues an SD-JWT carrying every disclosure (`<jwt>~<d1>~…~`). */
export async function issueSdJwt(input: SdJwtInput, key: PrivateKey): Promise<string> {
  const disclosures = SD_JWT_DISCLOSABLE.flatMap((claim) => {
    const value = input.disclosable[claim];
    return value === undefined || value === '' ? [] : [disclose(claim, value)];
  });
  const payload = {
    iss: input.iss,
    sl: input.sl,
    iat: toSeconds(input.issuedAt),
    exp: toSeconds(input.validUntil),
    tier: input.tier,
    _sd: disclosures.map(digestOf).sort(),
    _sd_alg: 'sha-256',
  };
  const jwt = await signCompact(payload, SD_JWT_TYP, key);
  return `${jwt}~${disclosures.map((d) => `${d}~`).join('')}`;
}

/** Decodes one disclosure; null when it is not a base64url JSON array `[salt, claim, value]`. */
export function decodeDisclosure(encoded: string): Disclosure | null {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || typeof value[1] !== 'string') return null;
    return { encoded, claim: value[1], value: value[2], digest: digestOf(encoded) };
  } catch {
    return null;
  }
}

/** The parts of an SD-JWT (or presentation) without key binding; null when it is not one. */
export function splitSdJwt(text: string): { jwt: string; disclosures: Disclosure[] } | null {
  const parts = text.trim().split('~');
  if (parts.length < 2 || parts[parts.length - 1] !== '') return null;
  const disclosures = parts.slice(1, -1).map(decodeDisclosure);
  if (disclosures.some((d) => d === null)) return null;
  return { jwt: parts[0]!, disclosures: disclosures as Disclosure[] };
}

/**
 * The disclosed claims, checked against the signed `_sd` digests: each disclosure must match a
 * digest, once, and name a disclosable claim with a string value. Null when one does not.
 */
export function disclosedClaims(payload: Record<string, unknown>, disclosures: readonly Disclosure[]): Partial<Record<SdJwtDisclosable, string>> | null {
  const digests = Array.isArray(payload._sd) ? (payload._sd as unknown[]) : [];
  if (payload._sd_alg !== 'sha-256') return null;
  const claims: Partial<Record<SdJwtDisclosable, string>> = {};
  const seen = new Set<string>();
  for (const d of disclosures) {
    if (seen.has(d.digest) || !digests.includes(d.digest)) return null;
    seen.add(d.digest);
    const claim = d.claim as SdJwtDisclosable;
    if (!SD_JWT_DISCLOSABLE.includes(claim) || typeof d.value !== 'string' || claims[claim] !== undefined) return null;
    claims[claim] = d.value;
  }
  return claims;
}
