/**
 * The cockpit's figures: for a period, every district's and every chain's indicator values,
 * the four indices with their ranks, and each rank's uncertainty (the sensitivity analysis).
 * Computed by `refreshCockpit` and stored; every view reads the stored snapshot, which says
 * when it was computed.
 */
import { COCKPIT_AIMS, COCKPIT_INDICATORS, COCKPIT_UNIT_KINDS, type CockpitAim, type CockpitSnapshotDto, type CockpitUnitKind } from '@bole/contracts';
import type { AppContext } from '../platform/context.js';
import { fail } from '../http/errors.js';
import { compositeIndex, type IndicatorValues } from './composite.js';
import { DEFAULT_SENSITIVITY, rankSensitivity } from './sensitivity.js';
import { indicatorValues, indicatorsOf } from './indicators.js';
import { findSnapshot, saveSnapshot, unitCounts } from './cockpit.repository.js';
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
  const counts = await unitCounts(ctx.db, kind, range);
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
    sensitivityRuns: DEFAULT_SENSITIVITY.runs,
    units: codes.map((code, i) => ({
      code,
      indicators: values[i]!,
      indices: Object.fromEntries(COCKPIT_AIMS.map((aim) => [aim, indices[aim][i]!])) as Record<CockpitAim, IndexCell>,
    })),
  };
}

/** Recomputes and stores the period's snapshots (districts and chains); returns them. */
export async function refreshCockpit(ctx: AppContext, period: string): Promise<CockpitSnapshotDto[]> {
  const out: CockpitSnapshotDto[] = [];
  for (const kind of COCKPIT_UNIT_KINDS) {
    const snapshot = await computeSnapshot(ctx, period, kind);
    await saveSnapshot(ctx.db, snapshot);
    out.push(snapshot);
  }
  return out;
}

/** The stored snapshot; 404 when the period has not been computed. */
export async function cockpitSnapshot(ctx: AppContext, period: string, kind: CockpitUnitKind): Promise<CockpitSnapshotDto> {
  const found = await findSnapshot(ctx.db, period, kind);
  if (found === null) throw fail('BOLE_COCKPIT_NOT_COMPUTED', { period });
  return found;
}
