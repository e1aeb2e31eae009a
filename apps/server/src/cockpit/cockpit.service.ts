/**
 * The cockpit's figures: for a period, every district's and every chain's indicator values,
 * the four indices with their ranks, and each rank's uncertainty (the sensitivity analysis).
 * Computed by the refresh job (`cockpit-refresh.service.ts`) and stored; every view reads the
 * stored snapshot, which says when it was computed. A period not yet begun, or one before any
 * record, has no data: every figure null, never zero.
 */
import { COCKPIT_AIMS, COCKPIT_INDICATORS, type CockpitAim, type CockpitQuery, type CockpitSnapshotDto, type CockpitUnitKind } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { fail, invalid } from '../http/errors.js';
import { assertCityCodes } from '../city/city-file.js';
import { compositeIndex, type IndicatorValues } from './composite.js';
import { DEFAULT_SENSITIVITY, rankSensitivity } from './sensitivity.js';
import { indicatorValues, indicatorsOf } from './indicators.js';
import { findSnapshot, unitCounts } from './cockpit.repository.js';
import { businessDate } from '../platform/clock.js';
import { periodRange } from './period.js';

type IndexCell = CockpitSnapshotDto['units'][number]['indices'][CockpitAim];

/** The codes compared: the city's districts or its industry chains. */
function unitCodes(ctx: AppContext, kind: CockpitUnitKind): string[] {
  return (kind === 'district' ? ctx.city.districts : ctx.city.chains).map((u) => u.code);
}

/** Computes one kind of unit's snapshot for `period` (not stored). */
export async function computeSnapshot(ctx: AppContext, period: string, kind: CockpitUnitKind): Promise<CockpitSnapshotDto> {
  const range = periodRange(period);
  const codes = unitCodes(ctx, kind);
  const begun = range.from <= businessDate(ctx.clock.now());
  const counts = begun ? await unitCounts(ctx.db, kind, range) : new Map<string, never>();
  const noData = Object.fromEntries(COCKPIT_INDICATORS.map((id) => [id, null])) as ReturnType<typeof indicatorValues>;
  const values = codes.map((code) => {
    const c = counts.get(code);
    return c === undefined ? noData : indicatorValues(c, range.months);
  });
  const indices = Object.fromEntries(
    COCKPIT_AIMS.map((aim) => {
      const inds: IndicatorValues[] = indicatorsOf(aim).map((d) => ({
        id: d.id,
        direction: d.direction,
        goalposts: d.goalposts,
        values: values.map((v) => v[d.id]),
      }));
      const index = compositeIndex(inds);
      const spread = rankSensitivity(inds, DEFAULT_SENSITIVITY);
      const cells: IndexCell[] = codes.map((_, i) => ({ value: index.values[i] ?? null, rank: index.ranks[i] ?? null, ...spread[i]! }));
      return [aim, cells];
    }),
  ) as Record<CockpitAim, IndexCell[]>;
  return {
    period,
    unitKind: kind,
    computedAt: ctx.clock.now().toISOString(),
    hasData: counts.size > 0,
    sensitivityRuns: DEFAULT_SENSITIVITY.runs,
    units: codes.map((code, i) => ({
      code,
      indicators: values[i]!,
      indices: Object.fromEntries(COCKPIT_AIMS.map((aim) => [aim, indices[aim][i]!])) as Record<CockpitAim, IndexCell>,
    })),
  };
}

/** The stored snapshot; 404 when the period has not been computed. */
export async function cockpitSnapshot(ctx: AppContext, period: string, kind: CockpitUnitKind): Promise<CockpitSnapshotDto> {
  const found = await findSnapshot(ctx.db, period, kind);
  if (found === null) throw fail('BOLE_COCKPIT_NOT_COMPUTED', { period });
  return found;
}

/** The unit a query names: its kind, and the one district or chain it narrows to (400 naming an unknown code, or both given). */
export function queriedUnit(ctx: AppContext, q: Partial<Pick<CockpitQuery, 'unit' | 'district' | 'chain'>>): { kind: CockpitUnitKind; code: string | null } {
  assertCityCodes(ctx.city, { district: q.district, chain: q.chain });
  if (q.district !== undefined && q.chain !== undefined) throw invalid([{ field: 'chain', message: 'name a district or a chain, not both' }]);
  if (q.district !== undefined) return { kind: 'district', code: q.district };
  if (q.chain !== undefined) return { kind: 'chain', code: q.chain };
  return { kind: q.unit ?? 'district', code: null };
}

/** The stored snapshot a query asks for, narrowed to its one district or chain if it names one. */
export async function cockpitView(ctx: AppContext, q: CockpitQuery): Promise<CockpitSnapshotDto> {
  const { kind, code } = queriedUnit(ctx, q);
  const snapshot = await cockpitSnapshot(ctx, q.period, kind);
  return code === null ? snapshot : { ...snapshot, units: snapshot.units.filter((u) => u.code === code) };
}
