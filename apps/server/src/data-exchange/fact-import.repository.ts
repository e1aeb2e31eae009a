/** Database access of 数据共享: the import records, and the lookups a delivery needs (talents by keyed ID hash, employers by credit code). */
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { talents } from '../talents/talent.table.js';
import { employers } from '../employers/employer.table.js';
import { users } from '../auth/account.table.js';
import { factImports } from './fact-import.table.js';

type Conn = Db | Tx;

/** Talents by the keyed hash of their ID number (only those registered). */
export async function talentsByIdHash(conn: Conn, hashes: string[]): Promise<Map<string, { id: string; name: string }>> {
  const out = new Map<string, { id: string; name: string }>();
  for (let i = 0; i < hashes.length; i += 1000) {
    const rows = await conn
      .select({ hash: talents.idNumberHash, id: talents.id, name: talents.name })
      .from(talents)
      .where(inArray(talents.idNumberHash, hashes.slice(i, i + 1000)));
    for (const r of rows) if (r.hash) out.set(r.hash, { id: r.id, name: r.name });
  }
  return out;
}

/** Employer ids by credit code (only those registered). */
export async function employersByCreditCode(conn: Conn, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await conn.select({ code: employers.creditCode, id: employers.id }).from(employers).where(inArray(employers.creditCode, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export type NewFactImport = typeof factImports.$inferInsert;

/** Records a written import. */
export async function insertFactImport(tx: Tx, row: NewFactImport): Promise<{ id: string }> {
  const [created] = await tx.insert(factImports).values(row).returning({ id: factImports.id });
  return created!;
}

/** Sets an import's counts once its rows are written. */
export async function setImportCounts(tx: Tx, id: string, counts: { changed: number; unchanged: number; contradicted: number }): Promise<void> {
  await tx.update(factImports).set(counts).where(eq(factImports.id, id));
}

/** A page of imports, newest first, with the name of who delivered each; optionally of some departments only. */
export async function listFactImports(conn: Conn, q: { departments?: string[]; page: number; pageSize: number }) {
  const where: SQL | undefined = q.departments ? inArray(factImports.department, q.departments) : undefined;
  const items = await conn
    .select({ imp: factImports, actorName: users.displayName })
    .from(factImports)
    .leftJoin(users, eq(users.id, factImports.actorUserId))
    .where(where)
    .orderBy(desc(factImports.createdAt), desc(factImports.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await conn.select({ n: count() }).from(factImports).where(and(where));
  return { items, total: total?.n ?? 0 };
}
