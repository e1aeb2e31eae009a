/**
 * The counts behind the cockpit's indicators, per district or industry chain, for a period
 * [from, to) of calendar dates in Asia/Shanghai. Talents are recognised ones (a granted tier),
 * read with their verified facts (never their declarations) and placed by their district or
 * their verified employer's chain. One grouped scan per source table; the snapshots are stored
 * here too.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { CockpitSnapshotDto, CockpitUnitKind } from '@bole/contracts';
import type { Db, Tx } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import { cockpitSnapshots } from './cockpit.table.js';
import type { UnitCounts } from './indicators.js';

/** A period as dates: `from` included, `to` excluded. */
export interface PeriodRange {
  from: string;
  to: string;
}

/** Joins a talent (`t`) to its verified facts (`v`) and verified employer (`e`). */
const TALENT_JOINS = sql`join talents t on t.id = x.talent_id left join verified_facts v on v.talent_id = t.id left join employers e on e.id = v.employer_id`;

/** The unit a talent counts in: its district, or its verified employer's chain. */
function unitOf(kind: CockpitUnitKind): SQL {
  return kind === 'district' ? sql`t.district` : sql`e.chain`;
}

/** A date in the city's calendar as the instant it starts. */
const startOf = (date: string): SQL => sql`(${date}::timestamp at time zone 'Asia/Shanghai')`;

type CountRow = { unit: string | null } & Partial<UnitCounts>;

async function talentCounts(db: Db, kind: CockpitUnitKind, p: PeriodRange): Promise<CountRow[]> {
  const inPeriod = sql`v.arrival_date >= ${p.from}::date and v.arrival_date < ${p.to}::date`;
  const present = sql`v.arrival_date < ${p.to}::date`;
  return rowsOf<CountRow>(
    await db.execute(sql`
      select ${unitOf(kind)} as unit,
        count(*) filter (where ${inPeriod})::int as arrivals,
        count(*) filter (where ${inPeriod} and v.highest_degree in ('master', 'doctorate'))::int as "arrivalsMaster",
        count(*) filter (where ${inPeriod} and t.birth_date > v.arrival_date - interval '35 years')::int as "arrivalsYoung",
        count(*) filter (where ${present})::int as present,
        count(*) filter (where ${present} and v.employer_id is not null)::int as "presentEmployed",
        coalesce(sum(v.licensed_patents_last_year) filter (where ${present}), 0)::bigint as patents,
        count(*) filter (where ${present} and v.highest_degree = 'doctorate')::int as doctorates,
        count(*) filter (where ${present} and v.title in ('associate_senior', 'senior'))::int as "seniorTitles",
        count(*) filter (where ${present} and (coalesce(v.engagement_mode, 'none') <> 'none' or v.dual_appointment))::int as flexible
      from talents t join verified_facts v on v.talent_id = t.id left join employers e on e.id = v.employer_id
      where t.tier is not null
      group by 1`),
  );
}

async function grantedCounts(db: Db, kind: CockpitUnitKind, p: PeriodRange): Promise<CountRow[]> {
  return rowsOf<CountRow>(
    await db.execute(sql`
      select ${unitOf(kind)} as unit, count(*)::int as granted
      from recognitions x ${TALENT_JOINS}
      where x.granted_at >= ${startOf(p.from)} and x.granted_at < ${startOf(p.to)}
      group by 1`),
  );
}

async function employerCounts(db: Db, kind: CockpitUnitKind, p: PeriodRange): Promise<CountRow[]> {
  return rowsOf<CountRow>(
    await db.execute(sql`
      select ${kind === 'district' ? sql`e.district` : sql`e.chain`} as unit, count(*)::int as employers,
        count(*) filter (where 'high_tech' = any(e.flags))::int as "highTech",
        count(*) filter (where 'above_scale' = any(e.flags))::int as "aboveScale"
      from employers e
      where e.created_at < ${startOf(p.to)}
      group by 1`),
  );
}

async function decisionCounts(db: Db, kind: CockpitUnitKind, p: PeriodRange): Promise<CountRow[]> {
  return rowsOf<CountRow>(
    await db.execute(sql`
      select ${unitOf(kind)} as unit, count(*)::int as decided,
        count(*) filter (where (x.decided_at at time zone 'Asia/Shanghai')::date <= x.due_date)::int as "decidedOnTime"
      from applications x ${TALENT_JOINS}
      where x.decided_at >= ${startOf(p.from)} and x.decided_at < ${startOf(p.to)} and x.due_date is not null
      group by 1`),
  );
}

async function serviceCounts(db: Db, kind: CockpitUnitKind, p: PeriodRange): Promise<CountRow[]> {
  return rowsOf<CountRow>(
    await db.execute(sql`
      select ${unitOf(kind)} as unit, count(*)::int as "serviceClosed",
        count(*) filter (where x.closed_on <= x.resolution_due)::int as "serviceOnTime"
      from service_requests x ${TALENT_JOINS}
      where x.closed_on >= ${p.from}::date and x.closed_on < ${p.to}::date
      group by 1`),
  );
}

async function paidCounts(db: Db, kind: CockpitUnitKind, p: PeriodRange): Promise<CountRow[]> {
  return rowsOf<CountRow>(
    await db.execute(sql`
      select ${unitOf(kind)} as unit, coalesce(sum(x.amount_fen), 0)::bigint as "paidFen"
      from payment_lines x ${TALENT_JOINS}
      where x.status = 'paid' and x.settled_at >= ${startOf(p.from)} and x.settled_at < ${startOf(p.to)}
      group by 1`),
  );
}

/** Every unit's counts for the period; a unit no source counts anything for is absent (no data, never zeros). */
export async function unitCounts(db: Db, kind: CockpitUnitKind, period: PeriodRange): Promise<Map<string, UnitCounts>> {
  const parts = await Promise.all([talentCounts, grantedCounts, employerCounts, decisionCounts, serviceCounts, paidCounts].map((q) => q(db, kind, period)));
  const out = new Map<string, UnitCounts>();
  for (const row of parts.flat()) {
    if (row.unit === null || Object.entries(row).every(([k, v]) => k === 'unit' || Number(v) === 0)) continue;
    const counts = out.get(row.unit) ?? emptyCounts();
    for (const [key, value] of Object.entries(row)) if (key !== 'unit') counts[key as keyof UnitCounts] = Number(value);
    out.set(row.unit, counts);
  }
  return out;
}

function emptyCounts(): UnitCounts {
  return {
    arrivals: 0,
    arrivalsMaster: 0,
    arrivalsYoung: 0,
    present: 0,
    presentEmployed: 0,
    patents: 0,
    doctorates: 0,
    seniorTitles: 0,
    flexible: 0,
    granted: 0,
    employers: 0,
    highTech: 0,
    aboveScale: 0,
    decided: 0,
    decidedOnTime: 0,
    serviceClosed: 0,
    serviceOnTime: 0,
    paidFen: 0,
  };
}

/** Stores a snapshot, replacing the one of its period and kind. */
export async function saveSnapshot(db: Db | Tx, snapshot: CockpitSnapshotDto): Promise<void> {
  await db
    .insert(cockpitSnapshots)
    .values({ period: snapshot.period, unitKind: snapshot.unitKind, computedAt: snapshot.computedAt, body: snapshot })
    .onConflictDoUpdate({ target: [cockpitSnapshots.period, cockpitSnapshots.unitKind], set: { computedAt: snapshot.computedAt, body: snapshot } });
}

/** The stored snapshot of a period and kind, if one was computed. */
export async function findSnapshot(db: Db, period: string, kind: CockpitUnitKind): Promise<CockpitSnapshotDto | null> {
  const [row] = await db
    .select({ body: cockpitSnapshots.body })
    .from(cockpitSnapshots)
    .where(and(eq(cockpitSnapshots.period, period), eq(cockpitSnapshots.unitKind, kind)));
  return row ? (row.body as CockpitSnapshotDto) : null;
}

/** Every stored snapshot of a kind of unit, oldest period first (a handful of rows per year). */
export async function storedSnapshots(db: Db, kind: CockpitUnitKind): Promise<CockpitSnapshotDto[]> {
  const rows = await db
    .select({ body: cockpitSnapshots.body })
    .from(cockpitSnapshots)
    .where(eq(cockpitSnapshots.unitKind, kind))
    .orderBy(cockpitSnapshots.period);
  return rows.map((r) => r.body as CockpitSnapshotDto);
}
