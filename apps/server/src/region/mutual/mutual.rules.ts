/**
 * Mutual recognition's rules as plain functions: the tier the committee's equivalence table
 * gives here for a source city's tier, and where a mutual recognition stands given its local case.
 */
import type { EquivalenceTable, MutualStatus, RecognitionStatus, Tier } from '@bole/contracts';
import { QR_TEXT_PREFIX } from '../credentials/index.js';

/** The local tier for `tier` of `fromAdminCode` in `toAdminCode`, or null when the table has no entry (or there is no table). */
export function equivalentTier(table: EquivalenceTable | undefined | null, fromAdminCode: string, tier: Tier, toAdminCode: string): Tier | null {
  const entry = table?.entries.find((e) => e.from.adminCode === fromAdminCode && e.from.tier === tier && e.to.adminCode === toAdminCode);
  return entry?.to.tier ?? null;
}

/** A mutual recognition's status from its local case (ended once the source revoked it). */
export function mutualStatusOf(caseStatus: RecognitionStatus, endedAt: Date | null): MutualStatus {
  if (endedAt || caseStatus === 'revoked') return 'ended';
  if (caseStatus === 'granted') return 'granted';
  if (caseStatus === 'public_notice') return 'public_notice';
  return 'rejected';
}

/**
 * The text a talent pastes or a QR scan gives, reduced to the credential: surrounding blanks go;
 * inside a JWS or an SD-JWT (never a blank) line breaks and blanks a copy added go too, while a
 * QR text keeps its inner spaces (they are Base45 characters).
 */
export function credentialText(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith(QR_TEXT_PREFIX) ? trimmed : trimmed.replace(/\s+/g, '');
}
