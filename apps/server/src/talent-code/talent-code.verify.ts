/**
 * Offline verification of a talent code: needs only the issuer's JWKS and revocation list
 * (fetched from `/.well-known/jwks.json` and `/api/v1/talent-code/revocations`, cached as the
 * verifier likes) and the current time. No database, no network: service points and partner
 * cities call it directly; the server's own verify endpoint calls it too.
 *
 * Order of checks: structure (→ malformed), algorithm and key (→ forged), signature
 * (→ forged), claims (→ forged), validity window (→ expired), revocation (→ revoked).
 * A revoked code that has also expired is reported as `expired`.
 */
import { compactVerify, errors as joseErrors, importJWK } from 'jose';
import { z } from 'zod';
import { TIERS, type TalentCodeClaims, type TalentCodeReason, type TalentCodeStatus, type TalentCodeVerification } from '@bole/contracts';
import { businessDate } from '../platform/clock.js';
import { CLOCK_LEEWAY_SECONDS, TALENT_CODE_TYP } from './talent-code.rules.js';

/** A key set as served at `/.well-known/jwks.json` (extra members are ignored). */
export interface JwksLike {
  keys: ReadonlyArray<{ kid?: string; kty?: string; crv?: string; x?: string; [k: string]: unknown }>;
}

/** Revoked credential ids, or the `revoked` array of the revocation list as served. */
export type RevokedIds = Iterable<string | { jti: string; revokedAt: string }>;

/** Options of `verifyTalentCode`. */
export interface VerifyOptions {
  /** Reject codes whose `iss` differs (a partner keeping key sets per issuer). */
  expectedIssuer?: string;
}

/** The parts of a compact JWS, decoded. */
export interface CompactJwsParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signature: Buffer;
}

const B64URL = /^[A-Za-z0-9_-]+$/;

function decodeSegment(segment: string): Buffer | null {
  if (!B64URL.test(segment) || segment.length % 4 === 1) return null;
  return Buffer.from(segment, 'base64url');
}

function decodeJsonObject(segment: string): Record<string, unknown> | null {
  const bytes = decodeSegment(segment);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Splits and decodes a compact JWS; null when the text is not one (wrong number of parts,
 * bad base64url, header or payload not a JSON object, empty signature).
 */
export function decodeCompactJws(token: string): CompactJwsParts | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  const [h, p, s] = parts as [string, string, string];
  const header = decodeJsonObject(h);
  const payload = decodeJsonObject(p);
  const signature = decodeSegment(s);
  if (!header || !payload || !signature || signature.length === 0) return null;
  return { header, payload, signature };
}

const ED25519_SIGNATURE_BYTES = 64;

const payloadSchema = z.object({
  iss: z.string().min(1),
  jti: z.string().min(1),
  iat: z.number().int(),
  nbf: z.number().int(),
  exp: z.number().int(),
  name: z.string(),
  tier: z.enum(TIERS),
  city: z.string(),
  cityCode: z.string(),
});

const iso = (s: number) => new Date(s * 1000).toISOString();

function revocationOf(jti: string, revoked: RevokedIds): { revokedAt: string | null } | null {
  for (const r of revoked) {
    if (typeof r === 'string') {
      if (r === jti) return { revokedAt: null };
    } else if (r.jti === jti) return { revokedAt: r.revokedAt };
  }
  return null;
}

/**
 * Verifies a talent code offline. `jwks` is the issuer's key set, `revokedIds` its revoked
 * credential ids, `now` the verifier's time. Never throws for a bad code: the answer is the
 * status, a machine reason, plain messages in Chinese and English, and — when the signature is
 * good — the claims. A `forged` result with reason `unknown_key` may mean the verifier's copy
 * of the JWKS is stale: refresh it once and verify again.
 */
export async function verifyTalentCode(
  token: string,
  jwks: JwksLike,
  revokedIds: RevokedIds,
  now: Date,
  options: VerifyOptions = {},
): Promise<TalentCodeVerification> {
  const checkedAt = now.toISOString();
  const result = (status: TalentCodeStatus, reason: TalentCodeReason | null, claims: TalentCodeClaims | null, revokedAt: string | null = null) => ({
    status,
    reason,
    message: messageFor(status, reason, claims, revokedAt),
    claims,
    revokedAt,
    checkedAt,
  });

  const parts = decodeCompactJws(token);
  if (!parts) return result('malformed', 'structure', null);
  const { header } = parts;
  if (header.alg !== 'EdDSA') return result('forged', 'unsupported_alg', null);
  if (parts.signature.length !== ED25519_SIGNATURE_BYTES) return result('malformed', 'structure', null);

  const jwk = typeof header.kid === 'string' ? jwks.keys.find((k) => k.kid === header.kid && k.kty === 'OKP' && k.crv === 'Ed25519') : undefined;
  if (!jwk) return result('forged', 'unknown_key', null);
  let payloadBytes: Uint8Array;
  try {
    const key = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }, 'EdDSA');
    ({ payload: payloadBytes } = await compactVerify(token.trim(), key, { algorithms: ['EdDSA'] }));
  } catch (err) {
    if (err instanceof joseErrors.JWSSignatureVerificationFailed || err instanceof joseErrors.JWSInvalid) {
      return result('forged', 'bad_signature', null);
    }
    return result('forged', 'unknown_key', null);
  }

  const parsed = payloadSchema.safeParse(JSON.parse(new TextDecoder().decode(payloadBytes)));
  if (!parsed.success || header.typ !== TALENT_CODE_TYP) return result('forged', 'bad_claims', null);
  const c = parsed.data;
  if (options.expectedIssuer !== undefined && c.iss !== options.expectedIssuer) return result('forged', 'bad_claims', null);
  const claims: TalentCodeClaims = {
    jti: c.jti,
    issuer: c.iss,
    kid: header.kid as string,
    name: c.name,
    tier: c.tier,
    city: c.city,
    cityCode: c.cityCode,
    issuedAt: iso(c.iat),
    validFrom: iso(c.nbf),
    validUntil: iso(c.exp),
  };

  const nowSeconds = now.getTime() / 1000;
  if (c.nbf > nowSeconds + CLOCK_LEEWAY_SECONDS) return result('expired', 'not_yet_valid', claims);
  if (c.exp <= nowSeconds) return result('expired', 'expired', claims);
  const revocation = revocationOf(c.jti, revokedIds);
  if (revocation) return result('revoked', 'revoked', claims, revocation.revokedAt);
  return result('valid', null, claims);
}

/** Plain-language messages for a verification outcome, Chinese and English. */
export function messageFor(
  status: TalentCodeStatus,
  reason: TalentCodeReason | null,
  claims: TalentCodeClaims | null,
  revokedAt: string | null,
): { zh: string; en: string } {
  const day = (isoInstant: string) => businessDate(new Date(isoInstant));
  switch (status) {
    case 'valid':
      return {
        zh: `人才码有效：${claims!.city} ${claims!.tier} 类人才 ${claims!.name}，有效期至 ${day(lastMoment(claims!.validUntil))}。`,
        en: `Valid: ${claims!.name}, a tier ${claims!.tier} talent of ${claims!.city} (${claims!.cityCode}), valid through ${day(lastMoment(claims!.validUntil))}.`,
      };
    case 'expired':
      if (reason === 'not_yet_valid') {
        return {
          zh: `人才码尚未生效（${day(claims!.validFrom)} 起生效），请勿受理。`,
          en: `This talent code is not valid yet (valid from ${day(claims!.validFrom)}); do not accept it.`,
        };
      }
      return {
        zh: `人才码已于 ${day(claims!.validUntil)} 过期，请持码人打开“我的人才码”出示最新的码。`,
        en: `This talent code expired on ${day(claims!.validUntil)}; ask the holder to open their current code.`,
      };
    case 'revoked':
      return {
        zh: `人才码已被撤销${revokedAt ? `（${day(revokedAt)}）` : ''}，不能再使用，请勿受理。`,
        en: `This talent code was revoked${revokedAt ? ` on ${day(revokedAt)}` : ''} and must not be accepted.`,
      };
    case 'forged':
      if (reason === 'unknown_key') {
        return {
          zh: '人才码的签名密钥无法识别：它不是由该城市签发的，或本地保存的公钥已过时。请刷新公钥后重试；仍无法识别则请勿受理。',
          en: "The code is signed with a key this verifier does not know: it was not issued by this city, or the local copy of the city's public keys is out of date. Refresh the keys and try again; if it still fails, do not accept the code.",
        };
      }
      return {
        zh: '人才码签名无效：内容被篡改或并非官方签发，请勿受理。',
        en: 'The signature does not match: this code was altered or not issued officially. Do not accept it.',
      };
    case 'malformed':
      return {
        zh: '这不是完整的人才码（可能扫描不完整），请重新扫描。',
        en: 'This is not a complete talent code (the scan may be cut off); scan it again.',
      };
  }
}

/** `exp` is exclusive: a code valid until 2029-07-15T00:00+08:00 is valid through 2029-07-14. */
function lastMoment(isoInstant: string): string {
  return new Date(new Date(isoInstant).getTime() - 1000).toISOString();
}
