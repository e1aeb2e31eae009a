/** Database access for talent profiles. With talent-list.repository.ts, the only files here that touch Drizzle. */
import { and, asc, eq, getTableColumns, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database, Db, Tx } from '../db/database.js';
import { talents } from './talent.table.js';
import { employers } from '../employers/employer.table.js';
import { nameSortKey, withNameKey } from './name-key.js';

type Conn = Db | Tx;

/** A talent row. */
export type TalentRow = typeof talents.$inferSelect;
/** Values of a new talent row. */
export type NewTalentRow = typeof talents.$inferInsert;
/** A talent row with the attributes of its employer. */
export type TalentWithEmployer = TalentRow & { employerName: string | null; employerChain: string | null };

/** Inserts a talent; null (without failing the transaction) when the mobile or ID number is on file. */
export async function insertTalent(tx: Tx, row: NewTalentRow): Promise<{ id: string } | null> {
  const [created] = await tx.insert(talents).values(withNameKey(row)).onConflictDoNothing().returning({ id: talents.id });
  return created ?? null;
}

/** Finds a talent with its employer's name and chain. */
export async function findTalentById(conn: Conn, id: string): Promise<TalentWithEmployer | null> {
  const [row] = await conn
    .select({ talent: talents, employerName: employers.name, employerChain: employers.chain })
    .from(talents)
    .leftJoin(employers, eq(employers.id, talents.employerId))
    .where(eq(talents.id, id))
    .limit(1);
  return row ? { ...row.talent, employerName: row.employerName, employerChain: row.employerChain } : null;
}

/** A talent row with the employer attributes the policy engine reads. */
export type TalentForTier = TalentRow & { employer: { chain: string; kind: string; district: string; flags: string[] } | null };

/** Talents in id order after `afterId` (keyset pages), with their employer's attributes. */
export async function readTalentPage(conn: Conn, afterId: string | null, limit: number): Promise<TalentForTier[]> {
  const rows = await conn
    .select({ talent: talents, chain: employers.chain, kind: employers.kind, district: employers.district, flags: employers.flags })
    .from(talents)
    .leftJoin(employers, eq(employers.id, talents.employerId))
    .where(afterId === null ? undefined : gt(talents.id, afterId))
    .orderBy(asc(talents.id))
    .limit(limit);
  return rows.map((r) => ({
    ...r.talent,
    employer: r.chain === null ? null : { chain: r.chain, kind: r.kind!, district: r.district!, flags: r.flags ?? [] },
  }));
}

/** Sets the tier of many talents in one statement (`updated_at` is left alone: a tier is derived, not edited). */
export async function setTiers(tx: Tx, changes: Array<{ id: string; tier: string | null }>): Promise<void> {
  if (changes.length === 0) return;
  const values = sql.join(
    changes.map((c) => sql`(${c.id}::uuid, ${c.tier}::text)`),
    sql`, `,
  );
  await tx.execute(sql`update ${talents} set tier = v.tier from (values ${values}) as v(id, tier) where ${talents.id} = v.id`);
}

/** Locks a talent row for the rest of the transaction (concurrent saves serialise). */
export async function lockTalent(tx: Tx, id: string): Promise<TalentRow | null> {
  const [row] = await tx.select().from(talents).where(eq(talents.id, id)).for('update').limit(1);
  return row ?? null;
}

/** The id of the talent holding a mobile or ID number (by keyed hash), or null. */
export async function findTalentIdByHash(conn: Conn, by: { mobileHash: string } | { idNumberHash: string }): Promise<string | null> {
  const where = 'mobileHash' in by ? eq(talents.mobileHash, by.mobileHash) : eq(talents.idNumberHash, by.idNumberHash);
  const [row] = await conn.select({ id: talents.id }).from(talents).where(where).limit(1);
  return row?.id ?? null;
}

/** Talents whose ID number is kept but not linked (another talent held it when they gave it): the office's 身份证号冲突 list. */
export async function findUnlinkedIdNumbers(conn: Conn, limit = 200) {
  return conn
    .select({ id: talents.id, name: talents.name, idNumberEnc: talents.idNumberEnc, updatedAt: talents.updatedAt })
    .from(talents)
    .where(and(isNotNull(talents.idNumberEnc), isNull(talents.idNumberHash)))
    .orderBy(asc(talents.updatedAt))
    .limit(limit);
}

/** Sets a talent's ID number columns (null clears the number; a hash links it for searches and department data). */
export async function setIdNumber(
  tx: Tx,
  id: string,
  v: { idNumberEnc: string | null; idNumberHash: string | null; birthplace: string | null; updatedAt: Date },
) {
  await tx.update(talents).set(v).where(eq(talents.id, id));
}

/** The attributes of an employer the talent chose (null when the id is unknown). */
export async function findEmployerFacts(conn: Conn, id: string) {
  const [row] = await conn
    .select({ chain: employers.chain, kind: employers.kind, district: employers.district, flags: employers.flags })
    .from(employers)
    .where(eq(employers.id, id))
    .limit(1);
  return row ?? null;
}

/** The columns a profile save writes. */
export type TalentProfileValues = Omit<NewTalentRow, 'id' | 'mobileEnc' | 'mobileHash' | 'createdAt'>;

/**
 * Writes a profile; returns false when the new ID number belongs to another talent (the
 * unique index refused it) — the caller's transaction is then rolled back by the caller.
 */
export async function updateTalentProfile(tx: Tx, id: string, values: TalentProfileValues): Promise<'ok' | 'duplicate_id_number'> {
  try {
    await tx.update(talents).set(withNameKey(values)).where(eq(talents.id, id));
    return 'ok';
  } catch (e) {
    if (uniqueViolation(e) === 'talents_id_number_hash_uq') return 'duplicate_id_number';
    throw e;
  }
}

/** The constraint name of a unique violation (SQLSTATE 23505), looking through Drizzle's wrapper. */
function uniqueViolation(e: unknown): string | null {
  for (let err = e as { code?: string; constraint?: string; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
    if (err.code === '23505') return err.constraint ?? '';
  }
  return null;
}

/** Column order of `bulkInsertTalents`' COPY. */
const COPY_COLUMNS = Object.entries(getTableColumns(talents)).map(([key, col]) => [key as keyof NewTalentRow, col.name] as const);

function csvValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (Array.isArray(v)) return csvValue(`{${v.map((x) => `"${String(x).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
  const s = String(v);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Loads many talents with COPY (seed, imports, benchmarks), far faster than INSERT. Every
 * row must set the same columns as the first (the others take their database defaults);
 * personal data must already be sealed (see `sealTalentPersonalData` in talent.service.ts).
 * Rows go in chunks of `chunk`, each its own COPY: give rows an `id` to resume a broken load.
 */
export async function bulkInsertTalents(database: Database, rows: NewTalentRow[], chunk = 10_000): Promise<void> {
  if (rows.length === 0) return;
  rows = rows.map(withNameKey);
  const columns = COPY_COLUMNS.filter(([key]) => rows[0]![key] !== undefined);
  const missing = rows.findIndex((r) => columns.some(([key]) => r[key] === undefined));
  if (missing >= 0) throw new Error(`bulkInsertTalents: row ${missing} lacks a column the first row sets`);
  for (let i = 0; i < rows.length; i += chunk) {
    const csv = rows
      .slice(i, i + chunk)
      .map((r) => columns.map(([key]) => csvValue(r[key])).join(','))
      .join('\n');
    await database.copyCsv(
      'talents',
      columns.map(([, name]) => `"${name}"`),
      `${csv}\n`,
    );
  }
}

/** Up to `limit` talents with an ID number but no stored birthplace prefix (saved before it was kept). */
export async function talentsWithoutBirthplace(conn: Conn, limit: number): Promise<{ id: string; idNumberEnc: string }[]> {
  const rows = await conn
    .select({ id: talents.id, idNumberEnc: talents.idNumberEnc })
    .from(talents)
    .where(and(isNull(talents.birthplace), isNotNull(talents.idNumberEnc)))
    .limit(limit);
  return rows as { id: string; idNumberEnc: string }[];
}

/** Stores the birthplace prefix of talents. */
export async function setBirthplaces(tx: Tx, rows: { id: string; birthplace: string }[]): Promise<void> {
  for (const r of rows) await tx.update(talents).set({ birthplace: r.birthplace }).where(eq(talents.id, r.id));
}

/**
 * Fills the pinyin sort key of up to `limit` talents without one (rows written before the key
 * was kept, or by SQL outside this repository); returns how many it filled.
 */
export async function fillNameKeys(database: Db, limit: number): Promise<number> {
  const rows = await database.select({ id: talents.id, name: talents.name }).from(talents).where(isNull(talents.nameKey)).limit(limit);
  if (rows.length === 0) return 0;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::uuid, ${nameSortKey(r.name)})`),
    sql`, `,
  );
  await database.execute(sql`update ${talents} set name_key = v.k from (values ${values}) as v(id, k) where ${talents.id} = v.id`);
  return rows.length;
}
