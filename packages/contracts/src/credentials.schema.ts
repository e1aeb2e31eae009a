import { z } from 'zod';
import { TIERS } from './enums.js';
import { TALENT_CODE_REASONS, TALENT_CODE_STATUSES } from './talent-code.schema.js';

/**
 * Credentials that travel between the region's instances (formats in docs/credentials.md):
 * the compact talent code (QR), its selective-disclosure form (SD-JWT, RFC 9901) and the
 * instance's bitstring status list (W3C VC 2.0).
 */

/** Signature algorithms an instance may sign with (`BOLE_SIGNING_ALG`): Ed25519, or SM2 with SM3 (国密). */
export const SIGNING_ALGS = ['EdDSA', 'SM2'] as const;
export type SigningAlgName = (typeof SIGNING_ALGS)[number];

/** Claims the talent may choose to disclose in an SD-JWT presentation; tier and validity are always visible. */
export const SD_JWT_DISCLOSABLE = ['name', 'employer', 'city'] as const;
export type SdJwtDisclosable = (typeof SD_JWT_DISCLOSABLE)[number];

/** What a verifier learns from a presented credential whose signature is good. */
export const presentedCredentialClaims = z.object({
  format: z.enum(['compact', 'sd-jwt']),
  /** Issuer's administrative division code (`iss`). */
  issuer: z.string(),
  /** Index in the issuer's status list (`sl`). */
  statusIndex: z.number().int(),
  /** Region-wide credential id: `<issuer>#<statusIndex>`. */
  credentialId: z.string(),
  kid: z.string(),
  alg: z.enum(SIGNING_ALGS),
  tier: z.enum(TIERS),
  validFrom: z.string(),
  validUntil: z.string(),
  /** The compact code's masked name, or an SD-JWT's disclosed full name. */
  name: z.string().optional(),
  employer: z.string().optional(),
  city: z.string().optional(),
  /** For an SD-JWT: the claims the holder disclosed. */
  disclosed: z.array(z.enum(SD_JWT_DISCLOSABLE)),
});
export type PresentedCredentialClaims = z.infer<typeof presentedCredentialClaims>;

/** The outcome of verifying a presented credential; `claims` present when the signature is good. */
export const presentedCredentialResult = z.object({
  status: z.enum(TALENT_CODE_STATUSES),
  reason: z.enum(TALENT_CODE_REASONS).nullable(),
  claims: presentedCredentialClaims.nullable(),
});
export type PresentedCredentialResult = z.infer<typeof presentedCredentialResult>;

/** GET /api/v1/region/status-list: the signed list (`token`, a compact JWS of `{iss, iat, exp, list}`) and its parts for reading. */
export const statusListDocument = z.object({
  token: z.string(),
  iss: z.string(),
  iat: z.number().int(),
  exp: z.number().int(),
  /** Number of entries in the bitstring. */
  size: z.number().int(),
});
export type StatusListDocument = z.infer<typeof statusListDocument>;

/** POST /api/v1/talent-code/sd-jwt: the talent's SD-JWT (all disclosures) and what each disclosure says. */
export const issuedSdJwt = z.object({
  sdJwt: z.string(),
  disclosable: z.array(z.object({ claim: z.enum(SD_JWT_DISCLOSABLE), value: z.string() })),
  validUntil: z.string(),
});
export type IssuedSdJwt = z.infer<typeof issuedSdJwt>;

/** The claim name of an SD-JWT disclosure `base64url([salt, claim, value])`; null when it is not one. */
function claimOfDisclosure(disclosure: string): string | null {
  try {
    const binary = atob(disclosure.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    return Array.isArray(value) && typeof value[1] === 'string' ? value[1] : null;
  } catch {
    return null;
  }
}

/**
 * The holder's presentation of an SD-JWT (RFC 9901, no key binding): the issuer-signed part
 * with only the disclosures of the claims in `keep`, `<jwt>~<d>~…~`. Runs in the browser and
 * on the server alike. Throws a TypeError when `sdJwt` is not an SD-JWT.
 */
export function presentSdJwt(sdJwt: string, keep: readonly SdJwtDisclosable[]): string {
  const parts = sdJwt.trim().split('~');
  if (parts.length < 2 || parts[parts.length - 1] !== '' || parts[0]!.split('.').length !== 3) {
    throw new TypeError('not an SD-JWT (<jwt>~<disclosure>~…~)');
  }
  const chosen = parts.slice(1, -1).filter((d) => (keep as readonly string[]).includes(claimOfDisclosure(d) ?? ''));
  return `${parts[0]}~${chosen.map((d) => `${d}~`).join('')}`;
}

/** POST /api/v1/talent-code/sd-jwt/verify body: an SD-JWT presentation as scanned or pasted. */
export const verifyPresentationInput = z
  .object({
    presentation: z.string().trim().min(1, 'is required').max(8192, 'is too long to be an SD-JWT presentation'),
  })
  .strict();
export type VerifyPresentationInput = z.infer<typeof verifyPresentationInput>;
