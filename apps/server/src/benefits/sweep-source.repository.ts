/**
 * The sweep's read of talent profiles: the same read model as the policy engine's population
 * (policies/profile-source.repository.ts), a chunk at a time after a checkpoint, in id order.
 * Read-only; the talents and employers areas own these tables.
 */
import { asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { employers } from '../employers/employer.table.js';
import { talents } from '../talents/talent.table.js';
import type { ProfileRow } from '../policies/profile-source.repository.js';

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

/** Up to `limit` profile rows with id > `after` (all when null), in id order. */
export async function profileRowsAfter(db: Db, after: string | null, limit: number): Promise<ProfileRow[]> {
  return db
    .select(columns)
    .from(talents)
    .leftJoin(employers, eq(employers.id, talents.employerId))
    .where(after === null ? undefined : gt(talents.id, after))
    .orderBy(asc(talents.id))
    .limit(limit);
}
