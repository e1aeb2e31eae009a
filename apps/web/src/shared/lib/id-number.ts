/**
 * Resident identity numbers (GB 11643-1999) in the form: the contracts' rules (the same the
 * server checks with), as the form needs them for immediate feedback. Pure, no I/O.
 */
import { businessDate, checkIdNumber as check, idCheckChar, type IdNumberProblem } from '@bole/contracts';

export { idNumberBirthDate, idNumberGender, type IdNumberProblem } from '@bole/contracts';

/** The check character for the first 17 digits, or null when they are not 17 digits. */
export function idNumberCheckChar(first17: string): string | null {
  return /^\d{17}$/.test(first17) ? idCheckChar(first17) : null;
}

/**
 * The first problem of an ID number (format, province, birth date, a birth date after `today`,
 * check character), or null when it is acceptable. `today` is the city's business date.
 */
export function checkIdNumber(id: string, today: string = businessDate(new Date())): IdNumberProblem | null {
  const result = check(id, today);
  return result.ok ? null : result.problem;
}
