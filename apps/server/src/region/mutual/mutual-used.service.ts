/**
 * The source city sees its recognitions used (本市认定在外市互认): with the talent's consent the
 * granting city sends a signed `recognition.used` message; the source records it and lists it
 * for its office. A send that fails (the source is down) is retried by the next re-check.
 */
import { recognitionUsedMessage, type RecognitionUsedElsewhereList, type RecognitionUsedMessage } from '@bole/contracts';
import type { AppContext } from '../../platform/context.js';
import type { MessageHandler } from '../message-handlers.js';
import type { MutualPorts } from './mutual.ports.js';
import { mutualStatusOf } from './mutual.rules.js';
import { listUntold, listUses, markNotified, upsertUse, type MutualWithCase } from './mutual.repository.js';

/** The message about one mutual recognition (no personal data: the source knows its own credential). */
export function usedMessageOf(r: MutualWithCase): RecognitionUsedMessage {
  const status = mutualStatusOf(r.caseStatus, r.row.endedAt);
  return {
    credentialId: r.row.sourceCredentialId,
    statusIndex: r.row.sourceStatusIndex,
    sourceTier: r.row.sourceTier,
    localTier: r.row.localTier,
    status: status === 'granted' ? 'granted' : 'public_notice',
    equivalenceVersion: r.row.equivalenceVersion,
    consentAt: (r.row.consentAt ?? r.row.createdAt).toISOString(),
  };
}

/** Tells the source city (consent was checked by the caller); whether it was delivered. */
export async function tellSource(ctx: AppContext, ports: MutualPorts, r: MutualWithCase): Promise<boolean> {
  if (!r.row.consentToNotifySource) return false;
  const message = usedMessageOf(r);
  try {
    await ports.sendUsed(r.row.sourceAdminCode, message);
  } catch {
    return false;
  }
  await markNotified(ctx.db, r.row.id, ctx.clock.now(), message.status);
  return true;
}

/** Tells every consented source not told yet, or told of the notice and granted since; the number told. */
export async function tellSourcesPending(ctx: AppContext, ports: MutualPorts): Promise<number> {
  let told = 0;
  for (const r of await listUntold(ctx.db)) if (await tellSource(ctx, ports, r)) told += 1;
  return told;
}

/**
 * Records a `recognition.used` message the exchange verified as sent by another member (its
 * handler, in the transaction that logs the message): which of this city's credentials, the
 * tier it gave there. A body that is not one is refused in the answer, nothing recorded. Audited.
 */
export const receiveRecognitionUsed: MessageHandler = async (ctx, tx, message) => {
  const parsed = recognitionUsedMessage.safeParse(message.body);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    return { kind: 'ack', body: { recorded: false, reason }, reason: 'structure' };
  }
  const m = parsed.data;
  await upsertUse(tx, {
    credentialId: m.credentialId,
    statusIndex: m.statusIndex,
    usedByAdminCode: message.iss,
    sourceTier: m.sourceTier,
    localTier: m.localTier,
    status: m.status,
    equivalenceVersion: m.equivalenceVersion,
    consentAt: new Date(m.consentAt),
    receivedAt: ctx.clock.now(),
  });
  await ctx.audit.record(tx, null, {
    action: 'mutual.used_elsewhere',
    entity: 'talent_code',
    entityId: m.credentialId,
    detail: { usedBy: message.iss, localTier: m.localTier, status: m.status },
  });
  return { kind: 'ack', body: { recorded: true } };
};

/** GET /api/v1/mutual-recognitions/used-elsewhere (office, auditor): this city's credentials recognised by other cities. */
export async function recognitionsUsedElsewhere(ctx: AppContext, ports: MutualPorts): Promise<RecognitionUsedElsewhereList> {
  const [rows, list] = await Promise.all([listUses(ctx.db), ports.trustList()]);
  const nameOf = (code: string) => list?.members.find((m) => m.adminCode === code)?.name ?? { zh: code, en: code };
  return {
    items: rows.map(({ use, talentName }) => ({
      id: use.id,
      credentialId: use.credentialId,
      talentName,
      tier: use.sourceTier,
      usedBy: { adminCode: use.usedByAdminCode, name: nameOf(use.usedByAdminCode) },
      localTier: use.localTier,
      status: use.status,
      receivedAt: use.receivedAt.toISOString(),
    })),
  };
}
