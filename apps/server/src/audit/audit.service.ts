/**
 * Recording and verifying the audit trail. Every service that changes state calls `record`
 * inside its transaction; reads of full personal data call it too. The chain is keyed (the
 * key is derived from the data key, outside the database) and checkpointed into the data
 * folder, so `verify` finds edits, rewrites with recomputed hashes, deleted tails and a
 * truncated table.
 */
import type { Db, Tx } from '../db/database.js';
import type { Clock } from '../platform/clock.js';
import type { Principal } from '../http/access.js';
import { appendAuditEntry, lastAuditEntry, readAuditChain } from './audit.repository.js';
import { createChainChecker, type ChainCheck, type ChainMac } from './audit-chain.js';
import { appendCheckpoint, readCheckpoints, signCheckpoint, type ReadCheckpoint } from './audit-checkpoints.js';

/** What happened, to what. */
export interface AuditEvent {
  action: string;
  entity: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
}

/** The audit trail as services see it. */
export interface AuditLog {
  /** Records an event by `actor` (null for the system) within `tx`. */
  record(tx: Tx | Db, actor: Pick<Principal, 'userId' | 'role'> | null, event: AuditEvent, ip?: string | null): Promise<void>;
  /** Walks the whole chain against the checkpoints; reports the first broken link. */
  verify(): Promise<ChainCheck>;
  /** Writes a signed checkpoint of the committed log (none when empty or unchanged since the last one). */
  checkpoint(): Promise<ReadCheckpoint | null>;
  /** The checkpoints on file, newest first. */
  checkpoints(limit?: number): ReadCheckpoint[];
}

/** Where the chain's key and checkpoints come from. */
export interface AuditKeys {
  mac: ChainMac;
  checkpointFile: string;
}

/** Checks the chain and every checkpoint on file. */
async function verifyChain(db: Db, keys: AuditKeys): Promise<ChainCheck> {
  const cps = readCheckpoints(keys.checkpointFile, keys.mac);
  const forged = cps.find((c) => !c.valid);
  if (forged)
    return {
      ok: false,
      count: 0,
      brokenAtId: forged.headId,
      reason: 'a checkpoint in the data folder has no valid signature (the checkpoint file was altered)',
    };
  const byHead = new Map(cps.map((c) => [c.headId, c]));
  // entries from before the chain was keyed count only as far as a signed checkpoint covers them
  const checker = createChainChecker(keys.mac, Math.max(0, ...cps.map((c) => c.headId)));
  let count = 0;
  for await (const row of readAuditChain(db)) {
    const broken = checker.push(row);
    if (broken) return broken;
    count++;
    const cp = byHead.get(row.id);
    if (cp && (cp.headHash !== row.hash || cp.count !== count)) {
      return { ok: false, count, brokenAtId: row.id, reason: `the entry differs from the checkpoint of ${cp.at} (the log was rewritten)` };
    }
  }
  const longest = cps.reduce<ReadCheckpoint | null>((m, c) => (m === null || c.count > m.count ? c : m), null);
  if (longest && longest.count > count) {
    return {
      ok: false,
      count,
      brokenAtId: count + 1,
      reason: `the checkpoint of ${longest.at} recorded ${longest.count} entries but the log holds ${count} (entries were deleted from the end or the table was truncated)`,
    };
  }
  return checker.result();
}

/** Builds the audit log over a database, a clock and the chain's key and checkpoint file. */
export function createAuditLog(db: Db, clock: Clock, keys: AuditKeys): AuditLog {
  const checkpoints = (limit = 20) => readCheckpoints(keys.checkpointFile, keys.mac).reverse().slice(0, limit);
  return {
    record: (tx, actor, event, ip) =>
      appendAuditEntry(
        tx,
        keys.mac,
        {
          actorId: actor?.userId ?? null,
          actorRole: actor?.role ?? 'system',
          action: event.action,
          entity: event.entity,
          entityId: event.entityId ?? null,
          detail: event.detail ?? {},
          ip: ip ?? null,
        },
        clock.now(),
      ),
    verify: () => verifyChain(db, keys),
    async checkpoint() {
      const head = await lastAuditEntry(db);
      if (!head) return null;
      const [latest] = checkpoints(1);
      if (latest && latest.headId === head.id && latest.headHash === head.hash) return latest;
      const cp = signCheckpoint(keys.mac, { at: clock.now().toISOString(), count: head.id, headId: head.id, headHash: head.hash });
      appendCheckpoint(keys.checkpointFile, cp);
      return { ...cp, valid: true };
    },
    checkpoints,
  };
}
