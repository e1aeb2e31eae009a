/**
 * A talent's consents to share facts with another member city (PIPL Art. 23): given, listed with
 * what was shared under each (from the message log), revoked; every change audited.
 */
import { businessDate, type Consent, type GiveConsentInput, type MyConsents, SHAREABLE_FACT_FIELDS } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import { ownTalentId } from '../talents/talent.service.js';
import { consentStatus, regionSubjectHash } from './consent.js';
import { findConsentForUpdate, findSealedIdNumber, insertConsent, listConsentsOf, setConsentRevoked, type ConsentRow } from './consent.repository.js';
import { messagesOfConsents } from './message-log.repository.js';
import { currentTrustList, requireTrustList, selfAdminCode } from './trust-list.service.js';

const MAX_CONSENT_DAYS = 731;

/** The signed-in talent's consents, the cities they may give one to and the facts they may share. */
export async function myConsents(ctx: AppContext, principal: Principal): Promise<MyConsents> {
  const talentId = ownTalentId(principal);
  const [rows, list] = await Promise.all([listConsentsOf(ctx.db, talentId), currentTrustList(ctx)]);
  const uses = await messagesOfConsents(
    ctx.db,
    rows.map((r) => r.id),
  );
  const today = businessDate(ctx.clock.now());
  const nameOf = (code: string) => list?.members.find((m) => m.adminCode === code)?.name ?? null;
  const items: Consent[] = rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    recipientName: nameOf(r.recipient),
    facts: r.facts as Consent['facts'],
    purpose: r.purpose,
    until: r.until,
    status: consentStatus(r, today),
    givenAt: r.givenAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    // What this city answered under the consent: the signed answers it sent.
    uses: uses
      .filter((u) => u.consentId === r.id && u.direction === 'out')
      .map((u) => ({ at: u.at.toISOString(), kind: u.kind, status: u.status, facts: u.facts, reason: u.reason })),
  }));
  const self = selfAdminCode(ctx);
  return {
    items,
    cities: (list?.members ?? []).filter((m) => m.adminCode !== self).map((m) => ({ adminCode: m.adminCode, name: m.name })),
    shareableFacts: [...SHAREABLE_FACT_FIELDS],
  };
}

/** Gives a consent: to another member, shareable facts, a purpose, until a day within two years. */
export async function giveConsent(ctx: AppContext, principal: Principal, input: GiveConsentInput): Promise<{ id: string }> {
  const talentId = ownTalentId(principal);
  const list = await requireTrustList(ctx);
  if (input.recipient === selfAdminCode(ctx) || !list.members.some((m) => m.adminCode === input.recipient))
    throw fail('BOLE_REGION_UNKNOWN_MEMBER', { adminCode: input.recipient }, [{ field: 'recipient', message: 'is not another member city' }]);
  const now = ctx.clock.now();
  const today = businessDate(now);
  const latest = businessDate(new Date(now.getTime() + MAX_CONSENT_DAYS * 86_400_000));
  if (input.until < today || input.until > latest) throw invalid([{ field: 'until', message: `must be between ${today} and ${latest}` }]);
  const sealed = await findSealedIdNumber(ctx.db, talentId);
  if (!sealed) throw fail('BOLE_REGION_NO_ID_NUMBER');
  const subjectHash = regionSubjectHash(ctx.cipher.decrypt(sealed));
  return ctx.db.transaction(async (tx) => {
    const row = await insertConsent(tx, {
      talentId,
      subjectHash,
      recipient: input.recipient,
      facts: [...new Set(input.facts)],
      purpose: input.purpose,
      until: input.until,
      givenAt: now,
    });
    await ctx.audit.record(tx, principal, {
      action: 'region.consent.give',
      entity: 'region_consent',
      entityId: row.id,
      detail: { recipient: row.recipient, facts: row.facts, purpose: row.purpose, until: row.until },
    });
    return { id: row.id };
  });
}

/** Revokes one of the talent's consents; 409 when already revoked or expired. */
export async function revokeConsent(ctx: AppContext, principal: Principal, id: string): Promise<void> {
  const talentId = ownTalentId(principal);
  await ctx.db.transaction(async (tx) => {
    const row: ConsentRow | null = await findConsentForUpdate(tx, talentId, id);
    if (!row) throw notFound({ en: 'The consent', zh: '该授权' });
    if (consentStatus(row, businessDate(ctx.clock.now())) !== 'active') throw fail('BOLE_CONSENT_NOT_ACTIVE');
    await setConsentRevoked(tx, id, ctx.clock.now());
    await ctx.audit.record(tx, principal, { action: 'region.consent.revoke', entity: 'region_consent', entityId: id, detail: { recipient: row.recipient } });
  });
}
