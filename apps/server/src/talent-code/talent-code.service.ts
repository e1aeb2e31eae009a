/**
 * Issuing, revoking, presenting and verifying talent codes (人才码).
 *
 * Recognition calls `issueTalentCode` inside the transaction that grants a tier; the code
 * supersedes (revokes) the talent's previous live code, so one talent holds one valid code.
 */
import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import type { MyTalentCode, TalentCodeClaims, TalentCodeRevocation, TalentCodeRevocations, TalentCodeVerification, Tier } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound } from '../http/errors.js';
import { COMPACT_TALENT_CODE_TYP, signCompactTalentCode, toQrText } from '../region/credentials/index.js';
import { issuerOf, maskName, parseTier, parseValidUntil } from './talent-code.rules.js';
import { decodeCompactJws, verifyTalentCode } from './talent-code.verify.js';
import { currentSigningKey, publishedJwks } from './signing-key.service.js';
import {
  findLiveCode,
  findTalentCodeForUpdate,
  findTalentName,
  findTalentOfCode,
  findCodeIdOfStatusIndex,
  findTalentOfStatusIndex,
  insertTalentCode,
  listRevokedLiveCodes,
  markRevoked,
  nextStatusIndex,
  supersedeLiveCodes,
} from './talent-code.repository.js';

type Actor = Pick<Principal, 'userId' | 'role'> | null;

/** What recognition passes when a tier is granted. */
export interface IssueTalentCodeInput {
  talentId: string;
  tier: Tier;
  /** End of validity: an instant, or a business date meaning the end of that day (Asia/Shanghai). */
  validUntil: Date | string;
  /** Who granted the tier (null for the system, e.g. an automatic sweep). */
  actor: Actor;
}

/** An issued code. */
export interface IssuedTalentCode {
  jti: string;
  /** Index in the instance's status list (`sl`). */
  sl: number;
  /** The compact JWS. */
  token: string;
  /** What the QR code holds: `TC1:` + Base45 of the JWS (≤ 300 characters, QR version 10 at level M). */
  qrText: string;
  kid: string;
  validFrom: Date;
  validUntil: Date;
  /** Earlier live codes of the talent that this one revoked. */
  superseded: string[];
}

const SUPERSEDED = 'superseded by a newer talent code';

/**
 * Issues a signed talent code inside the caller's transaction `tx` (the one granting the
 * tier): draws its status-list index, signs the compact code with the current key (created on
 * first use), stores it, supersedes the talent's previous live codes and records the audit
 * entry. Returns the compact token.
 */
export async function issueTalentCode(ctx: AppContext, tx: Tx, input: IssueTalentCodeInput): Promise<IssuedTalentCode> {
  const now = ctx.clock.now();
  const tier = parseTier(input.tier);
  const validFrom = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const validUntil = new Date(Math.floor(parseValidUntil(input.validUntil, now).getTime() / 1000) * 1000);
  const name = await findTalentName(tx, input.talentId);
  if (name === null) throw notFound({ en: 'The talent', zh: '该人才' });

  const key = await currentSigningKey(ctx, tx, input.actor);
  const jti = randomUUID();
  const sl = await nextStatusIndex(tx);
  const token = await signCompactTalentCode({ iss: ctx.city.adminCode, sl, tier, name: maskName(name), issuedAt: validFrom, validUntil }, key);
  const superseded = await supersedeLiveCodes(tx, input.talentId, now, SUPERSEDED, input.actor?.userId ?? null);
  await insertTalentCode(tx, { id: jti, talentId: input.talentId, tier, kid: key.kid, sl, token, issuedAt: now, validFrom, expiresAt: validUntil });
  await ctx.audit.record(tx, input.actor, {
    action: 'talent_code.issue',
    entity: 'talent_code',
    entityId: jti,
    detail: { talentId: input.talentId, tier, kid: key.kid, sl, validUntil: validUntil.toISOString(), superseded },
  });
  return { jti, sl, token, qrText: toQrText(token), kid: key.kid, validFrom, validUntil, superseded };
}

/** What a revocation needs. */
export interface RevokeTalentCodeInput {
  jti: string;
  reason: string;
  actor: Actor;
  ip?: string | null;
}

/** Revokes a code (officer decision) in its own transaction, audited; revoking twice is a conflict. */
export async function revokeTalentCode(ctx: AppContext, input: RevokeTalentCodeInput): Promise<TalentCodeRevocation> {
  return ctx.db.transaction((tx) => revokeTalentCodeInTx(ctx, tx, input));
}

/** `revokeTalentCode` inside the caller's transaction. */
export async function revokeTalentCodeInTx(ctx: AppContext, tx: Tx, input: RevokeTalentCodeInput): Promise<TalentCodeRevocation> {
  const id = await storedCodeId(ctx, tx, input.jti);
  const row = id === null ? null : await findTalentCodeForUpdate(tx, id);
  if (!row) throw notFound({ en: 'The talent code', zh: '该人才码' });
  input = { ...input, jti: row.id };
  if (row.revokedAt) {
    throw fail('BOLE_ALREADY_REVOKED', { at: row.revokedAt.toISOString() });
  }
  const at = ctx.clock.now();
  await markRevoked(tx, input.jti, at, input.reason, input.actor?.userId ?? null);
  await ctx.audit.record(
    tx,
    input.actor,
    { action: 'talent_code.revoke', entity: 'talent_code', entityId: input.jti, detail: { talentId: row.talentId, reason: input.reason } },
    input.ip,
  );
  return { jti: input.jti, revokedAt: at.toISOString(), reason: input.reason };
}

/**
 * The stored id of a code named by its credential id: a UUID as issued, or `<adminCode>#<sl>` as
 * a verified compact code's claims name it (this instance's codes only).
 */
async function storedCodeId(ctx: AppContext, tx: Tx, credentialId: string): Promise<string | null> {
  const compact = /^(\d{6})#(\d+)$/.exec(credentialId);
  if (!compact) return credentialId;
  return compact[1] === ctx.city.adminCode ? findCodeIdOfStatusIndex(tx, Number(compact[2])) : null;
}

/**
 * Revokes every live code of a talent inside the caller's transaction (recognition withdrawing
 * a tier); returns the revoked ids. Audited once, listing them.
 */
export async function revokeTalentCodesOf(ctx: AppContext, tx: Tx, input: { talentId: string; reason: string; actor: Actor }): Promise<string[]> {
  const revoked = await supersedeLiveCodes(tx, input.talentId, ctx.clock.now(), input.reason, input.actor?.userId ?? null);
  if (revoked.length > 0) {
    await ctx.audit.record(tx, input.actor, {
      action: 'talent_code.revoke_all',
      entity: 'talent',
      entityId: input.talentId,
      detail: { reason: input.reason, jtis: revoked },
    });
  }
  return revoked;
}

/** The caller's live code with a QR image; 404 `BOLE_NO_TALENT_CODE` when they hold none. */
export async function myTalentCode(ctx: AppContext, principal: Principal): Promise<MyTalentCode> {
  const row = principal.talentId ? await findLiveCode(ctx.db, principal.talentId, ctx.clock.now()) : null;
  if (!row) {
    throw fail('BOLE_NO_TALENT_CODE');
  }
  const { header, payload: claims } = decodeCompactJws(row.token)!;
  const code = header.typ === COMPACT_TALENT_CODE_TYP ? toQrText(row.token) : row.token;
  return {
    jti: row.id,
    code,
    tier: row.tier as Tier,
    name: String(claims.name),
    issuer: String(claims.iss),
    issuerName: ctx.city.operator?.name ?? ctx.city.name,
    validFrom: row.validFrom.toISOString(),
    validUntil: row.expiresAt.toISOString(),
    qrPng: await QRCode.toDataURL(code, { errorCorrectionLevel: 'M', margin: 2, width: 360 }),
  };
}

/** The public revocation list: revoked codes not yet expired. */
export async function revocationList(ctx: AppContext): Promise<TalentCodeRevocations> {
  const now = ctx.clock.now();
  const rows = await listRevokedLiveCodes(ctx.db, now);
  return {
    issuer: issuerOf({ publicOrigin: ctx.config.publicOrigin, cityCode: ctx.city.adminCode }),
    generatedAt: now.toISOString(),
    revoked: rows.map((r) => ({ jti: r.jti, revokedAt: r.revokedAt.toISOString(), sl: r.sl })),
  };
}

/** Thrown for a code that is not a JWS at all. */
export const malformedCode = () => fail('BOLE_MALFORMED_CODE', {}, [{ field: 'code', message: 'is not a compact JWS signed with EdDSA or SM2' }]);

/**
 * Verifies a code against this instance's published keys and revocations with the same
 * offline function partners use. A code that is not a JWS at all is a 400.
 */
export async function verifyWithInstance(ctx: AppContext, code: string): Promise<TalentCodeVerification> {
  const [keys, revocations] = await Promise.all([publishedJwks(ctx), revocationList(ctx)]);
  const cityName = (adminCode: string) => (adminCode === ctx.city.adminCode ? ctx.city.name.zh : undefined);
  const result = await verifyTalentCode(code, keys, revocations.revoked, ctx.clock.now(), { cityName });
  if (result.status === 'malformed') throw malformedCode();
  return result;
}

/**
 * The talent a verified code of this instance was issued to (null for another issuer's code or an
 * unknown one): by status index for a compact code, by `jti` for a code issued before the region.
 */
export async function talentOfClaims(ctx: AppContext, claims: TalentCodeClaims): Promise<string | null> {
  if (claims.statusIndex === null) return findTalentOfCode(ctx.db, claims.jti);
  return claims.issuer === ctx.city.adminCode ? findTalentOfStatusIndex(ctx.db, claims.statusIndex) : null;
}

/**
 * The talent holding a code presented on site (an employer scanning it): the code must verify
 * as valid here; 400 naming `field` otherwise, with the reason.
 */
export async function holderOfValidCode(ctx: AppContext, code: string, field: string): Promise<string> {
  const result = await verifyWithInstance(ctx, code).catch(() => null);
  const claims = result?.status === 'valid' ? result.claims : null;
  const talentId = claims ? await talentOfClaims(ctx, claims) : null;
  if (!talentId) throw invalid([{ field, message: `is not a valid talent code of this city (${result?.status ?? 'malformed'})` }]);
  return talentId;
}
