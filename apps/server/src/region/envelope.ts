/**
 * The signed envelope of a message between member instances, without I/O: a compact JWS
 * (typ `bole-region-msg+jwt`) over `{iss, aud, jti, iat, kind, body, inReplyTo?}` — sender and
 * receiver by administrative code, a fresh id, the time in seconds. A receiver accepts it only
 * from a trust-list key of `iss`, addressed to itself, within ±5 minutes of its clock, once.
 */
import { createHash } from 'node:crypto';
import type { RegionRefusalReason } from '@bole/contracts';

/** The JWS `typ` of a region message. */
export const MESSAGE_TYP = 'bole-region-msg+jwt';

/** How far a message's `iat` may be from the receiver's clock. */
export const FRESHNESS_SECONDS = 300;

/** The claims of a message. */
export interface EnvelopeClaims {
  iss: string;
  aud: string;
  jti: string;
  iat: number;
  kind: string;
  body: Record<string, unknown>;
  inReplyTo?: string;
}

/** SHA-256 (hex) of a signed token's bytes: what the log keeps beside the token. */
export function digestOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The claims of an unverified payload, or null when it does not have the envelope's shape. */
export function envelopeClaimsOf(payload: Record<string, unknown>): EnvelopeClaims | null {
  const { iss, aud, jti, iat, kind, body, inReplyTo } = payload;
  const shaped =
    typeof iss === 'string' &&
    typeof aud === 'string' &&
    typeof jti === 'string' &&
    jti.length > 0 &&
    jti.length <= 100 &&
    typeof iat === 'number' &&
    typeof kind === 'string' &&
    body !== null &&
    typeof body === 'object' &&
    !Array.isArray(body) &&
    (inReplyTo === undefined || typeof inReplyTo === 'string');
  return shaped ? (payload as unknown as EnvelopeClaims) : null;
}

/** Why verified claims are not acceptable here (audience, freshness), or null. */
export function claimsProblem(claims: EnvelopeClaims, self: string, now: Date): RegionRefusalReason | null {
  if (claims.aud !== self) return 'wrong_audience';
  if (Math.abs(claims.iat - now.getTime() / 1000) > FRESHNESS_SECONDS) return 'stale';
  return null;
}
