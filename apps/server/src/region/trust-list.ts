/**
 * The trust list's rules, without I/O: whether a newly signed list may replace the last good
 * one, and which keys of a member verify at an instant. The service (trust-list.service.ts)
 * fetches, verifies the committee's signature, stores and serves.
 */
import { trustList as trustListSchema, type TrustList, type TrustListKey } from '@bole/contracts';
import type { PublicKeyJwk } from './credentials/index.js';

/** The JWS `typ` of a signed trust list. */
export const TRUST_LIST_TYP = 'bole-trust-list+jwt';

/** How long after its `nextUpdate` a list is still accepted when it arrives (a late committee). */
export const TRUST_LIST_GRACE_MS = 24 * 3600_000;

/** Why a signed list is not taken. */
export type TrustListRefusal = 'no_committee_keys' | 'bad_signature' | 'unknown_key' | 'structure' | 'invalid' | 'older_version' | 'version_reused' | 'expired';

/** Parses a verified payload as a trust list; the zod issues when it is not one. */
export function parseTrustList(payload: unknown): { ok: true; list: TrustList } | { ok: false; problems: string[] } {
  const parsed = trustListSchema.safeParse(payload);
  if (parsed.success) return { ok: true, list: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(list)'}: ${i.message}`) };
}

/**
 * Whether `next` (signature already verified) may replace `current` at `now`: never an older
 * version, never other content under the same version, never a list past its `nextUpdate`
 * plus the grace period. `unchanged` when it is the same signed list again.
 */
export function admitTrustList(
  next: { list: TrustList; token: string },
  current: { list: TrustList; token: string } | null,
  now: Date,
): { outcome: 'accept' | 'unchanged' } | { outcome: 'refuse'; reason: TrustListRefusal } {
  if (current && next.list.version < current.list.version) return { outcome: 'refuse', reason: 'older_version' };
  if (current && next.list.version === current.list.version) {
    return next.token === current.token ? { outcome: 'unchanged' } : { outcome: 'refuse', reason: 'version_reused' };
  }
  if (Date.parse(next.list.nextUpdate) + TRUST_LIST_GRACE_MS < now.getTime()) return { outcome: 'refuse', reason: 'expired' };
  return { outcome: 'accept' };
}

/** The public key without its validity period, as `verifyCompact` takes it. */
export function toPublicJwk(k: TrustListKey): PublicKeyJwk {
  const { validFrom: _from, validUntil: _until, ...jwk } = k;
  return jwk;
}

/** A member's keys valid at `at` (validFrom ≤ at < validUntil); [] for a city not on the list. */
export function keysAt(list: TrustList | null, adminCode: string, at: Date): PublicKeyJwk[] {
  const member = list?.members.find((m) => m.adminCode === adminCode);
  if (!member) return [];
  const t = at.getTime();
  return member.keys.filter((k) => Date.parse(k.validFrom) <= t && t < Date.parse(k.validUntil)).map(toPublicJwk);
}

/** Every key a member ever had on the given lists (newest list first), for re-checking old signatures. */
export function keysEverListed(lists: readonly TrustList[], adminCode: string): TrustListKey[] {
  const seen = new Map<string, TrustListKey>();
  for (const list of lists) {
    for (const k of list.members.find((m) => m.adminCode === adminCode)?.keys ?? []) if (!seen.has(k.kid)) seen.set(k.kid, k);
  }
  return [...seen.values()];
}
