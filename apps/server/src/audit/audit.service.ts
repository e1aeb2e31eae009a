/**
 * Recording and verifying the audit trail. Every service that changes state calls `record`
 * inside its transaction; reads of full personal data call it too.
 */
import type { Db, Tx } from '../db/database.js';
import type { Clock } from '../platform/clock.js';
import type { Principal } from '../http/access.js';
import { appendAuditEntry, readAuditChain } from './audit.repository.js';
import { createChainChecker, type ChainCheck } from './audit-chain.js';

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
  /** Walks the whole chain; reports the first broken link. */
  verify(): Promise<ChainCheck>;
}

/** Builds the audit log over a database and a clock. */
export function createAuditLog(db: Db, clock: Clock): AuditLog {
  return {
    record: (tx, actor, event, ip) =>
      appendAuditEntry(
        tx,
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
    async verify() {
      const checker = createChainChecker();
      for await (const row of readAuditChain(db)) {
        const broken = checker.push(row);
        if (broken) return broken;
      }
      return checker.result();
    },
  };
}
