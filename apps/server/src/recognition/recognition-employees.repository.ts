/**
 * Database reads of an employer's recognition list: its employees (talents whose profile names
 * it, read-only from the talents table), their latest cases and their granted tiers. The page
 * walks `talents_employer_updated_idx` (employer, updated_at, id): newest profile changes first.
 */
import { and, count, desc, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { talents } from '../talents/talent.table.js';
import { recognitions, talentGrants } from './recognition.table.js';
import type { RecognitionRow } from './recognition.repository.js';

type Conn = Db | Tx;

/** `LIKE` pattern of names starting with `prefix` (its own `%`, `_` and `\` taken literally). */
function startsWith(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function employeesWhere(employerId: string, namePrefix: string | undefined): SQL | undefined {
  return and(eq(talents.employerId, employerId), namePrefix ? like(talents.name, startsWith(namePrefix)) : undefined);
}

/** One page of the employer's employees, most recently updated first. */
export async function listEmployeeRows(conn: Conn, employerId: string, namePrefix: string | undefined, limit: number, offset: number) {
  return conn
    .select({ id: talents.id, name: talents.name, mobileEnc: talents.mobileEnc, idNumberEnc: talents.idNumberEnc })
    .from(talents)
    .where(employeesWhere(employerId, namePrefix))
    .orderBy(desc(talents.updatedAt), desc(talents.id))
    .limit(limit)
    .offset(offset);
}

/** How many employees match. */
export async function countEmployeeRows(conn: Conn, employerId: string, namePrefix: string | undefined): Promise<number> {
  const [row] = await conn.select({ n: count() }).from(talents).where(employeesWhere(employerId, namePrefix));
  return Number(row?.n ?? 0);
}

/** The newest case of each of these talents (talents without a case are absent). */
export async function latestCasesOf(conn: Conn, talentIds: string[]): Promise<Map<string, RecognitionRow>> {
  const latest = new Map<string, RecognitionRow>();
  if (talentIds.length === 0) return latest;
  const rows = await conn.select().from(recognitions).where(inArray(recognitions.talentId, talentIds)).orderBy(desc(recognitions.createdAt));
  for (const r of rows) if (!latest.has(r.talentId)) latest.set(r.talentId, r);
  return latest;
}

/** The granted tier of each of these talents that has one. */
export async function grantsOf(conn: Conn, talentIds: string[]) {
  if (talentIds.length === 0) return new Map<string, typeof talentGrants.$inferSelect>();
  const rows = await conn.select().from(talentGrants).where(inArray(talentGrants.talentId, talentIds));
  return new Map(rows.map((g) => [g.talentId, g]));
}
