/**
 * The read model the policy engine needs: talents joined with their employer's chain, kind,
 * district and flags, in the pack's field names. Read-only; the talents and employers areas
 * own these tables and every write to them.
 */
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';

/** A talent row as the engine's profile input, with the ID number still sealed. */
export interface ProfileRow {
  id: string;
  birthDate: string | null;
  gender: string | null;
  idNumberEnc: string | null;
  highestDegree: string | null;
  graduationDate: string | null;
  schoolTier: string;
  title: string;
  titleDate: string | null;
  skillLevel: string;
  skillCertDate: string | null;
  honors: string[];
  employerId: string | null;
  employerChain: string | null;
  employerKind: string | null;
  employerDistrict: string | null;
  employerFlags: string[] | null;
  arrivalDate: string | null;
  socialInsuranceMonths: number;
  hukouInCity: boolean;
  ownsHomeInCity: boolean;
  firstHomePurchaseDate: string | null;
  livesInTalentApartment: boolean;
  childrenSchoolAge: number;
  spouseNeedsJob: boolean;
  isPostdoc: boolean;
  postdocCompletedDate: string | null;
  engagementMode: string;
  onsiteDaysLastYear: number;
  specialPost: string;
  dualAppointment: boolean;
  licensedPatentsLastYear: number;
  yearsWorkedOutside: number;
}

const columns = {
  id: talents.id,
  birthDate: talents.birthDate,
  gender: talents.gender,
  idNumberEnc: talents.idNumberEnc,
  highestDegree: talents.highestDegree,
  graduationDate: talents.graduationDate,
  schoolTier: talents.schoolTier,
  title: talents.title,
  titleDate: talents.titleDate,
  skillLevel: talents.skillLevel,
  skillCertDate: talents.skillCertDate,
  honors: talents.honors,
  employerId: talents.employerId,
  employerChain: employers.chain,
  employerKind: employers.kind,
  employerDistrict: employers.district,
  employerFlags: employers.flags,
  arrivalDate: talents.arrivalDate,
  socialInsuranceMonths: talents.socialInsuranceMonths,
  hukouInCity: talents.hukouInCity,
  ownsHomeInCity: talents.ownsHomeInCity,
  firstHomePurchaseDate: talents.firstHomePurchaseDate,
  livesInTalentApartment: talents.livesInTalentApartment,
  childrenSchoolAge: talents.childrenSchoolAge,
  spouseNeedsJob: talents.spouseNeedsJob,
  isPostdoc: talents.isPostdoc,
  postdocCompletedDate: talents.postdocCompletedDate,
  engagementMode: talents.engagementMode,
  onsiteDaysLastYear: talents.onsiteDaysLastYear,
  specialPost: talents.specialPost,
  dualAppointment: talents.dualAppointment,
  licensedPatentsLastYear: talents.licensedPatentsLastYear,
  yearsWorkedOutside: talents.yearsWorkedOutside,
};

/** One talent's profile row, or undefined. */
export async function findProfileRow(db: Db | Tx, talentId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select(columns).from(talents).leftJoin(employers, eq(employers.id, talents.employerId)).where(eq(talents.id, talentId));
  return row;
}

/** Every talent's profile row, in pages by id (keyset), for loading the population. */
export async function* readProfileRows(db: Db, pageSize = 20_000): AsyncGenerator<ProfileRow[]> {
  let after: string | null = null;
  for (;;) {
    const page: ProfileRow[] = await db
      .select(columns)
      .from(talents)
      .leftJoin(employers, eq(employers.id, talents.employerId))
      .where(after === null ? undefined : gt(talents.id, after))
      .orderBy(asc(talents.id))
      .limit(pageSize);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.id;
  }
}

/**
 * A stamp that changes whenever a talent or employer is added, changed or removed (counts and
 * latest `updated_at` of both tables): the cached population is reloaded when it differs.
 */
export async function populationStamp(db: Db): Promise<string> {
  const result = await db.execute(sql`
    select (select count(*) from talents)::text || '|' || coalesce((select max(updated_at) from talents)::text, '') || '|' ||
           (select count(*) from employers)::text || '|' || coalesce((select max(updated_at) from employers)::text, '') as stamp`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { stamp: string }[];
  return rows[0]?.stamp ?? '';
}
