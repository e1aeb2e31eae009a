/** Database access for the housing stock: projects, units and their states. */
import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { HousingLayout, HousingUnitState } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { housingProjects, housingUnits } from './housing.table.js';

type Conn = Db | Tx;

export type ProjectRow = typeof housingProjects.$inferSelect;
export type UnitRow = typeof housingUnits.$inferSelect;
/** A unit with its project's code and name. */
export type UnitWithProject = UnitRow & { projectCode: string; projectName: string };

/** Inserts a project; null when its code is taken. */
export async function insertProject(tx: Tx, row: typeof housingProjects.$inferInsert): Promise<ProjectRow | null> {
  const [r] = await tx.insert(housingProjects).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

/** Projects by code. */
export async function projectsByCode(conn: Conn, codes: readonly string[]): Promise<Map<string, ProjectRow>> {
  if (codes.length === 0) return new Map();
  const rows = await conn
    .select()
    .from(housingProjects)
    .where(inArray(housingProjects.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r]));
}

/** Every project with its unit counts per state. */
export async function listProjects(conn: Conn): Promise<(ProjectRow & { counts: Partial<Record<HousingUnitState, number>> })[]> {
  const projects = await conn.select().from(housingProjects).orderBy(asc(housingProjects.code));
  const counts = await conn
    .select({ projectId: housingUnits.projectId, state: housingUnits.state, n: sql<number>`count(*)::int` })
    .from(housingUnits)
    .groupBy(housingUnits.projectId, housingUnits.state);
  return projects.map((p) => ({ ...p, counts: Object.fromEntries(counts.filter((c) => c.projectId === p.id).map((c) => [c.state, c.n])) }));
}

/** Unit codes of `codes` already in the stock. */
export async function existingUnitCodes(conn: Conn, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await conn
    .select({ code: housingUnits.code })
    .from(housingUnits)
    .where(inArray(housingUnits.code, [...codes]));
  return new Set(rows.map((r) => r.code));
}

/** Inserts units. */
export async function insertUnits(tx: Tx, rows: (typeof housingUnits.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(housingUnits).values(rows);
}

const withProject = {
  unit: housingUnits,
  projectCode: housingProjects.code,
  projectName: housingProjects.name,
};

/** Every unit with its project, by project, building and code. */
export async function listUnits(conn: Conn): Promise<UnitWithProject[]> {
  const rows = await conn
    .select(withProject)
    .from(housingUnits)
    .innerJoin(housingProjects, eq(housingProjects.id, housingUnits.projectId))
    .orderBy(asc(housingProjects.code), asc(housingUnits.building), asc(housingUnits.code));
  return rows.map((r) => ({ ...r.unit, projectCode: r.projectCode, projectName: r.projectName }));
}

/** A unit with its project, locked until the transaction ends when `lock`. */
export async function findUnit(conn: Conn, id: string, lock = false): Promise<UnitWithProject | undefined> {
  const q = conn
    .select(withProject)
    .from(housingUnits)
    .innerJoin(housingProjects, eq(housingProjects.id, housingUnits.projectId))
    .where(eq(housingUnits.id, id));
  const [r] = lock ? await q.for('update', { of: housingUnits }) : await q;
  return r ? { ...r.unit, projectCode: r.projectCode, projectName: r.projectName } : undefined;
}

/** Sets the state (and the holding round) of units. */
export async function setUnitsState(tx: Tx, ids: readonly string[], state: HousingUnitState, roundId: string | null = null): Promise<void> {
  if (ids.length)
    await tx
      .update(housingUnits)
      .set({ state, roundId })
      .where(inArray(housingUnits.id, [...ids]));
}

/** Available units not held by a round, of one project and layout, by code, locked. */
export async function availableUnits(tx: Tx, projectId: string, layout: HousingLayout): Promise<UnitRow[]> {
  return tx
    .select()
    .from(housingUnits)
    .where(and(eq(housingUnits.projectId, projectId), eq(housingUnits.layout, layout), eq(housingUnits.state, 'available'), isNull(housingUnits.roundId)))
    .orderBy(asc(housingUnits.code))
    .for('update');
}

/** Units a round holds, with their projects. */
export async function unitsOfRound(conn: Conn, roundId: string): Promise<UnitWithProject[]> {
  const rows = await conn
    .select(withProject)
    .from(housingUnits)
    .innerJoin(housingProjects, eq(housingProjects.id, housingUnits.projectId))
    .where(eq(housingUnits.roundId, roundId))
    .orderBy(asc(housingUnits.code));
  return rows.map((r) => ({ ...r.unit, projectCode: r.projectCode, projectName: r.projectName }));
}

/** Frees the units a round held but did not allocate. */
export async function releaseRoundUnits(tx: Tx, roundId: string, keepCodes: readonly string[]): Promise<void> {
  await tx
    .update(housingUnits)
    .set({ state: 'available', roundId: null })
    .where(and(eq(housingUnits.roundId, roundId), keepCodes.length ? notInArray(housingUnits.code, [...keepCodes]) : undefined));
  await tx.update(housingUnits).set({ roundId: null }).where(eq(housingUnits.roundId, roundId));
}

/** Units by code. */
export async function unitsByCode(conn: Conn, codes: readonly string[]): Promise<Map<string, UnitRow>> {
  if (codes.length === 0) return new Map();
  const rows = await conn
    .select()
    .from(housingUnits)
    .where(inArray(housingUnits.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r]));
}
