/**
 * The queries of the seed module: counts, what an appended batch must avoid, the demo rows and
 * the first-start marker. Bulk rows go through `Database.copyCsv` (see `seed-city.ts`).
 */
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { settings } from '../db/settings.table.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import type { EmployerRef } from './city.generator.js';

async function rows<T>(db: Db | Tx, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Rows in `talents` and in `employers`. */
export async function countCity(db: Db | Tx): Promise<{ talents: number; employers: number }> {
  const [r] = await rows<{ t: number; e: number }>(db, sql`select (select count(*)::int from talents) as t, (select count(*)::int from employers) as e`);
  return { talents: Number(r!.t), employers: Number(r!.e) };
}

/** Every stored employer with what the talent generator needs, oldest first. */
export async function listEmployerRefs(db: Db | Tx): Promise<(EmployerRef & { id: string; creditCode: string })[]> {
  const found = await db
    .select({ id: employers.id, creditCode: employers.creditCode, district: employers.district, chain: employers.chain, kind: employers.kind })
    .from(employers)
    .orderBy(employers.createdAt, employers.id);
  return found.map((e) => ({ ...e, size: 1 }) as EmployerRef & { id: string; creditCode: string });
}

/** The lookup hashes of every stored ID and mobile number (to avoid them when appending). */
export async function listTalentHashes(db: Db | Tx): Promise<{ idHashes: Set<string>; mobileHashes: Set<string> }> {
  const idHashes = new Set<string>();
  const mobileHashes = new Set<string>();
  for (const t of await db.select({ i: talents.idNumberHash, m: talents.mobileHash }).from(talents)) {
    if (t.i) idHashes.add(t.i);
    if (t.m) mobileHashes.add(t.m);
  }
  return { idHashes, mobileHashes };
}

/** Whether a settings marker exists. */
export async function hasMarker(db: Db | Tx, key: string): Promise<boolean> {
  return (await db.select({ key: settings.key }).from(settings).where(eq(settings.key, key))).length > 0;
}

/** Records a settings marker. */
export async function setMarker(tx: Tx, key: string, value: Record<string, unknown>, at: Date): Promise<void> {
  await tx.insert(settings).values({ key, value, updatedAt: at });
}

/** Inserts one employer row. */
export async function insertEmployer(tx: Tx, row: typeof employers.$inferInsert): Promise<void> {
  await tx.insert(employers).values(row);
}

/** Inserts one talent row; returns its id. */
export async function insertTalent(tx: Tx, row: typeof talents.$inferInsert): Promise<string> {
  const [r] = await tx.insert(talents).values(row).returning({ id: talents.id });
  return r!.id;
}
