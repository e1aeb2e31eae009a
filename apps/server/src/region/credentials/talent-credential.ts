/**
 * The talent code as a compact credential for a QR code (≤ 300 characters: QR version 10 at
 * level M): a compact JWS, header `{alg, kid, typ: "tc+jwt"}`, payload
 * `{iss, sl, iat, exp, tier, name}` — `iss` the issuer's administrative division code, `sl` the
 * code's index in the issuer's status list, `name` the masked name. No I/O.
 */
import { z } from 'zod';
import { TIERS, type Tier } from '@bole/contracts';
import { signCompact } from './compact.js';
import type { PrivateKey } from './keys.js';

/** The JWS `typ` of a compact talent code (RFC 8725 §3.11: explicit typing). */
export const COMPACT_TALENT_CODE_TYP = 'tc+jwt';

/** The longest a compact talent code may be to fit QR version 10 at level M. */
export const COMPACT_TALENT_CODE_MAX_CHARS = 300;

/** What a compact talent code says. */
export interface TalentCredential {
  /** Issuer's 6-digit administrative division code. */
  iss: string;
  /** Index in the issuer's status list, never reused. */
  sl: number;
  tier: Tier;
  /** Masked name (张*明). */
  name: string;
  issuedAt: Date;
  validUntil: Date;
}

/** The signed payload of a compact talent code. */
export const compactTalentPayload = z.object({
  iss: z.string().regex(/^\d{6}$/),
  sl: z.number().int().nonnegative(),
  iat: z.number().int(),
  exp: z.number().int(),
  tier: z.enum(TIERS),
  name: z.string(),
});
export type CompactTalentPayload = z.infer<typeof compactTalentPayload>;

export const toSeconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Signs a compact talent code. */
export function signCompactTalentCode(credential: TalentCredential, key: PrivateKey): Promise<string> {
  const payload: CompactTalentPayload = {
    iss: credential.iss,
    sl: credential.sl,
    iat: toSeconds(credential.issuedAt),
    exp: toSeconds(credential.validUntil),
    tier: credential.tier,
    name: credential.name,
  };
  return signCompact(payload, COMPACT_TALENT_CODE_TYP, key);
}

/** The region-wide id of a credential: issuer code and status-list index. */
export const credentialIdOf = (iss: string, sl: number) => `${iss}#${sl}`;
