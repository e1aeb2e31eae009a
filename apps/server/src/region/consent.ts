/**
 * The rules of consent, without I/O: the region-wide hash that identifies a talent between
 * cities, a consent's state on a day, and whether live consents cover a request.
 */
import { createHash } from 'node:crypto';
import type { ConsentPurpose, ConsentStatus } from '@bole/contracts';

/**
 * The talent's identity between cities: SHA-256 of the ID number under a fixed region label.
 * The number itself never travels; both cities hold it already, so the hash names no one new.
 */
export function regionSubjectHash(idNumber: string): string {
  return createHash('sha256').update(`bole-region-subject/v1:${idNumber.trim().toUpperCase()}`, 'utf8').digest('hex');
}

/** The consent fields the rules read. */
export interface ConsentTerms {
  id: string;
  facts: readonly string[];
  purpose: ConsentPurpose;
  /** The last covered day, YYYY-MM-DD (Asia/Shanghai). */
  until: string;
  revokedAt: Date | null;
}

/** A consent's state on a business day. */
export function consentStatus(c: Pick<ConsentTerms, 'until' | 'revokedAt'>, today: string): ConsentStatus {
  if (c.revokedAt) return 'revoked';
  return c.until < today ? 'expired' : 'active';
}

/**
 * The live consent that covers every fact asked for the purpose, or why none does: `no_consent`
 * when no consent to this city is live, `fact_not_covered` when live ones miss a fact or the purpose.
 */
export function coveringConsent<C extends ConsentTerms>(
  consents: readonly C[],
  request: { facts: readonly string[]; purpose: ConsentPurpose },
  today: string,
): { consent: C } | { reason: 'no_consent' | 'fact_not_covered' } {
  const live = consents.filter((c) => consentStatus(c, today) === 'active');
  if (!live.length) return { reason: 'no_consent' };
  const covering = live.find((c) => c.purpose === request.purpose && request.facts.every((f) => c.facts.includes(f)));
  return covering ? { consent: covering } : { reason: 'fact_not_covered' };
}
