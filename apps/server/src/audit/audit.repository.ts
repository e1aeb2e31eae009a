/** Database access for the audit log. Appends are serialised by a transaction-level advisory lock. */
import { and, asc, desc, eq, gt, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import { likeEscape } from '../db/like-pattern.js';
import type { AuditFilter } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { auditLog } from './audit.table.js';
import { users } from '../auth/account.table.js';
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

/** `text` matched literally inside a LIKE pattern. */

/** The entries matching the filters (dates are business dates in Asia/Shanghai, both included). */
function auditWhere(f: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (f.entity) parts.push(eq(auditLog.entity, f.entity));
  if (f.entityId) parts.push(eq(auditLog.entityId, f.entityId));
  if (f.action) parts.push(or(eq(auditLog.action, f.action), ilike(auditLog.action, `${likeEscape(f.action)}%`))!);
  if (f.from) parts.push(gte(auditLog.at, `${f.from}T00:00:00+08:00`));
  if (f.to) parts.push(lt(auditLog.at, new Date(Date.parse(`${f.to}T00:00:00+08:00`) + 86_400_000).toISOString()));
  if (f.actor) parts.push(or(ilike(users.displayName, `%${likeEscape(f.actor)}%`), ilike(users.username, `%${likeEscape(f.actor)}%`))!);
  return parts.length ? and(...parts) : undefined;
}

/** Lists entries newest first, with the actor's name, filtered. */
export async function listAuditEntries(db: Db, opts: AuditFilter & { limit: number; offset: number }) {
  const where = auditWhere(opts);
  const rows = await db
    .select({ entry: auditLog, actorName: users.displayName })
    .from(auditLog)
    .leftJoin(users, sql`${users.id}::text = ${auditLog.actorId}`)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(opts.limit)
    .offset(opts.offset);
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(auditLog)
    .leftJoin(users, sql`${users.id}::text = ${auditLog.actorId}`)
    .where(where);
  return { rows: rows.map((r) => ({ ...r.entry, actorName: r.actorName })), total };
}
