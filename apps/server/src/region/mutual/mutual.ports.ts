/**
 * What mutual recognition needs from the rest of the region, as one small interface: the trust
 * list in force, verification of a presented credential against its issuer's listed keys and
 * status list, a source's status list for re-checks, and signed messages to a member city.
 * `regionPorts(ctx)` wires the real pieces; unit tests pass fakes.
 */
import type { RecognitionUsedMessage, Tier, TrustList } from '@bole/contracts';

/** A verified credential of another city, reduced to what mutual recognition reads. */
export interface PresentedCredential {
  /** The issuer's administrative code. */
  issuer: string;
  credentialId: string;
  /** Its index in the issuer's status list. */
  statusIndex: number;
  tier: Tier;
  validUntil: Date;
}

/** Why a credential does not verify. */
export type CredentialFailure =
  | { reason: 'malformed' }
  | { reason: 'own_city'; issuer: string }
  | { reason: 'unknown_issuer'; issuer: string }
  | { reason: 'unknown_key'; issuer: string; kid: string }
  | { reason: 'bad_signature'; issuer: string }
  | { reason: 'revoked'; issuer: string }
  | { reason: 'no_status_list'; issuer: string }
  | { reason: 'expired'; issuer: string; validUntil: Date };

export type CredentialCheck = ({ ok: true } & PresentedCredential) | ({ ok: false } & CredentialFailure);

/** The region as mutual recognition sees it. */
export interface MutualPorts {
  /** The last good verified trust list; null before the first one arrived. */
  trustList(): Promise<TrustList | null>;
  /** Verifies presented credential text (compact code, QR text or SD-JWT presentation) at `now`. */
  verify(text: string, list: TrustList, now: Date): Promise<CredentialCheck>;
  /** Whether the source's status list (the cached, verified copy) marks the index revoked; null when none is at hand. */
  revokedAtSource(adminCode: string, statusIndex: number): Promise<boolean | null>;
  /** Sends the signed `recognition.used` message to the source city (logged on both sides). */
  sendUsed(toAdminCode: string, body: RecognitionUsedMessage): Promise<void>;
}
