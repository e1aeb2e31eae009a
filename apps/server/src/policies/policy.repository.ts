/** Database access for policy versions. The only file of the policies area that touches Drizzle. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { policyVersions, type StoredExampleRun } from './policy.table.js';

/** A stored version without its source (lists and the registry's index). */
export interface VersionMeta {
  policyId: string;
  version: number;
  kind: string;
  path: string;
  status: string;
  effectiveFrom: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  examples: StoredExampleRun | null;
  /** `title`, `pillar`, `mode`, `department` of a policy document (from the parsed JSON). */
  title: { zh: string; en: string } | null;
  pillar: string | null;
  mode: string | null;
  department: string | null;
}

/** A stored version with its source. */
export interface VersionRow extends VersionMeta {
  yaml: string;
  parsed: Record<string, unknown>;
}

/** What is inserted for a new version. */
export interface NewVersion {
  policyId: string;
  version: number;
  kind: string;
  path: string;
  yaml: string;
  parsed: Record<string, unknown>;
  status: 'draft' | 'published';
  effectiveFrom?: string | null;
  publishedBy?: string | null;
  publishedAt?: string | null;
  examples?: StoredExampleRun | null;
  createdBy: string | null;
}

const metaColumns = {
  policyId: policyVersions.policyId,
  version: policyVersions.version,
  kind: policyVersions.kind,
  path: policyVersions.path,
  status: policyVersions.status,
  effectiveFrom: policyVersions.effectiveFrom,
  publishedBy: policyVersions.publishedBy,
  publishedAt: policyVersions.publishedAt,
  createdBy: policyVersions.createdBy,
  createdAt: policyVersions.createdAt,
  examples: policyVersions.examples,
  title: sql<{ zh: string; en: string } | null>`${policyVersions.parsed} -> 'title'`,
  pillar: sql<string | null>`${policyVersions.parsed} ->> 'pillar'`,
  mode: sql<string | null>`${policyVersions.parsed} ->> 'mode'`,
  department: sql<string | null>`${policyVersions.parsed} ->> 'department'`,
};

/** Every version of every document (the table is small: dozens of documents, a few versions each). */
export function listAllVersions(db: Db | Tx): Promise<VersionMeta[]> {
  return db.select(metaColumns).from(policyVersions).orderBy(asc(policyVersions.policyId), asc(policyVersions.version));
}

/** The versions of one document, oldest first. */
export function listVersionsOf(db: Db | Tx, policyId: string): Promise<VersionMeta[]> {
  return db.select(metaColumns).from(policyVersions).where(eq(policyVersions.policyId, policyId)).orderBy(asc(policyVersions.version));
}

/** Published versions of every document (the registry's index). */
export function listPublished(db: Db | Tx): Promise<VersionMeta[]> {
  return db
    .select(metaColumns)
    .from(policyVersions)
    .where(eq(policyVersions.status, 'published'))
    .orderBy(asc(policyVersions.policyId), asc(policyVersions.version));
}

/** One version with its source, or undefined. */
export async function findVersion(db: Db | Tx, policyId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select({ ...metaColumns, yaml: policyVersions.yaml, parsed: policyVersions.parsed })
    .from(policyVersions)
    .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.version, version)));
  return row;
}

/** The sources of the given versions (to compile a pack). */
export async function loadSources(db: Db | Tx, keys: readonly { policyId: string; version: number }[]) {
  if (keys.length === 0) return [];
  const ids = [...new Set(keys.map((k) => k.policyId))];
  const rows = await db
    .select({ policyId: policyVersions.policyId, version: policyVersions.version, path: policyVersions.path, yaml: policyVersions.yaml })
    .from(policyVersions)
    .where(inArray(policyVersions.policyId, ids));
  const wanted = new Set(keys.map((k) => `${k.policyId}@${k.version}`));
  return rows.filter((r) => wanted.has(`${r.policyId}@${r.version}`));
}

/** Number of stored versions (zero before the pack is seeded). */
export async function countVersions(db: Db | Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(policyVersions);
  return row?.n ?? 0;
}

/**
 * A stamp that changes whenever the set of published versions changes (publish, retire), so
 * every server node notices another node's publication with one cheap query.
 */
export async function publishedStamp(db: Db | Tx): Promise<string> {
  const [row] = await db
    .select({
      n: sql<number>`count(*)::int`,
      last: sql<string | null>`max(${policyVersions.publishedAt})::text`,
    })
    .from(policyVersions)
    .where(eq(policyVersions.status, 'published'));
  return `${row?.n ?? 0}|${row?.last ?? ''}`;
}

/**
 * Locks one document's versions for the rest of the transaction (serialises version numbering
 * and publication of that document across connections and server nodes).
 */
export async function lockPolicy(tx: Tx, policyId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242101, hashtext(${policyId}))`);
}

/** The next free version number of a document (call under `lockPolicy`). */
export async function nextVersionNumber(tx: Tx, policyId: string): Promise<number> {
  const [row] = await tx
    .select({ max: sql<number | null>`max(${policyVersions.version})` })
    .from(policyVersions)
    .where(eq(policyVersions.policyId, policyId));
  return (row?.max ?? 0) + 1;
}

/** Inserts versions. */
export async function insertVersions(tx: Tx, rows: readonly NewVersion[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(policyVersions).values(rows.map((r) => ({ ...r })));
}

/** Stores the result of running a version's examples. */
export async function saveExampleRun(tx: Tx | Db, policyId: string, version: number, run: StoredExampleRun): Promise<void> {
  await tx
    .update(policyVersions)
    .set({ examples: run })
    .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.version, version)));
}

/** Marks a draft published; returns false when it was no longer a draft. */
export async function markPublished(
  tx: Tx,
  policyId: string,
  version: number,
  p: { effectiveFrom: string; by: string; at: string; examples: StoredExampleRun | null },
): Promise<boolean> {
  const rows = await tx
    .update(policyVersions)
    .set({ status: 'published', effectiveFrom: p.effectiveFrom, publishedBy: p.by, publishedAt: p.at, examples: p.examples })
    .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.version, version), eq(policyVersions.status, 'draft')))
    .returning({ v: policyVersions.version });
  return rows.length === 1;
}

/** Marks a version retired; returns false when it was already retired. */
export async function markRetired(tx: Tx, policyId: string, version: number): Promise<boolean> {
  const rows = await tx
    .update(policyVersions)
    .set({ status: 'retired' })
    .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.version, version), sql`${policyVersions.status} <> 'retired'`))
    .returning({ v: policyVersions.version });
  return rows.length === 1;
}
