/**
 * Resident identity number rules (GB 11643-1999): 6-digit area code, 8-digit birth date
 * (YYYYMMDD), 3-digit sequence and an ISO 7064 MOD 11-2 check character.
 * Pure functions, no I/O: the form uses them for immediate feedback; the server re-checks.
 */

/** First two digits of provinces (GB/T 2260) plus 71, 81, 82, 83 — as the server accepts. */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

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
export type IdNumberProblem = 'format' | 'region' | 'birthDate' | 'checksum';

/** Checks format, province code, the embedded birth date and the check character, in that order. */
export function checkIdNumber(id: string): IdNumberProblem | null {
  const value = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return 'region';
  const birth = idNumberBirthDate(value);
  if (birth === null || birth < '1800-01-01') return 'birthDate';
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return 'checksum';
  return null;
}

/** True when the ID number is well-formed, has a real birth date and a correct check character. */
export function isValidIdNumber(id: string): boolean {
  return checkIdNumber(id) === null;
}

/** The gender the sequence digit (17th character) encodes: odd for men, even for women. */
export function idNumberGender(id: string): 'male' | 'female' | null {
  if (!/^\d{17}[\dXx]$/.test(id)) return null;
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}
