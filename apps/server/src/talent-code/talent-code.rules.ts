/**
 * Pure rules of the talent code: how a name is masked, who the issuer is, how a validity end
 * is read, and how long a retired key stays published. No I/O.
 */
import { TIERS, type Tier } from '@bole/contracts';
import { invalid } from '../http/errors.js';

/** The JWS `typ` header of a talent code (RFC 8725 §3.11: explicit typing). */
export const TALENT_CODE_TYP = 'talent-code+jwt';

/**
 * How long after its last code expires a retired key stays in the JWKS, so that a recently
 * expired code is reported as `expired` rather than `forged`.
 */
export const KEY_RETENTION_AFTER_EXPIRY_MS = 30 * 24 * 3600_000;

/** At most this many `*` stand for the hidden middle of a long name (the talent code must fit a QR). */
export const MASK_MAX_STARS = 4;

/**
 * Masks a name for display on a public credential: keeps the first and last character of
 * three or more (张三明 → 张*明, 欧阳小明 → 欧**明), the first of two (张三 → 张*); a long
 * middle shows as four stars (买买提·吐尔逊 → 买****逊). Counts characters, not UTF-16 units,
 * so rare characters outside the BMP stay whole.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(Math.min(chars.length - 2, MASK_MAX_STARS))}${chars[chars.length - 1]}`;
}

/** The `iss` of this instance: its public origin when configured, else a URN of the city code. */
export function issuerOf(config: { publicOrigin?: string | undefined; cityCode: string }): string {
  if (config.publicOrigin) return config.publicOrigin.replace(/\/+$/, '');
  return `urn:bole:city:${config.cityCode}`;
}

/**
 * Reads a validity end: a `Date`, an ISO instant, or a business date `YYYY-MM-DD`, which
 * means the end of that day in Asia/Shanghai (valid through 2029-07-14 → until
 * 2029-07-15T00:00+08:00). Must lie after `now`.
 */
export function parseValidUntil(value: Date | string, now: Date): Date {
  let at: Date;
  if (value instanceof Date) at = value;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) at = new Date(new Date(`${value}T00:00:00+08:00`).getTime() + 24 * 3600_000);
  else at = new Date(value);
  if (Number.isNaN(at.getTime())) throw invalid([{ field: 'validUntil', message: 'must be a date or an ISO 8601 instant' }]);
  if (at.getTime() <= now.getTime()) throw invalid([{ field: 'validUntil', message: 'must lie in the future' }]);
  return at;
}

/** Checks a tier value. */
export function parseTier(value: string): Tier {
  if (!(TIERS as readonly string[]).includes(value)) {
    throw invalid([{ field: 'tier', message: `must be one of ${TIERS.join(', ')}` }]);
  }
  return value as Tier;
}

/**
 * When a retiring key may leave the JWKS: the latest expiry among the codes it signed plus the
 * retention period, or `retiredAt` itself when it signed nothing still relevant.
 */
export function keyExpiresAfter(retiredAt: Date, latestCodeExpiry: Date | null): Date {
  if (!latestCodeExpiry) return retiredAt;
  const end = new Date(latestCodeExpiry.getTime() + KEY_RETENTION_AFTER_EXPIRY_MS);
  return end > retiredAt ? end : retiredAt;
}
