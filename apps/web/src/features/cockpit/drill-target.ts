import type { CockpitCountIndicator, CockpitUnitKind } from '@bole/contracts';

/** What a drill-down opens: a count indicator of one district or chain in a period. */
export interface DrillTarget {
  period: string;
  indicator: CockpitCountIndicator;
  unit: CockpitUnitKind;
  code: string;
}
