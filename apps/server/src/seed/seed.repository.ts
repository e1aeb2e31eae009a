/**
 * The queries of the seed module: counts, what an appended batch must avoid, and the demo rows. Bulk rows go through `Database.copyCsv` (see `seed-city.ts`).
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import { withNameKey } from '../talents/name-key.js';
import type { EmployerRef } from './city.generator.js';
import { queryRows } from '../db/rows.js';

const rows = queryRows;

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

/** Inserts one employer row. */
export async function insertEmployer(tx: Tx, row: typeof employers.$inferInsert): Promise<void> {
  await tx.insert(employers).values(row);
}

/** Inserts one talent row; returns its id. */
export async function insertTalent(tx: Tx, row: typeof talents.$inferInsert): Promise<string> {
  const [r] = await tx.insert(talents).values(withNameKey(row)).returning({ id: talents.id });
  return r!.id;
}

/**
 * Whether talent `t` falls in the `pct` per cent a source covers: deterministic per talent and
 * source, and the same on every load of the same seed (generated ids carry the load time, so
 * they are not hashed; the generated name and birth date are the same every time).
 */
const covered = (source: string, pct: number) => sql.raw(`abs(hashtext(t.name || t.birth_date::text || '${source}')) % 100 < ${pct}`);

/**
 * The demo city's verified facts, for talents that have none yet: 人社局 data confirms the
 * employment, arrival and social-insurance months of 90 % of the employed, 公安 the hukou of 85 %,
 * 不动产登记 the homes of 85 %, and reviews the education, titles, skills, honours, patents and
 * postdoc of 60 % (as a finished recognition or an approved application would) — each equal to
 * the declaration, with its provenance. Two statements per source, whatever the size of the city.
 */
export async function seedVerifiedFacts(db: Db, stamp: string): Promise<void> {
  const groups: { source: 'department' | 'review'; department: string | null; pct: number; where: string; fields: [string, string][] }[] = [
    {
      source: 'department',
      department: 'rsj',
      pct: 90,
      where: 't.employer_id is not null',
      fields: [
        ['employer_id', 'employerId'],
        ['arrival_date', 'arrivalDate'],
        ['social_insurance_months', 'socialInsuranceMonths'],
      ],
    },
    { source: 'department', department: 'gaj', pct: 85, where: 'true', fields: [['hukou_in_city', 'hukouInCity']] },
    {
      source: 'department',
      department: 'bdc',
      pct: 85,
      where: 'true',
      fields: [
        ['owns_home_in_city', 'ownsHomeInCity'],
        ['first_home_purchase_date', 'firstHomePurchaseDate'],
      ],
    },
    {
      source: 'review',
      department: null,
      pct: 60,
      where: 't.highest_degree is not null',
      fields: [
        ['highest_degree', 'highestDegree'],
        ['graduation_date', 'graduationDate'],
        ['school_tier', 'schoolTier'],
        ['title', 'title'],
        ['title_date', 'titleDate'],
        ['skill_level', 'skillLevel'],
        ['skill_cert_date', 'skillCertDate'],
        ['honors', 'honors'],
        ['licensed_patents_last_year', 'licensedPatentsLastYear'],
        ['is_postdoc', 'isPostdoc'],
        ['postdoc_completed_date', 'postdocCompletedDate'],
      ],
    },
  ];
  for (const g of groups) {
    const key = g.department ?? g.source;
    const pick = sql`t.created_at = ${stamp}::timestamptz and ${sql.raw(g.where)} and ${covered(key, g.pct)}`;
    await db.execute(sql`
      insert into verified_facts (talent_id, ${sql.raw(g.fields.map(([c]) => c).join(', '))}, updated_at)
      select t.id, ${sql.raw(g.fields.map(([c]) => `t.${c}`).join(', '))}, ${stamp}::timestamptz from talents t where ${pick}
      on conflict (talent_id) do update set ${sql.raw(g.fields.map(([c]) => `${c} = excluded.${c}`).join(', '))}`);
    const values = g.fields.map(([c, f]) => `('${f}', to_jsonb(t.${c}))`).join(', ');
    await db.execute(sql`
      insert into fact_records (talent_id, field, source, value, department, recorded_at)
      select t.id, f.field, ${g.source}, f.value, ${g.department}, ${stamp}::timestamptz
      from talents t cross join lateral (values ${sql.raw(values)}) as f(field, value) where ${pick}`);
  }
}
