/**
 * GB 11643-1999 resident identity numbers (公民身份号码): a 6-digit administrative division
 * code, an 8-digit birth date, a 3-digit sequence (odd for men, even for women) and an
 * ISO 7064 MOD 11-2 check character. Written once: the server's validation, the engine's
 * profile parser and the web form's immediate feedback all use these. Pure, no I/O.
 */
import type { Gender } from '../enums.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * First two digits of the provinces, autonomous regions and municipalities (GB/T 2260),
 * plus 71 (Taiwan), 81/82 (Hong Kong, Macao) and 83 (Taiwan residents' residence permits).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** Why an ID number is refused. */
export type IdNumberProblem = 'format' | 'region' | 'birthDate' | 'futureBirthDate' | 'checksum';

/** What a valid ID number says about its holder. */
export interface IdNumberFacts {
  regionCode: string;
  birthDate: string;
  gender: Gender;
}

/** Outcome of `checkIdNumber`: the facts, or the first problem with a message a person can act on. */
export type IdNumberCheck = ({ ok: true } & IdNumberFacts) | { ok: false; problem: IdNumberProblem; message: string; messageZh: string };

const MESSAGES: Record<IdNumberProblem, { en: string; zh: string }> = {
  format: { en: 'must be 18 characters: 17 digits and a digit or X', zh: '应为18位：17位数字加1位数字或X' },
  region: { en: 'does not start with a valid province code', zh: '前两位不是有效的省级行政区划代码' },
  birthDate: { en: 'contains a birth date that does not exist', zh: '中的出生日期不存在' },
  futureBirthDate: { en: 'contains a birth date in the future', zh: '中的出生日期晚于今天' },
  checksum: { en: 'has a wrong check character; check for a typo', zh: '校验位不正确，请检查是否输错' },
};

/** The MOD 11-2 check character for the first 17 digits (which the caller has checked are digits). */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Whether `id` is 17 digits and an upper-case check character that matches them (no date or region check). */
export function hasValidCheckChar(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && idCheckChar(id.slice(0, 17)) === id[17];
}

function realDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Checks an ID number. `today` (YYYY-MM-DD, business date) bounds the birth date; a lower-case
 * `x` is accepted as `X`. Problems are reported in the order a person would fix them.
 */
export function checkIdNumber(raw: string, today: string): IdNumberCheck {
  const fail = (problem: IdNumberProblem): IdNumberCheck => ({ ok: false, problem, message: MESSAGES[problem].en, messageZh: MESSAGES[problem].zh });
  const id = raw.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return fail('format');
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return fail('region');
  const birthDate = realDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
  if (!birthDate || birthDate < '1800-01-01') return fail('birthDate');
  if (birthDate > today) return fail('futureBirthDate');
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return fail('checksum');
  return { ok: true, regionCode: id.slice(0, 6), birthDate, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/** Whether `id` is a valid ID number as of `today`. */
export function isValidIdNumber(id: string, today: string): boolean {
  return checkIdNumber(id, today).ok;
}

/** The birth date (YYYY-MM-DD) written in an 18-character ID number, or null if it is not a real date. */
export function idNumberBirthDate(id: string): string | null {
  if (!/^\d{17}[\dXx]$/.test(id)) return null;
  return realDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** The gender the sequence digit (17th character) encodes. */
export function idNumberGender(id: string): Gender | null {
  if (!/^\d{17}[\dXx]$/.test(id)) return null;
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

/**
 * Builds a valid ID number (for tests and the demo seed): `regionCode` 6 digits, `birthDate`
 * YYYY-MM-DD, `seq` 0–499 (the sequence becomes 2·seq+1 for men, 2·seq for women, so the
 * gender digit is right).
 */
export function makeIdNumber(regionCode: string, birthDate: string, seq: number, gender: Gender): string {
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`regionCode must be 6 digits: ${regionCode}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw new Error(`birthDate must be YYYY-MM-DD: ${birthDate}`);
  if (!Number.isInteger(seq) || seq < 0 || seq > 499) throw new Error(`seq must be 0..499: ${seq}`);
  const order = seq * 2 + (gender === 'male' ? 1 : 0);
  const first17 = `${regionCode}${birthDate.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
