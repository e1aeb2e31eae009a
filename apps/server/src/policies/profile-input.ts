/** Builds the engine's profile input (the pack's field names) from a stored talent. */
import { parseProfile, tierCode, type PopulationBuilder } from '@bole/engine';
import { FACT_CONFIRMERS, VERIFIED_FACT_FIELDS } from '@bole/contracts';
import type { PersonalDataCipher } from '../personal-data/personal-data.js';
import type { ProfileRow, VerifiedProfileRow } from './profile-source.repository.js';

/** The stored profiles other modules read (the sweep pages through them by talent id). */
export { profileRowsAfter, verifiedProfileRowsAfter, verifiedProfileRowsOf, type ProfileRow, type VerifiedProfileRow } from './profile-source.repository.js';

/**
 * The profile input of a stored talent. `idNumber` is the decrypted ID number (or null); it is
 * only used to derive the birthplace prefix and is never returned to a caller.
 */
export function profileInputOf(row: ProfileRow, idNumber: string | null): Record<string, unknown> {
  const { idNumberEnc: _sealed, employerChain, employerKind, employerDistrict, employerFlags, ...rest } = row;
  return {
    ...rest,
    idNumber,
    employer: row.employerId === null ? null : { chain: employerChain, kind: employerKind, district: employerDistrict, flags: employerFlags ?? [] },
  };
}

/** The fields a stored profile must have before it can be evaluated. */
export function missingRequired(row: ProfileRow): ('birthDate' | 'highestDegree')[] {
  return ([row.birthDate === null ? 'birthDate' : null, row.highestDegree === null ? 'highestDegree' : null] as const).filter((x) => x !== null);
}

/** Counts of a batch of rows added to a population. */
export interface AddedRows {
  /** Talent id per population row, in order. */
  ids: string[];
  /** Rows left out: an incomplete or invalid profile. */
  skipped: number;
  /** ID numbers decrypted (a read of personal data the caller audits). */
  idNumbersDecrypted: number;
}

/**
 * Adds stored profile rows to a population builder: incomplete or invalid profiles are left out
 * and counted; ID numbers are decrypted for the birthplace rule. Shared by what-if and the sweep.
 */
export function addProfileRows(
  cipher: PersonalDataCipher,
  builder: PopulationBuilder,
  rows: Iterable<ProfileRow>,
  into: AddedRows = { ids: [], skipped: 0, idNumbersDecrypted: 0 },
): AddedRows {
  for (const row of rows) {
    if (missingRequired(row).length > 0) {
      into.skipped++;
      continue;
    }
    if (row.idNumberEnc) into.idNumbersDecrypted++;
    const parsed = parseProfile(profileInputOf(row, row.idNumberEnc ? cipher.decrypt(row.idNumberEnc) : null), undefined, builder.schema);
    if (!parsed.ok) {
      into.skipped++;
      continue;
    }
    builder.add(parsed.profile);
    into.ids.push(row.id);
  }
  return into;
}

/**
 * The degree an unverified degree counts as: the lowest (every policy asks for "at least"), as an
 * unverified title or skill level counts as none.
 */
export const UNVERIFIED_DEGREE = 'secondary';

/** How verified facts are parsed: a yes/no fact nobody confirmed is not known, so no condition on it holds. */
export const VERIFIED_PARSE = { unknownBooleans: true } as const;

/**
 * Facts Bole itself keeps (source `system`, e.g. who lives in a talent apartment): no record
 * means "no", not "not known".
 */
const SYSTEM_FACTS = VERIFIED_FACT_FIELDS.filter((f) => FACT_CONFIRMERS[f].by === 'system');

/**
 * The engine's input of a talent as the sweep sees it: verified facts only, defaults for the rest,
 * the stored birthplace. Parse it with `VERIFIED_PARSE`: a yes/no fact nobody confirmed is not known.
 */
export function verifiedInputOf(row: VerifiedProfileRow): Record<string, unknown> {
  // One literal, not a spread of the row: the sweep builds a million of these.
  const input: Record<string, unknown> = {
    id: row.id,
    birthDate: row.birthDate,
    gender: row.gender,
    birthplace: row.birthplace,
    idNumber: null,
    highestDegree: row.highestDegree ?? UNVERIFIED_DEGREE,
    graduationDate: row.graduationDate,
    schoolTier: row.schoolTier,
    title: row.title,
    titleDate: row.titleDate,
    skillLevel: row.skillLevel,
    skillCertDate: row.skillCertDate,
    honors: row.honors,
    employerId: row.employerId,
    employer:
      row.employerId === null ? null : { chain: row.employerChain, kind: row.employerKind, district: row.employerDistrict, flags: row.employerFlags ?? [] },
    arrivalDate: row.arrivalDate,
    socialInsuranceMonths: row.socialInsuranceMonths,
    hukouInCity: row.hukouInCity,
    ownsHomeInCity: row.ownsHomeInCity,
    firstHomePurchaseDate: row.firstHomePurchaseDate,
    childrenSchoolAge: row.childrenSchoolAge,
    spouseNeedsJob: row.spouseNeedsJob,
    isPostdoc: row.isPostdoc,
    postdocCompletedDate: row.postdocCompletedDate,
    engagementMode: row.engagementMode,
    onsiteDaysLastYear: row.onsiteDaysLastYear,
    specialPost: row.specialPost,
    dualAppointment: row.dualAppointment,
    licensedPatentsLastYear: row.licensedPatentsLastYear,
    yearsWorkedOutside: row.yearsWorkedOutside,
    livesInTalentApartment: row.livesInTalentApartment,
    inShortageCatalogue: row.inShortageCatalogue,
  };
  // Facts Bole keeps itself: no record means "no".
  for (const f of SYSTEM_FACTS) input[f] = row[f] ?? false;
  return input;
}

/** Rows added to a population as the sweep sees them, with the granted tier of each (engine tier codes). */
export interface AddedVerifiedRows {
  ids: string[];
  tiers: number[];
  skipped: number;
}

/** Adds talents as the sweep sees them to a population builder; no ID number is decrypted. */
export function addVerifiedRows(builder: PopulationBuilder, rows: Iterable<VerifiedProfileRow>): AddedVerifiedRows {
  const into: AddedVerifiedRows = { ids: [], tiers: [], skipped: 0 };
  for (const row of rows) {
    if (row.birthDate === null) {
      into.skipped++;
      continue;
    }
    const parsed = parseProfile(verifiedInputOf(row), undefined, builder.schema, VERIFIED_PARSE);
    if (!parsed.ok) {
      into.skipped++;
      continue;
    }
    builder.add(parsed.profile);
    into.ids.push(row.id);
    into.tiers.push(tierCode(row.grantedTier));
  }
  return into;
}
