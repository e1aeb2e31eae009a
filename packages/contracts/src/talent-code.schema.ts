import { z } from 'zod';
import { TIERS } from './enums.js';

/**
 * The talent code (人才码): a compact JWS signed with Ed25519 (`alg: EdDSA`) or SM2 with SM3
 * (`alg: SM2`) by the issuing city's instance (docs/credentials.md). Anyone holding the
 * issuer's public keys (`/.well-known/jwks.json` or the region's trust list) and its status
 * list (`/api/v1/region/status-list`) or revocation list (`/api/v1/talent-code/revocations`)
 * can verify it offline.
 */

/** Outcome of a verification. `malformed` = not a complete compact JWS at all. */
export const TALENT_CODE_STATUSES = ['valid', 'expired', 'revoked', 'forged', 'malformed'] as const;
export type TalentCodeStatus = (typeof TALENT_CODE_STATUSES)[number];

/** The claims a good signature vouches for, in plain form (instants as ISO 8601 UTC). */
export const talentCodeClaims = z.object({
  /**
   * Credential id: for a compact code `<issuer>#<statusIndex>`; for a code issued before the
   * region (`typ: talent-code+jwt`) its `jti` (a UUID), the handle in the revocation list.
   */
  jti: z.string(),
  /** The issuing instance (`iss`): its administrative division code; before the region its public origin or `urn:bole:city:<cityCode>`. */
  issuer: z.string(),
  /** Index in the issuer's status list (`sl`); null for a code issued before the region. */
  statusIndex: z.number().int().nullable(),
  /** Signing key id (`kid` header). */
  kid: z.string(),
  /** Masked name of the holder, e.g. 张*明. */
  name: z.string(),
  tier: z.enum(TIERS),
  /** Issuing city and its 6-digit administrative division code. */
  city: z.string(),
  cityCode: z.string(),
  issuedAt: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
});
export type TalentCodeClaims = z.infer<typeof talentCodeClaims>;

/** POST /api/v1/talent-code/verify body: the scanned code (the QR content). */
export const verifyTalentCodeInput = z
  .object({
    code: z.string().trim().min(1, 'is required').max(4096, 'is too long to be a talent code'),
  })
  .strict();
export type VerifyTalentCodeInput = z.infer<typeof verifyTalentCodeInput>;

/**
 * Why a code is not valid, for machines: `unknown_key` means the verifier's key set lacks the
 * code's `kid` (refresh the JWKS once before treating it as forged); `bad_disclosure` an SD-JWT
 * disclosure the issuer did not sign; `status_unknown` a status-list index the verifier's copy
 * of the list does not hold (refused until the list is refreshed).
 */
export const TALENT_CODE_REASONS = [
  'structure',
  'unsupported_alg',
  'unknown_key',
  'bad_signature',
  'bad_claims',
  'not_yet_valid',
  'expired',
  'revoked',
  'bad_disclosure',
  'status_unknown',
] as const;
export type TalentCodeReason = (typeof TALENT_CODE_REASONS)[number];

/**
 * A verification result. The HTTP endpoint answers 200 with `valid`, `expired`, `revoked` or
 * `forged`, and 400 `BOLE_MALFORMED_CODE` when the code is not a JWS at all; the offline
 * function returns `malformed` in that case.
 */
export const talentCodeVerification = z.object({
  status: z.enum(TALENT_CODE_STATUSES),
  reason: z.enum(TALENT_CODE_REASONS).nullable(),
  message: z.object({ zh: z.string(), en: z.string() }),
  /** Present when the signature is good (also for expired and revoked codes). */
  claims: talentCodeClaims.nullable(),
  /** When revoked: the revocation instant. */
  revokedAt: z.string().nullable(),
  checkedAt: z.string(),
});
export type TalentCodeVerification = z.infer<typeof talentCodeVerification>;

/**
 * One public key as published in the JWKS: Ed25519 (`OKP`), or SM2 (`EC`, `crv: SM2`, the
 * point's 32-byte x and y base64url; see docs/credentials.md) on an instance signing with SM2.
 */
export const publicSigningJwk = z.union([
  z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string(), kid: z.string(), alg: z.literal('EdDSA'), use: z.literal('sig') }),
  z.object({ kty: z.literal('EC'), crv: z.literal('SM2'), x: z.string(), y: z.string(), kid: z.string(), alg: z.literal('SM2'), use: z.literal('sig') }),
]);
export type PublicSigningJwk = z.infer<typeof publicSigningJwk>;

/** GET /.well-known/jwks.json */
export const jwksDocument = z.object({ keys: z.array(publicSigningJwk) });
export type JwksDocument = z.infer<typeof jwksDocument>;

/** GET /api/v1/talent-code/revocations: revoked, not long expired credential ids. */
export const talentCodeRevocations = z.object({
  issuer: z.string(),
  generatedAt: z.string(),
  /** `sl`: the code's index in the status list (codes issued before it have none). */
  revoked: z.array(z.object({ jti: z.string(), revokedAt: z.string(), sl: z.number().int().nullable().optional() })),
});
export type TalentCodeRevocations = z.infer<typeof talentCodeRevocations>;

/** GET /api/v1/talent-code/me: the caller's current code with its QR image. */
export const myTalentCode = z.object({
  jti: z.string(),
  /** What the QR code holds: `TC1:` + Base45 of the signed code (≤ 300 characters); a code issued before the region: its JWS. */
  code: z.string(),
  tier: z.enum(TIERS),
  name: z.string(),
  issuer: z.string(),
  /** Who issued it, as people read it: the city's operator (its 人才工作领导小组办公室), else the city. */
  issuerName: z.object({ zh: z.string(), en: z.string() }),
  validFrom: z.string(),
  validUntil: z.string(),
  /** PNG of the QR code (its content is `code`) as a `data:image/png;base64,…` URL. */
  qrPng: z.string(),
});
export type MyTalentCode = z.infer<typeof myTalentCode>;

/** POST /api/v1/talent-code/:jti/revoke */
export const revokeTalentCodeParams = z
  .object({
    jti: z.union(
      [z.string().uuid(), z.string().regex(/^\d{6}#\d{1,9}$/)],
      'must be a talent code id: a UUID, or <admin code>#<status index> as a verified code names it',
    ),
  })
  .strict();
export const revokeTalentCodeInput = z.object({ reason: z.string().trim().min(2, 'must say why (at least 2 characters)').max(500) }).strict();
export type RevokeTalentCodeInput = z.infer<typeof revokeTalentCodeInput>;

/** The revocation as recorded. */
export const talentCodeRevocation = z.object({
  jti: z.string(),
  revokedAt: z.string(),
  reason: z.string(),
});
export type TalentCodeRevocation = z.infer<typeof talentCodeRevocation>;
