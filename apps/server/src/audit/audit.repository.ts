/** Database access for the audit log. Appends are serialised by a transaction-level advisory lock. */
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { auditLog } from './audit.table.js';
import { GENESIS_HASH, chainHash, type ChainMac, type ChainedFields } from './audit-chain.js';

const AUDIT_LOCK = 4_242_002;

/** What a caller records; id, hashes and time are filled in here. */
export type AuditInput = Omit<ChainedFields, 'id' | 'at'>;

/**
 * Appends one entry inside the caller's transaction (so the entry exists exactly when the
 * change it records does).
 */
export async function appendAuditEntry(tx: Tx | Db, mac: ChainMac, entry: AuditInput, at: Date): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const id = (last?.id ?? 0) + 1;
  const fields: ChainedFields = { ...entry, id, at: at.toISOString() };
  await tx.insert(auditLog).values({ ...fields, prevHash, hash: chainHash(mac, prevHash, fields) });
}

/** The last committed entry (id and hash), or null for an empty log. */
export async function lastAuditEntry(db: Db): Promise<{ id: number; hash: string } | null> {
  const [last] = await db.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return last ?? null;
}

/** Reads the chain in id order, in pages, for verification. */
export async function* readAuditChain(db: Db, pageSize = 5000) {
  let after = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, after)).orderBy(asc(auditLog.id)).limit(pageSize);
    if (rows.length === 0) return;
    for (const r of rows) yield r;
    after = rows[rows.length - 1]!.id;
  }
}

/** Lists entries newest first, optionally for one entity. */
export async function listAuditEntries(db: Db, opts: { limit: number; offset: number; entity?: string; entityId?: string }) {
  const where = opts.entity
    ? opts.entityId
      ? sql`${auditLog.entity} = ${opts.entity} and ${auditLog.entityId} = ${opts.entityId}`
      : sql`${auditLog.entity} = ${opts.entity}`
    : undefined;
  const rows = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(opts.limit).offset(opts.offset);
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  return { rows, total };
}
