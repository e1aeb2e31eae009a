/**
 * Field-level rules of a talent profile beyond the zod shape: dates in a possible order and
 * not in the future, the ID number's check character and its agreement with the birth date
 * and gender, and counts that fit the person's age. Pure: no I/O; every problem names its
 * field so the form can show it in place.
 */
import { checkProfileDates, type Gender, type TalentProfileInput } from '@bole/contracts';
import type { FieldError } from '../http/errors.js';
import { checkIdNumber } from '../identity/id-number.js';

/** The youngest age at which work (and social insurance) counts: 16 (劳动法 第十五条). */
export const MIN_WORKING_AGE = 16;

/** Whole months from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** What the rules need besides the input. */
export interface ProfileRuleContext {
  /** Today's business date, YYYY-MM-DD. */
  today: string;
  /**
   * The ID number the profile will hold after the save: the new one, or the one on file
   * when the input leaves `idNumber` out. Null when none.
   */
  idNumber: string | null;
  /** Whether the ID number came in this request (its own format problems are then reported). */
  idNumberIsNew: boolean;
}

/**
 * Checks a profile; returns every field error (empty when the profile is consistent).
 * The zod shape (types, enums, real calendar dates) is assumed to have passed.
 */
export function checkProfile(p: TalentProfileInput, c: ProfileRuleContext): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });

  // The order of the dates (contracts' rule, shared with the web form).
  const birthKnown = p.birthDate <= c.today;
  for (const i of checkProfileDates(p, c.today)) {
    if (i.rule === 'notInFuture') add(i.field, `must not be in the future (today is ${i.than})`);
    else add(i.field, `must be after ${i.rule === 'afterBirth' ? 'birthDate' : 'graduationDate'} (${i.than})`);
  }

  if (c.idNumber !== null) checkIdAgreement(c.idNumber, c.idNumberIsNew, p.birthDate, p.gender, c.today, add);

  if (birthKnown) {
    const workingMonths = Math.max(0, monthsBetween(p.birthDate, c.today) - MIN_WORKING_AGE * 12);
    if (p.socialInsuranceMonths > workingMonths) {
      add('socialInsuranceMonths', `must be at most ${workingMonths}: the months since the ${MIN_WORKING_AGE}th birthday`);
    }
    const workingYears = Math.floor(workingMonths / 12);
    if (p.yearsWorkedOutside > workingYears) {
      add('yearsWorkedOutside', `must be at most ${workingYears}: the years since the ${MIN_WORKING_AGE}th birthday`);
    }
  }
  return errors;
}

function checkIdAgreement(
  id: string,
  isNew: boolean,
  birthDate: string,
  gender: Gender | null,
  today: string,
  add: (field: string, message: string) => void,
): void {
  const check = checkIdNumber(id, today);
  if (!check.ok) {
    // A number on file was valid when saved; only a new one can fail its own check.
    if (isNew) add('idNumber', check.message);
    return;
  }
  if (check.birthDate !== birthDate) {
    add(
      isNew ? 'idNumber' : 'birthDate',
      isNew
        ? `has birth date ${check.birthDate}, which differs from birthDate ${birthDate}`
        : `must match the birth date of the ID number on file (${check.birthDate})`,
    );
  }
  if (gender !== null && check.gender !== gender) {
    add('gender', `must match the ID number, whose 17th digit says ${check.gender}`);
  }
}
