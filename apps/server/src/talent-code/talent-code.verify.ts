/**
 * Offline verification of a talent code: needs only the issuer's JWKS and its status list or
 * revocation list (fetched from `/.well-known/jwks.json`, `/api/v1/region/status-list`,
 * `/api/v1/talent-code/revocations`, cached as the verifier likes) and the current time. No
 * database, no network: service points and partner cities call it directly; the server's own
 * verify endpoint calls it too.
 *
 * Two formats verify: the compact code (`typ: tc+jwt`, Ed25519 or SM2, as its QR text `TC1:…`
 * or the JWS; docs/credentials.md)
 * and the code issued before the region (`typ: talent-code+jwt`, Ed25519 with `jti`).
 *
 * Order of checks: structure (→ malformed), algorithm and key (→ forged), signature
 * (→ forged), claims (→ forged), validity window (→ expired), revocation (→ revoked).
 * A revoked code that has also expired is reported as `expired`.
 */
import { z } from 'zod';
import { TIERS, type TalentCodeClaims, type TalentCodeReason, type TalentCodeStatus, type TalentCodeVerification } from '@bole/contracts';
import { businessDate } from '../platform/clock.js';
import {
  CLOCK_LEEWAY_SECONDS,
  COMPACT_TALENT_CODE_TYP,
  compactTalentPayload,
  credentialIdOf,
  isRevokedAt,
  jwsOfPresented,
  verifyCompact,
  type CompactVerification,
  type PublicKeyJwk,
} from '../region/credentials/index.js';
import { TALENT_CODE_TYP } from './talent-code.rules.js';

export { decodeCompactJws, type CompactJwsParts } from '../region/credentials/index.js';

/** A key set as served at `/.well-known/jwks.json` (extra members are ignored). */
export interface JwksLike {
  keys: ReadonlyArray<{ kid?: string; kty?: string; crv?: string; x?: string; y?: string; alg?: string; [k: string]: unknown }>;
}

/** Revoked credentials, or the `revoked` array of the revocation list as served (`sl` for compact codes). */
export type RevokedIds = Iterable<string | { jti: string; revokedAt: string; sl?: number | null }>;

/** Options of `verifyTalentCode`. */
export interface VerifyOptions {
  /** Reject codes whose `iss` differs (a partner keeping key sets per issuer). */
  expectedIssuer?: string;
  /** The issuer's encoded status list (already verified); revocation of compact codes is read there instead of `revokedIds`. */
  statusList?: string;
  /** The city's name for an administrative code (a compact code carries only the code); the code itself when unknown. */
  cityName?: (adminCode: string) => string | undefined;
}

/** The claims of a code issued before the region. */
const legacyPayload = z.object({
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

/** The JWKS as keys `verifyCompact` takes (a key without `alg` is Ed25519 when it says so). */
function publicKeysOf(jwks: JwksLike): PublicKeyJwk[] {
  return jwks.keys.flatMap((k) => {
    if (typeof k.kid !== 'string' || typeof k.x !== 'string' || typeof k.kty !== 'string' || typeof k.crv !== 'string') return [];
    const alg = k.alg ?? (k.kty === 'OKP' && k.crv === 'Ed25519' ? 'EdDSA' : undefined);
    if (alg !== 'EdDSA' && alg !== 'SM2') return [];
    return [{ kid: k.kid, kty: k.kty, crv: k.crv, x: k.x, ...(typeof k.y === 'string' ? { y: k.y } : {}), alg }];
  });
}

/** The claims of a verified token of either format; null when they are not a talent code's. */
function claimsOf(verified: Extract<CompactVerification, { ok: true }>, options: VerifyOptions): TalentCodeClaims | null {
  const { header, payload } = verified;
  if (header.typ === COMPACT_TALENT_CODE_TYP) {
    const p = compactTalentPayload.safeParse(payload);
    if (!p.success) return null;
    const c = p.data;
    const validFrom = iso(c.iat);
    const city = options.cityName?.(c.iss) ?? c.iss;
    return {
      jti: credentialIdOf(c.iss, c.sl),
      issuer: c.iss,
      statusIndex: c.sl,
      kid: header.kid,
      name: c.name,
      tier: c.tier,
      city,
      cityCode: c.iss,
      issuedAt: validFrom,
      validFrom,
      validUntil: iso(c.exp),
    };
  }
  const p = legacyPayload.safeParse(payload);
  if (!p.success || header.typ !== TALENT_CODE_TYP || header.alg !== 'EdDSA') return null;
  const c = p.data;
  return {
    jti: c.jti,
    issuer: c.iss,
    statusIndex: null,
    kid: header.kid,
    name: c.name,
    tier: c.tier,
    city: c.city,
    cityCode: c.cityCode,
    issuedAt: iso(c.iat),
    validFrom: iso(c.nbf),
    validUntil: iso(c.exp),
  };
}

/** Whether (and when) a code was revoked: status list for compact codes when given, else the revocation list. */
function revocationOf(claims: TalentCodeClaims, revoked: RevokedIds, statusList: string | undefined): { revokedAt: string | null; unknown?: true } | null {
  if (claims.statusIndex !== null && statusList !== undefined) {
    try {
      return isRevokedAt(statusList, claims.statusIndex) ? { revokedAt: null } : null;
    } catch {
      return { revokedAt: null, unknown: true };
    }
  }
  for (const r of revoked) {
    if (typeof r === 'string') {
      if (r === claims.jti) return { revokedAt: null };
    } else if (claims.statusIndex !== null ? r.sl === claims.statusIndex : r.jti === claims.jti) return { revokedAt: r.revokedAt };
  }
  return null;
}

/**
 * Verifies a talent code offline. `jwks` is the issuer's key set, `revokedIds` its revoked
 * credentials, `now` the verifier's time. Never throws for a bad code: the answer is the
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

  const jws = jwsOfPresented(token);
  if (jws === null) return result('malformed', 'structure', null);
  const verified = await verifyCompact(jws, publicKeysOf(jwks));
  if (!verified.ok) return result(verified.reason === 'structure' ? 'malformed' : 'forged', verified.reason, null);
  const claims = claimsOf(verified, options);
  if (!claims) return result('forged', 'bad_claims', null);
  if (options.expectedIssuer !== undefined && claims.issuer !== options.expectedIssuer) return result('forged', 'bad_claims', null);

  const nowSeconds = now.getTime() / 1000;
  if (Date.parse(claims.validFrom) / 1000 > nowSeconds + CLOCK_LEEWAY_SECONDS) return result('expired', 'not_yet_valid', claims);
  if (Date.parse(claims.validUntil) / 1000 <= nowSeconds) return result('expired', 'expired', claims);
  const revocation = revocationOf(claims, revokedIds, options.statusList);
  if (revocation) return result('revoked', revocation.unknown ? 'status_unknown' : 'revoked', claims, revocation.revokedAt);
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
      if (reason === 'status_unknown') {
        return {
          zh: '无法确认该人才码未被撤销（本地保存的状态列表过旧），请刷新状态列表后重试；在此之前请勿受理。',
          en: 'This verifier cannot tell whether the code was revoked (its copy of the status list is out of date); refresh the list and try again, and do not accept the code until then.',
        };
      }
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
