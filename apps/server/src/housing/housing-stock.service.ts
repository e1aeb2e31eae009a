/**
 * The housing stock an officer manages: projects and units (by screen or Excel import, all rows
 * or none), and a unit taken out of use for maintenance or put back. Every change is audited.
 */
import type { HousingProjectInput, HousingStock, HousingUnitInput } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, invalid, notFound, type FieldError } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { existingUnitCodes, findUnit, insertProject, insertUnits, listProjects, listUnits, projectsByCode, setUnitsState } from './housing-stock.repository.js';

/** A unit type's key: the project's code and the layout. */
export const unitTypeOf = (projectCode: string, layout: string) => `${projectCode}/${layout}`;

/** The whole stock: projects with counts per state, and every unit. */
export async function housingStock(ctx: AppContext): Promise<HousingStock> {
  const [projects, units] = await Promise.all([listProjects(ctx.db), listUnits(ctx.db)]);
  return {
    projects: projects.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      district: p.district,
      kind: p.kind,
      units: { available: 0, reserved: 0, let: 0, maintenance: 0, ...p.counts },
    })),
    units: units.map((u) => ({
      id: u.id,
      projectCode: u.projectCode,
      building: u.building,
      code: u.code,
      layout: u.layout,
      areaM2: u.areaM2,
      rentFen: u.rentFen,
      accessible: u.accessible,
      furnished: u.furnished,
      state: u.state,
      unitType: unitTypeOf(u.projectCode, u.layout),
    })),
  };
}

/** Creates a project in one of the city's districts; 409 when its code is taken. */
export async function createProject(ctx: AppContext, who: Principal, input: HousingProjectInput): Promise<void> {
  if (!ctx.city.vocabulary.district.includes(input.district)) throw invalid([{ field: 'district', message: 'is not a district of this city' }]);
  await ctx.db.transaction(async (tx) => {
    const row = await insertProject(tx, { ...input, createdAt: ctx.clock.now().toISOString() });
    if (!row) throw invalid([{ field: 'code', message: 'is already the code of a project' }]);
    await ctx.audit.record(tx, who, { action: 'housing.project.create', entity: 'housing_project', entityId: row.id, detail: { code: input.code } });
  });
}

/**
 * Adds units, all or none: every row's project must exist and every unit code be new (in the
 * stock and in the rows); otherwise 400 naming each bad field (`units.3.code`).
 */
export async function addUnits(ctx: AppContext, who: Principal, units: HousingUnitInput[]): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const projects = await projectsByCode(tx, [...new Set(units.map((u) => u.projectCode))]);
    const taken = await existingUnitCodes(
      tx,
      units.map((u) => u.code),
    );
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    units.forEach((u, i) => {
      if (!projects.has(u.projectCode)) errors.push({ field: `units.${i}.projectCode`, message: 'is not a project of the stock' });
      if (taken.has(u.code) || seen.has(u.code)) errors.push({ field: `units.${i}.code`, message: 'is already a unit of the stock' });
      seen.add(u.code);
    });
    if (errors.length) throw invalid(errors);
    await insertUnits(
      tx,
      units.map(({ projectCode, ...unit }) => ({ ...unit, projectId: projects.get(projectCode)!.id, state: 'available' as const })),
    );
    await ctx.audit.record(tx, who, {
      action: 'housing.units.add',
      entity: 'housing_unit',
      detail: { count: units.length, codes: units.slice(0, 50).map((u) => u.code) },
    });
    return units.length;
  });
}

/** Takes an available unit out of use or puts one under maintenance back; 409 for a reserved or let unit. */
export async function setUnitState(ctx: AppContext, who: Principal, unitId: string, state: 'available' | 'maintenance'): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const unit = await findUnit(tx, unitId, true);
    if (!unit) throw notFound({ en: 'The unit', zh: '该房源' });
    if (unit.state !== 'available' && unit.state !== 'maintenance') {
      throw fail('BOLE_HOUSING_UNIT_STATE', { status: unit.state }, [{ field: 'state', message: `the unit is ${unit.state}` }]);
    }
    await setUnitsState(tx, [unit.id], state);
    await ctx.audit.record(tx, who, { action: 'housing.unit.state', entity: 'housing_unit', entityId: unit.id, detail: { from: unit.state, to: state } });
  });
}
