/**
 * Reading and proving the message log. `verifyMessageLog` re-checks every stored message: its
 * digest against its bytes, and its signature against the keys its signer had on any trust
 * list this instance accepted (this instance's own for what it sent) — so either side can later
 * prove what was asked and answered.
 */
import type { MessageLogVerification, RegionMessageLog } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { verifyCompact } from './credentials/index.js';
import { digestOf } from './envelope.js';
import { keysEverListed, toPublicJwk } from './trust-list.js';
import { selfAdminCode, trustListHistory } from './trust-list.service.js';
import { listMessages, messagesAfter, type MessageRow } from './message-log.repository.js';

/** The log as the API shows it. */
export function presentMessage(r: MessageRow): RegionMessageLog['items'][number] {
  return {
    id: r.id,
    direction: r.direction,
    peer: r.peer,
    kind: r.kind,
    jti: r.jti,
    inReplyTo: r.inReplyTo,
    digest: r.digest,
    token: r.token,
    status: r.status,
    reason: r.reason,
    consentId: r.consentId,
    at: r.at.toISOString(),
  };
}

/** `GET /api/v1/region/message-log`: the latest entries, newest first. */
export async function messageLog(ctx: AppContext, query: { peer?: string; limit: number }): Promise<RegionMessageLog> {
  return { items: (await listMessages(ctx.db, query)).map(presentMessage) };
}

/** Re-verifies every message of the log; lists each entry that does not prove what it says. */
export async function verifyMessageLog(ctx: AppContext): Promise<MessageLogVerification> {
  const lists = await trustListHistory(ctx);
  const self = selfAdminCode(ctx);
  const keyCache = new Map<string, ReturnType<typeof keysEverListed>>();
  const keysFor = (adminCode: string) => {
    if (!keyCache.has(adminCode)) keyCache.set(adminCode, keysEverListed(lists, adminCode));
    return keyCache.get(adminCode)!;
  };
  const result: MessageLogVerification = { checked: 0, ok: 0, refusedOnArrival: 0, bad: [] };
  let after = 0;
  for (;;) {
    const page = await messagesAfter(ctx.db, after, 500);
    if (!page.length) break;
    for (const row of page) {
      after = row.id;
      result.checked++;
      if (digestOf(row.token) !== row.digest) {
        result.bad.push({ id: row.id, problem: 'digest does not match the stored token' });
        continue;
      }
      if (row.direction === 'in' && row.status === 'refused') {
        result.refusedOnArrival++;
        continue;
      }
      const signer = row.direction === 'in' ? row.peer : self;
      const verified = await verifyCompact(row.token, keysFor(signer).map(toPublicJwk));
      if (!verified.ok) result.bad.push({ id: row.id, problem: `signature: ${verified.reason}` });
      else if (verified.payload.jti !== row.jti) result.bad.push({ id: row.id, problem: 'jti differs from the signed message' });
      else result.ok++;
    }
  }
  return result;
}
