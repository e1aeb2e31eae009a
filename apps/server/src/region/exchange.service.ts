/**
 * Signed exchange between member instances. `sendSigned` signs a message with this instance's
 * key, posts it to the member's `/api/v1/region/messages`, checks the signed answer and logs both;
 * `receiveMessage` checks a message (sender on the trust list, its key, audience, freshness,
 * replay), hands it to the kind's handler and signs the answer. Every message, refused ones
 * included, is kept in the message log as received.
 */
import { randomUUID } from 'node:crypto';
import { REGION_REFUSAL_REASON_LABELS, type RegionMessageKind, type RegionRefusalReason } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Tx } from '../db/database.js';
import { fail } from '../http/errors.js';
import { currentSigningKey } from '../talent-code/signing-key.service.js';
import { decodeCompactJws, signCompact, verifyCompact, type PrivateKey } from './credentials/index.js';
import { claimsProblem, digestOf, envelopeClaimsOf, MESSAGE_TYP, type EnvelopeClaims } from './envelope.js';
import { messageHandlerOf } from './message-handlers.js';
import { insertMessages, wasAccepted, type NewMessageRow } from './message-log.repository.js';
import { keysOf, requireTrustList, selfAdminCode } from './trust-list.service.js';
import { regionFetch, silentLogger, type RegionLogger } from './region-http.js';

/** This instance's signing key (the talent-code key, listed for it on the trust list). */
async function ownKey(ctx: AppContext, tx: Tx): Promise<PrivateKey> {
  const key = (await currentSigningKey(ctx, tx)) as { kid: string; privateJwk: object; alg?: PrivateKey['alg'] };
  return { kid: key.kid, alg: key.alg ?? 'EdDSA', privateJwk: key.privateJwk as Record<string, unknown> };
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** A log entry for a token. */
function entry(
  direction: 'in' | 'out',
  claims: Pick<EnvelopeClaims, 'jti' | 'kind'> & { peer: string; inReplyTo?: string | null },
  token: string,
  at: Date,
  more: Partial<NewMessageRow> = {},
): NewMessageRow {
  return {
    direction,
    peer: claims.peer,
    kind: claims.kind,
    jti: claims.jti,
    inReplyTo: claims.inReplyTo ?? null,
    digest: digestOf(token),
    token,
    status: direction === 'out' ? 'sent' : 'accepted',
    at,
    ...more,
  };
}

/** A refused message, as the problem to answer with (the reason also in `errors[0].message`). */
function refusal(reason: RegionRefusalReason, peer: string) {
  if (reason === 'replayed') return fail('BOLE_REGION_MESSAGE_REPLAYED', { peer }, [{ field: 'token', message: reason }]);
  if (reason === 'no_trust_list') return fail('BOLE_REGION_DISABLED');
  return fail('BOLE_REGION_MESSAGE_REFUSED', { reason: REGION_REFUSAL_REASON_LABELS[reason] }, [{ field: 'token', message: reason }]);
}

/**
 * Receives a signed message: refuses (logged, 4xx) what does not verify or is not for this
 * instance now, once; else runs the kind's handler and returns the signed answer. One
 * transaction: the message, the handler's writes and the answer are logged together.
 */
export async function receiveMessage(ctx: AppContext, token: string, log: RegionLogger = silentLogger): Promise<string> {
  const now = ctx.clock.now();
  const self = selfAdminCode(ctx);
  const decoded = decodeCompactJws(token);
  const claimed = decoded ? envelopeClaimsOf(decoded.payload) : null;
  const refuse = async (reason: RegionRefusalReason): Promise<never> => {
    const peer = claimed?.iss.slice(0, 20) ?? '';
    await insertMessages(ctx.db, [
      entry('in', { peer, jti: claimed?.jti ?? '', kind: claimed?.kind.slice(0, 40) ?? '', inReplyTo: claimed?.inReplyTo }, token, now, {
        status: 'refused',
        reason,
      }),
    ]);
    log.warn({ peer, kind: claimed?.kind, jti: claimed?.jti, reason }, 'region message refused');
    throw refusal(reason, peer);
  };
  if (!claimed) return refuse('structure');
  const list = await requireTrustList(ctx).catch(() => null);
  if (!list) return refuse('no_trust_list');
  if (!list.members.some((m) => m.adminCode === claimed.iss)) return refuse('unknown_issuer');
  const verified = await verifyCompact(token, await keysOf(ctx, claimed.iss, now));
  if (!verified.ok) return refuse(verified.reason === 'unknown_key' ? 'unknown_key' : verified.reason === 'structure' ? 'structure' : 'bad_signature');
  if (verified.header.typ !== MESSAGE_TYP) return refuse('structure');
  const problem = claimsProblem(claimed, self, now);
  if (problem) return refuse(problem);
  if (await wasAccepted(ctx.db, claimed.iss, claimed.jti)) return refuse('replayed');
  const handler = messageHandlerOf(claimed.kind);
  if (!handler) return refuse('unknown_kind');
  try {
    return await ctx.db.transaction(async (tx) => {
      const answer = await handler(ctx, tx, claimed);
      const jti = randomUUID();
      const signed = await signCompact(
        { iss: self, aud: claimed.iss, jti, iat: seconds(now), kind: answer.kind, body: answer.body, inReplyTo: claimed.jti },
        MESSAGE_TYP,
        await ownKey(ctx, tx),
      );
      const common = { consentId: answer.consentId ?? null, talentId: answer.talentId ?? null, facts: answer.facts ?? [] };
      await insertMessages(tx, [
        entry('in', { peer: claimed.iss, jti: claimed.jti, kind: claimed.kind, inReplyTo: claimed.inReplyTo }, token, now, common),
        entry('out', { peer: claimed.iss, jti, kind: answer.kind, inReplyTo: claimed.jti }, signed, now, { ...common, reason: answer.reason ?? null }),
      ]);
      return signed;
    });
  } catch (err) {
    // Two nodes receiving the same message at once: the unique index lets one through.
    if (String((err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code) === '23505') return refuse('replayed');
    throw err;
  }
}

/** What a partner answered to `sendSigned`. */
export interface SignedAnswer {
  jti: string;
  answerJti: string;
  kind: string;
  body: Record<string, unknown>;
}

/** What the log of an exchange says beyond the messages themselves. */
export interface SendOptions {
  consentId?: string | null;
  talentId?: string | null;
  facts?: string[];
  /** Writes done with the answer, in the transaction that logs it (a request's answered facts). */
  onAnswer?: (tx: Tx, answer: SignedAnswer) => Promise<void>;
}

/**
 * Sends a signed message to a member and returns its verified, signed answer. Both are logged
 * (with `onAnswer`'s writes, in one transaction). A member not on the list: 400; no answer or an
 * answer that does not verify: 502 (logged as undelivered or refused); a refusal by the member:
 * its problem, logged.
 */
export async function sendSigned(
  ctx: AppContext,
  to: string,
  kind: RegionMessageKind,
  body: Record<string, unknown>,
  opts: SendOptions = {},
): Promise<SignedAnswer> {
  const list = await requireTrustList(ctx);
  const member = list.members.find((m) => m.adminCode === to);
  if (!member || to === selfAdminCode(ctx))
    throw fail('BOLE_REGION_UNKNOWN_MEMBER', { adminCode: to }, [{ field: 'adminCode', message: 'is not another member of the trust list' }]);
  const self = selfAdminCode(ctx);
  const jti = randomUUID();
  const sentAt = ctx.clock.now();
  const token = await ctx.db.transaction(async (tx) =>
    signCompact({ iss: self, aud: to, jti, iat: seconds(sentAt), kind, body }, MESSAGE_TYP, await ownKey(ctx, tx)),
  );
  const logged = { consentId: opts.consentId ?? null, talentId: opts.talentId ?? null, facts: opts.facts ?? [] };
  const outEntry = (more: Partial<NewMessageRow>) => entry('out', { peer: to, jti, kind }, token, sentAt, { ...logged, ...more });

  let res: Response;
  try {
    res = await regionFetch(ctx)(`${member.baseUrl.replace(/\/$/, '')}/api/v1/region/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
  } catch {
    await insertMessages(ctx.db, [outEntry({ status: 'undelivered', reason: 'unreachable' })]);
    throw fail('BOLE_REGION_PARTNER_UNREACHABLE', { adminCode: to, reason: { en: 'no answer', zh: '无应答' } });
  }
  const answerText = await res.text();
  if (!res.ok) {
    const problem = JSON.parse(answerText || '{}') as { code?: string; errors?: { message?: string }[] };
    const reason = problem.errors?.[0]?.message ?? problem.code ?? `HTTP ${res.status}`;
    await insertMessages(ctx.db, [outEntry({ status: 'refused', reason })]);
    throw fail('BOLE_REGION_PARTNER_UNREACHABLE', { adminCode: to, reason: `${problem.code ?? res.status} ${reason}` });
  }
  const answerToken = (JSON.parse(answerText) as { token?: string }).token ?? '';
  const now = ctx.clock.now();
  const verified = await verifyCompact(answerToken, await keysOf(ctx, to, now));
  const claims = verified.ok ? envelopeClaimsOf(verified.payload) : null;
  const problem = !verified.ok
    ? verified.reason
    : !claims
      ? 'structure'
      : claims.iss !== to
        ? 'unknown_issuer'
        : claims.inReplyTo !== jti
          ? 'structure'
          : claimsProblem(claims, self, now);
  if (problem || !claims) {
    await insertMessages(ctx.db, [
      outEntry({}),
      entry('in', { peer: to, jti: claims?.jti ?? '', kind: claims?.kind ?? '', inReplyTo: jti }, answerToken, now, { status: 'refused', reason: problem }),
    ]);
    throw fail('BOLE_REGION_PARTNER_UNREACHABLE', { adminCode: to, reason: problem ?? 'structure' });
  }
  const answer: SignedAnswer = { jti, answerJti: claims.jti, kind: claims.kind, body: claims.body };
  await ctx.db.transaction(async (tx) => {
    await insertMessages(tx, [outEntry({}), entry('in', { peer: to, jti: claims.jti, kind: claims.kind, inReplyTo: jti }, answerToken, now, logged)]);
    await opts.onAnswer?.(tx, answer);
  });
  return answer;
}
