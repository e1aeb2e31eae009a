/**
 * The cockpit (数据驾驶舱): the seed's four aims as composite indices over indicators computed
 * from Bole's own records, per period and per district or industry chain, each rank with its
 * uncertainty. The names of the aims and indicators are in `labels/cockpit.labels.ts`.
 */
import { z } from 'zod';
import { policyBudget } from './payments.schema.js';

/** The four strategic aims of the seed, each one composite index. */
export const COCKPIT_AIMS = ['attraction', 'innovation', 'agglomeration', 'platform'] as const;
export type CockpitAim = (typeof COCKPIT_AIMS)[number];

/** Every indicator the cockpit computes (its definition: `GET /api/v1/cockpit/indicators`). */
export const COCKPIT_INDICATORS = [
  'arrivals',
  'masterShareOfArrivals',
  'youngShareOfArrivals',
  'recognitionsGranted',
  'patentsPer10k',
  'doctorateShare',
  'seniorTitleShare',
  'employers',
  'highTechShare',
  'aboveScaleShare',
  'talentsPerEmployer',
  'applicationsOnTime',
  'serviceRequestsOnTime',
  'paidPerTalent',
  'flexibleShare',
] as const;
export type CockpitIndicator = (typeof COCKPIT_INDICATORS)[number];

/** What an indicator counts in. */
export const INDICATOR_UNITS = ['perMonth', 'percent', 'per10kTalents', 'count', 'talentsPerEmployer', 'yuanPerTalent'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** What the cockpit compares: districts or industry chains. */
export const COCKPIT_UNIT_KINDS = ['district', 'chain'] as const;
export type CockpitUnitKind = (typeof COCKPIT_UNIT_KINDS)[number];

/** A period: a year (2026), a quarter (2026-Q2) or a month (2026-05). */
export const cockpitPeriod = z
  .string()
  .regex(/^(19|20)\d{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'a year (2026), a quarter (2026-Q2) or a month (2026-05)')
  .describe('Period: a year (2026), a quarter (2026-Q2) or a month (2026-05)');

const bilingualText = z.object({ zh: z.string(), en: z.string() });

/** How one indicator is computed: its formula, sources, direction, unit and goalposts. */
export const indicatorDefinition = z.object({
  id: z.enum(COCKPIT_INDICATORS),
  aim: z.enum(COCKPIT_AIMS),
  direction: z.enum(['higher', 'lower']),
  unit: z.enum(INDICATOR_UNITS),
  goalposts: z.object({ worst: z.number(), best: z.number() }),
  formula: bilingualText,
  sources: z.array(z.string()),
});
export type IndicatorDefinitionDto = z.infer<typeof indicatorDefinition>;
export const indicatorDefinitionList = z.object({ items: z.array(indicatorDefinition) });
export type IndicatorDefinitionList = z.infer<typeof indicatorDefinitionList>;

/** A unit's rank with its 5–95 % interval over the sensitivity runs (null: no data). */
const rankInterval = z.object({
  rank: z.number().int().nullable(),
  median: z.number().int().nullable(),
  p5: z.number().int().nullable(),
  p95: z.number().int().nullable(),
  robust: z.boolean().nullable(),
});

const indexCell = rankInterval.extend({ value: z.number().nullable() });
/** An object with one property per key (a record over an enum would publish no properties). */
const keyed = <K extends string, S extends z.ZodType>(keys: readonly K[], value: S) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);
const indexCells = keyed(COCKPIT_AIMS, indexCell);

/** One district or chain in a snapshot: its indicator values and its place in each index. */
export const cockpitUnit = z.object({
  code: z.string(),
  indicators: keyed(COCKPIT_INDICATORS, z.number().nullable()),
  indices: indexCells,
});

/** The cockpit's figures for one period and kind of unit, as computed at `computedAt`. */
export const cockpitSnapshot = z.object({
  period: cockpitPeriod,
  unitKind: z.enum(COCKPIT_UNIT_KINDS),
  computedAt: z.string(),
  /** False when no record falls in or before the period (one not yet begun, or before any data): every figure is null, shown as "no data". */
  hasData: z.boolean(),
  sensitivityRuns: z.number().int(),
  units: z.array(cockpitUnit),
});
export type CockpitSnapshotDto = z.infer<typeof cockpitSnapshot>;
export const cockpitSnapshotList = z.object({ items: z.array(cockpitSnapshot) });
export type CockpitSnapshotList = z.infer<typeof cockpitSnapshotList>;

/** The public view: the four indices per district, nothing else. */
export const publicIndices = z.object({
  period: cockpitPeriod,
  computedAt: z.string(),
  districts: z.array(z.object({ code: z.string(), indices: indexCells })),
});
export type PublicIndicesDto = z.infer<typeof publicIndices>;

/** A district or chain code of the city (which codes exist is the city's data, checked by the server: 400 naming the parameter). */
const cityCode = (what: string) => z.string().min(1).max(40).optional().describe(`Only this ${what} (one of the city's codes)`);

/** A period's figures per district or chain; `district` or `chain` narrows them to that one unit (and picks its kind). */
export const cockpitQuery = z
  .object({ period: cockpitPeriod, unit: z.enum(COCKPIT_UNIT_KINDS).default('district'), district: cityCode('district'), chain: cityCode('chain') })
  .strict();
export type CockpitQuery = z.infer<typeof cockpitQuery>;
/** An index of one unit over the stored periods (trend) and against the period before (Δ = value − previous). */
const trendCell = z.object({
  values: z.array(z.number().nullable()),
  previous: z.number().nullable(),
  delta: z.number().nullable(),
  previousRank: z.number().int().nullable(),
});
/** Each index's trend over the stored periods of the query's kind (years, quarters or months) up to its period, and the comparison with the period before. */
export const cockpitTrend = z.object({
  period: cockpitPeriod,
  /** The period before (null Δ when it has not been computed). */
  previousPeriod: cockpitPeriod,
  unitKind: z.enum(COCKPIT_UNIT_KINDS),
  /** The stored periods, oldest first; every unit's `values` follow them. */
  periods: z.array(cockpitPeriod),
  units: z.array(z.object({ code: z.string(), indices: keyed(COCKPIT_AIMS, trendCell) })),
});
export type CockpitTrendDto = z.infer<typeof cockpitTrend>;

/** Indicators that count records, whose records a viewer may open (drill-down). */
export const COCKPIT_COUNT_INDICATORS = ['arrivals', 'recognitionsGranted', 'employers'] as const satisfies readonly CockpitIndicator[];
export type CockpitCountIndicator = (typeof COCKPIT_COUNT_INDICATORS)[number];
/** The records behind a count indicator's number for one district or chain (exactly one of the two). */
export const cockpitRecordsQuery = z
  .object({ period: cockpitPeriod, indicator: z.enum(COCKPIT_COUNT_INDICATORS), district: cityCode('district'), chain: cityCode('chain') })
  .strict();
export type CockpitRecordsQuery = z.infer<typeof cockpitRecordsQuery>;
/** One record behind a number: a talent (name masked) or an employer. */
export const cockpitRecord = z.object({
  /** A talent's masked name, or an employer's name. */
  name: z.string(),
  /** The date that placed it in the period: arrival, grant or registration. */
  date: z.string(),
  tier: z.string().nullable(),
  highestDegree: z.string().nullable(),
  employer: z.string().nullable(),
});
export const COCKPIT_RECORDS_LIMIT = 200;
export const cockpitRecords = z.object({
  indicator: z.enum(COCKPIT_COUNT_INDICATORS),
  /** Every record counted (the list holds the first `COCKPIT_RECORDS_LIMIT`). */
  total: z.number().int(),
  items: z.array(cockpitRecord),
});
export type CockpitRecordsDto = z.infer<typeof cockpitRecords>;

/** Money in fen: what was set, committed (approved + paid), paid and is queued, with the queued lines. */
const moneyFigures = z.object({
  annualFen: z.number().int(),
  committedFen: z.number().int(),
  paidFen: z.number().int(),
  queuedFen: z.number().int(),
  queuedLines: z.number().int(),
});
/** The money screen: the period's budget year per policy and per department, and its months (budgets are yearly: a month has none). */
export const cockpitMoney = z.object({
  period: cockpitPeriod,
  year: z.number().int(),
  policies: z.array(policyBudget),
  departments: z.array(moneyFigures.extend({ department: z.string().nullable() })),
  months: z.array(moneyFigures.omit({ annualFen: true }).extend({ month: z.string() })),
});
export type CockpitMoneyDto = z.infer<typeof cockpitMoney>;

/** One department's service performance in a period; a rate is null when nothing was decided or closed (no data, not zero). */
const servicePerformance = z.object({
  department: z.string(),
  /** Decided (reviews) or closed (service requests) in the period, and how many of them by their deadline. */
  done: z.number().int(),
  onTime: z.number().int(),
  onTimeRate: z.number().nullable(),
  /** Still open now, and how many of those are past their deadline. */
  open: z.number().int(),
  overdue: z.number().int(),
});
/** The service screen: review SLA compliance per department, and service requests resolved in time and reopened. */
export const cockpitService = z.object({
  period: cockpitPeriod,
  reviews: z.array(servicePerformance),
  requests: z.array(servicePerformance.extend({ reopened: z.number().int(), reopenRate: z.number().nullable() })),
});
export type CockpitServiceDto = z.infer<typeof cockpitService>;
export const cockpitPeriodQuery = z.object({ period: cockpitPeriod }).strict();

/** Every chart of the cockpit whose numbers export to Excel (one small workbook each): the four aims' rankings, the indices' trend, money and service. */
export const COCKPIT_CHARTS = [...COCKPIT_AIMS, 'trend', 'moneyPolicies', 'moneyDepartments', 'moneyMonths', 'serviceReviews', 'serviceRequests'] as const;
export type CockpitChart = (typeof COCKPIT_CHARTS)[number];
/** One chart's numbers as a workbook: the chart and the query it was drawn from. */
export const cockpitChartQuery = cockpitQuery.extend({ chart: z.enum(COCKPIT_CHARTS) }).strict();

/** The public indices of a period, or of one district. */
export const publicIndicesQuery = z.object({ period: cockpitPeriod, district: cityCode('district') }).strict();
export const cockpitRefreshBody = z.object({ period: cockpitPeriod });

/** The steps of a refresh, in order; each stores its figures and advances the checkpoint in one transaction. */
export const COCKPIT_REFRESH_STEPS = ['district', 'chain'] as const;
export type CockpitRefreshStep = (typeof COCKPIT_REFRESH_STEPS)[number];

/** A refresh job: `running` (resumable after a crash), `done`, `failed` or `abandoned`. */
export const cockpitRefreshJob = z.object({
  id: z.string().uuid(),
  period: cockpitPeriod,
  status: z.enum(['running', 'done', 'failed', 'abandoned']),
  /** The last step stored (null: none yet). */
  checkpoint: z.enum(COCKPIT_REFRESH_STEPS).nullable(),
  processed: z.number().int(),
  total: z.number().int(),
  percent: z.number(),
  /** True when this request resumed an unfinished refresh of the period. */
  resumed: z.boolean().optional(),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type CockpitRefreshJobDto = z.infer<typeof cockpitRefreshJob>;
export const cockpitRefreshParams = z.object({ id: z.string().uuid() }).strict();
