/**
 * Verification of a credential presented to another city: a compact talent code or an SD-JWT
 * presentation, against the issuer's keys, its status list and the verifier's clock. Never
 * throws for a bad credential; the answer is `{status, reason, claims}`.
 *
 * Order: structure (→ malformed), algorithm, key and signature (→ forged), claims and
 * disclosures (→ forged), validity window (→ expired), status list (→ revoked).
 */
import type { PresentedCredentialClaims, PresentedCredentialResult, TalentCodeReason } from '@bole/contracts';
import { decodeCompactJws, verifyCompact } from './compact.js';
import type { PublicKeyJwk } from './keys.js';
import { disclosedClaims, SD_JWT_TYP, splitSdJwt } from './sd-jwt.js';
import { isRevokedAt } from './status-list.js';
import { jwsOfPresented } from './qr-text.js';
import { COMPACT_TALENT_CODE_TYP, compactTalentPayload, credentialIdOf } from './talent-credential.js';

/** The issuer's keys, or a lookup by issuer code (e.g. the trust list's `keysOf`). */
export type IssuerKeys = readonly PublicKeyJwk[] | ((iss: string) => readonly PublicKeyJwk[] | Promise<readonly PublicKeyJwk[]>);

/**
 * The issuer's encoded bitstring status list (already verified: the `list` of its signed
 * status-list token), a lookup by issuer code, or null to skip the revocation check.
 */
export type StatusListSource = string | null | ((iss: string) => string | null | Promise<string | null>);

/** Leeway for clock skew between issuer and verifier when checking `iat`. */
export const CLOCK_LEEWAY_SECONDS = 60;

/** The claims both formats sign (the compact code adds `name`, the SD-JWT `_sd`). */
const signedClaims = compactTalentPayload.omit({ name: true });

type Checked = { ok: true; claims: PresentedCredentialClaims } | { ok: false; result: PresentedCredentialResult };

const refuse = (status: 'forged' | 'malformed', reason: TalentCodeReason): Checked => ({ ok: false, result: { status, reason, claims: null } });
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

async function keysFor(issuerKeys: IssuerKeys, iss: unknown): Promise<readonly PublicKeyJwk[]> {
  if (typeof issuerKeys !== 'function') return issuerKeys;
  return typeof iss === 'string' ? issuerKeys(iss) : [];
}

/** Verifies the issuer-signed JWS of either format and reads its common claims. */
async function checkSigned(jwt: string, typ: string, issuerKeys: IssuerKeys, extra: (p: Record<string, unknown>) => boolean): Promise<Checked> {
  const decoded = decodeCompactJws(jwt);
  if (!decoded) return refuse('malformed', 'structure');
  const verified = await verifyCompact(jwt, await keysFor(issuerKeys, decoded.payload.iss));
  if (!verified.ok) return refuse(verified.reason === 'structure' ? 'malformed' : 'forged', verified.reason);
  const parsed = signedClaims.safeParse(verified.payload);
  if (!parsed.success || verified.header.typ !== typ || !extra(verified.payload)) return refuse('forged', 'bad_claims');
  const c = parsed.data;
  return {
    ok: true,
    claims: {
      format: typ === SD_JWT_TYP ? 'sd-jwt' : 'compact',
      issuer: c.iss,
      statusIndex: c.sl,
      credentialId: credentialIdOf(c.iss, c.sl),
      kid: verified.header.kid,
      alg: verified.header.alg,
      tier: c.tier,
      validFrom: iso(c.iat),
      validUntil: iso(c.exp),
      disclosed: [],
    },
  };
}

async function checkCompact(token: string, issuerKeys: IssuerKeys): Promise<Checked> {
  let name = '';
  const checked = await checkSigned(token, COMPACT_TALENT_CODE_TYP, issuerKeys, (p) => {
    name = typeof p.name === 'string' ? p.name : '';
    return typeof p.name === 'string';
  });
  return checked.ok ? { ok: true, claims: { ...checked.claims, name } } : checked;
}

async function checkSdJwt(presentation: string, issuerKeys: IssuerKeys): Promise<Checked> {
  const split = splitSdJwt(presentation);
  if (!split) return refuse('malformed', 'structure');
  const checked = await checkSigned(split.jwt, SD_JWT_TYP, issuerKeys, (p) => Array.isArray(p._sd));
  if (!checked.ok) return checked;
  const disclosed = disclosedClaims(decodeCompactJws(split.jwt)!.payload, split.disclosures);
  if (!disclosed) return refuse('forged', 'bad_disclosure');
  return { ok: true, claims: { ...checked.claims, ...disclosed, disclosed: Object.keys(disclosed) as PresentedCredentialClaims['disclosed'] } };
}

/** Validity window and status list of a credential whose signature is good. */
async function judge(claims: PresentedCredentialClaims, statusList: StatusListSource, now: Date): Promise<PresentedCredentialResult> {
  const nowSeconds = now.getTime() / 1000;
  if (Date.parse(claims.validFrom) / 1000 > nowSeconds + CLOCK_LEEWAY_SECONDS) return { status: 'expired', reason: 'not_yet_valid', claims };
  if (Date.parse(claims.validUntil) / 1000 <= nowSeconds) return { status: 'expired', reason: 'expired', claims };
  const list = typeof statusList === 'function' ? await statusList(claims.issuer) : statusList;
  if (list === null) return { status: 'valid', reason: null, claims };
  try {
    return isRevokedAt(list, claims.statusIndex) ? { status: 'revoked', reason: 'revoked', claims } : { status: 'valid', reason: null, claims };
  } catch {
    return { status: 'revoked', reason: 'status_unknown', claims };
  }
}

/** Whether presented text is an SD-JWT (presentation) rather than a compact code. */
export const isSdJwt = (text: string) => text.includes('~');

/**
 * Verifies a presented credential — the compact talent code (its QR text `TC1:…` or the JWS
 * itself) or an SD-JWT presentation —
 * against the issuer's keys and (unless null) its status list at `now`. An SD-JWT's claims are
 * only those the holder disclosed, plus tier and validity.
 */
export async function verifyPresentedCredential(
  token: string,
  issuerKeys: IssuerKeys,
  statusList: StatusListSource,
  now: Date,
): Promise<PresentedCredentialResult> {
  const jws = isSdJwt(token) ? null : jwsOfPresented(token);
  if (!isSdJwt(token) && jws === null) return { status: 'malformed', reason: 'structure', claims: null };
  const checked = jws === null ? await checkSdJwt(token, issuerKeys) : await checkCompact(jws, issuerKeys);
  return checked.ok ? judge(checked.claims, statusList, now) : checked.result;
}

/** Verifies an SD-JWT presentation (RFC 9901): only the disclosed claims come back; a tampered disclosure is `forged`. */
export async function verifySdJwt(
  presentation: string,
  issuerKeys: IssuerKeys,
  now: Date,
  statusList: StatusListSource = null,
): Promise<PresentedCredentialResult> {
  const checked = await checkSdJwt(presentation, issuerKeys);
  return checked.ok ? judge(checked.claims, statusList, now) : checked.result;
}
