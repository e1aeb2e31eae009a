/**
 * Mutual recognition's rules as plain functions: the tier the committee's equivalence table
 * gives here for a source city's tier, and where a mutual recognition stands given its local case.
 */
import type { EquivalenceTable, MutualStatus, RecognitionStatus, Tier } from '@bole/contracts';

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
 * The text a talent pastes or a QR scan gives, reduced to the credential: surrounding blanks
 * and line breaks go (a code copied from a page or a chat often carries them).
 */
export function credentialText(text: string): string {
  return text.replace(/\s+/g, '');
}
