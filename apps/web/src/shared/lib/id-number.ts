/**
 * Resident identity number rules (GB 11643-1999): 6-digit area code, 8-digit birth date
 * (YYYYMMDD), 3-digit sequence and an ISO 7064 MOD 11-2 check character.
 * Pure functions, no I/O: the form uses them for immediate feedback; the server re-checks.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits, or null when they are not 17 digits. */
export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** The birth date encoded in an 18-character ID number as `YYYY-MM-DD`, or null if it is not a real date. */
export function idNumberBirthDate(id: string): string | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(id.toUpperCase());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Why an ID number is not acceptable, or null when it is. */
export type IdNumberProblem = 'format' | 'birthDate' | 'checksum';

/** Checks format, the embedded birth date and the check character, in that order. */
export function checkIdNumber(id: string): IdNumberProblem | null {
  const value = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  if (idNumberBirthDate(value) === null) return 'birthDate';
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return 'checksum';
  return null;
}

/** True when the ID number is well-formed, has a real birth date and a correct check character. */
export function isValidIdNumber(id: string): boolean {
  return checkIdNumber(id) === null;
}
