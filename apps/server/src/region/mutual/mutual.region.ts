/**
 * The real region behind mutual recognition's ports: the trust list in force and the members'
 * keys (trust-list.service.ts), their cached status lists (status-list.service.ts), the
 * credential checks (credentials/) and signed messages (exchange.service.ts).
 */
import type { TrustList } from '@bole/contracts';
import type { AppContext } from '../../platform/context.js';
import { decodeCompactJws, isRevokedAt, isSdJwt, jwsOfPresented, verifyPresentedCredential } from '../credentials/index.js';
import { currentTrustList, keysOf } from '../trust-list.service.js';
import { statusListOf } from '../status-list.service.js';
import { sendSigned } from '../exchange.service.js';
import type { CredentialCheck, MutualPorts } from './mutual.ports.js';

/** The issuer-signed JWS of a presentation, decoded without checking (to name the issuer and key in a refusal). */
function unverifiedHeaderAndIssuer(text: string): { issuer: string; kid: string } | null {
  const jws = isSdJwt(text) ? (text.split('~')[0] ?? '') : jwsOfPresented(text);
  const parts = jws === null ? null : decodeCompactJws(jws);
  return parts ? { issuer: String(parts.payload.iss ?? ''), kid: String(parts.header.kid ?? '?') } : null;
}

/**
 * Verifies presented credential text with the region's `verifyPresentedCredential` against the
 * issuer's keys valid now on the trust list and the issuer's cached status list. A member whose
 * status list was never obtained is refused: revocation could not be checked.
 */
async function verifyPresented(ctx: AppContext, text: string, list: TrustList, now: Date): Promise<CredentialCheck> {
  const seen = unverifiedHeaderAndIssuer(text);
  if (!seen) return { ok: false, reason: 'malformed' };
  const { issuer, kid } = seen;
  if (!list.members.some((m) => m.adminCode === issuer)) return { ok: false, reason: 'unknown_issuer', issuer };
  if (issuer === ctx.city.adminCode) return { ok: false, reason: 'own_city', issuer };
  const status = await statusListOf(ctx, issuer);
  const result = await verifyPresentedCredential(text, await keysOf(ctx, issuer, now), status?.list ?? null, now);
  const c = result.claims;
  switch (result.status) {
    case 'malformed':
      return { ok: false, reason: 'malformed' };
    case 'forged':
      return result.reason === 'unknown_key' ? { ok: false, reason: 'unknown_key', issuer, kid } : { ok: false, reason: 'bad_signature', issuer };
    case 'expired':
      return { ok: false, reason: 'expired', issuer, validUntil: new Date(c?.validUntil ?? now) };
    case 'revoked':
      return { ok: false, reason: 'revoked', issuer };
  }
  if (!c) return { ok: false, reason: 'malformed' };
  if (!status) return { ok: false, reason: 'no_status_list', issuer };
  return { ok: true, issuer: c.issuer, credentialId: c.credentialId, statusIndex: c.statusIndex, tier: c.tier, validUntil: new Date(c.validUntil) };
}

/** Mutual recognition's ports on this instance's region. */
export function regionPorts(ctx: AppContext): MutualPorts {
  return {
    trustList: () => currentTrustList(ctx),
    verify: (text, list, now) => verifyPresented(ctx, text, list, now),
    revokedAtSource: async (adminCode, statusIndex) => {
      const status = await statusListOf(ctx, adminCode);
      return status ? isRevokedAt(status.list, statusIndex) : null;
    },
    sendUsed: async (to, body) => {
      await sendSigned(ctx, to, 'recognition.used', body);
    },
  };
}
