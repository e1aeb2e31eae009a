/**
 * 信息互通: a city asks another for one of its talents' facts, and answers such requests. The
 * asking city sends the region hash of the ID number, the facts and the purpose; the answering
 * city answers only what a live consent of that talent covers (recipient, facts, purpose, until)
 * and otherwise signs a refusal with the reason. Answered facts become verified facts with
 * source `partner_city` in the asking city.
 */
import { z } from 'zod';
import {
  businessDate,
  CONSENT_PURPOSES,
  SHAREABLE_FACT_FIELDS,
  verifiedFacts as verifiedFactsSchema,
  type FactRequestInput,
  type FactRequestResult,
  type RegionRefusalReason,
  type ShareableFactField,
  type VerifiedFacts,
} from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import type { Principal } from '../http/access.js';
import type { Tx } from '../db/database.js';
import { invalid } from '../http/errors.js';
import { recordVerifiedFacts } from '../facts/fact.service.js';
import { coveringConsent, regionSubjectHash } from './consent.js';
import { consentsFor, findSealedIdNumber, findVerifiedFactsRow } from './consent.repository.js';
import { registerMessageHandler, type HandlerAnswer } from './message-handlers.js';
import type { EnvelopeClaims } from './envelope.js';
import { sendSigned } from './exchange.service.js';

/** The body of a `facts.request`. */
const factsRequestBody = z
  .object({
    subject: z.string().regex(/^[0-9a-f]{64}$/),
    facts: z.array(z.enum(SHAREABLE_FACT_FIELDS as [ShareableFactField, ...ShareableFactField[]])).min(1),
    purpose: z.enum(CONSENT_PURPOSES),
  })
  .strict();

const answeredFacts = verifiedFactsSchema
  .pick(Object.fromEntries(SHAREABLE_FACT_FIELDS.map((f) => [f, true])) as Record<ShareableFactField, true>)
  .partial()
  .strict();

const refusal = (reason: RegionRefusalReason, more: Partial<HandlerAnswer> = {}): HandlerAnswer => ({
  kind: 'facts.refusal',
  body: { reason },
  reason,
  ...more,
});

/** Answers a `facts.request` from another member (the handler of the kind). */
export async function answerFactsRequest(ctx: AppContext, tx: Tx, message: EnvelopeClaims): Promise<HandlerAnswer> {
  const parsed = factsRequestBody.safeParse(message.body);
  if (!parsed.success) return refusal('structure');
  const request = parsed.data;
  const today = businessDate(ctx.clock.now());
  const found = coveringConsent(await consentsFor(tx, request.subject, message.iss), request, today);
  if ('reason' in found) return refusal(found.reason, { facts: request.facts });
  const { consent } = found;
  const verified = await findVerifiedFactsRow(tx, consent.talentId);
  const facts = Object.fromEntries(request.facts.flatMap((f) => (verified?.[f] == null ? [] : [[f, verified[f]]])));
  await ctx.audit.record(tx, null, {
    action: 'region.facts.share',
    entity: 'region_consent',
    entityId: consent.id,
    detail: { recipient: message.iss, asked: request.facts, shared: Object.keys(facts), purpose: request.purpose, requestJti: message.jti },
  });
  return { kind: 'facts.answer', body: { facts }, consentId: consent.id, talentId: consent.talentId, facts: Object.keys(facts) };
}

registerMessageHandler('facts.request', answerFactsRequest);

/**
 * `POST /api/v1/region/fact-requests`: asks `from` for facts of one of this city's talents. The
 * answered facts are recorded as verified (source `partner_city`, the city's code, the answer's
 * message id as the import) in the transaction that logs the answer.
 */
export async function requestFacts(ctx: AppContext, principal: Principal, input: FactRequestInput): Promise<FactRequestResult> {
  const sealed = await findSealedIdNumber(ctx.db, input.talentId);
  if (!sealed) throw invalid([{ field: 'talentId', message: 'is not a talent with an ID number (facts are matched by it)' }]);
  const facts = [...new Set(input.facts)];
  const body = { subject: regionSubjectHash(ctx.cipher.decrypt(sealed)), facts, purpose: input.purpose };
  let recorded: Partial<VerifiedFacts> = {};
  const answer = await sendSigned(ctx, input.from, 'facts.request', body, {
    talentId: input.talentId,
    facts,
    onAnswer: async (tx, a) => {
      if (a.kind !== 'facts.answer') return;
      const given = answeredFacts.safeParse((a.body as { facts?: unknown }).facts ?? {});
      if (!given.success) return;
      recorded = Object.fromEntries(Object.entries(given.data).filter(([f]) => facts.includes(f as ShareableFactField)));
      await recordVerifiedFacts(ctx, tx, input.talentId, recorded, {
        source: 'partner_city',
        department: input.from,
        importId: a.answerJti,
        actorUserId: principal.userId,
      });
    },
  });
  if (answer.kind === 'facts.answer') return { outcome: 'answered', facts: recorded, reason: null, jti: answer.jti };
  const reason = (answer.body as { reason?: RegionRefusalReason }).reason ?? 'structure';
  return { outcome: 'refused', facts: {}, reason, jti: answer.jti };
}
