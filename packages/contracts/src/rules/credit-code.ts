/**
 * GB 32100-2015 unified social credit codes (统一社会信用代码): 18 characters from a
 * 31-character set (digits and capitals without I, O, Z, S, V): registration authority,
 * organisation kind, 6-digit administrative division code, 9-character organisation code,
 * and a MOD 31 check character with weights 3^i mod 31. Written once: the server's validation,
 * the seed and the web form's immediate feedback all use these. Pure functions, no I/O.
 */

/** The 31 characters, in value order (0–30). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of position i (0-based) is 3^i mod 31. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/** Why a credit code is refused. */
export type CreditCodeProblem = 'format' | 'region' | 'checksum';

/** Outcome of `checkCreditCode`. */
export type CreditCodeCheck = { ok: true } | { ok: false; problem: CreditCodeProblem; message: string; messageZh: string };

const MESSAGES: Record<CreditCodeProblem, { en: string; zh: string }> = {
  format: {
    en: 'must be 18 characters of digits and capital letters other than I, O, Z, S, V',
    zh: '应为18位，由数字和除I、O、Z、S、V以外的大写字母组成',
  },
  region: { en: 'has an administrative division code (characters 3–8) that is not 6 digits', zh: '第3至8位应为6位数字的行政区划代码' },
  checksum: { en: 'has a wrong check character; check for a typo', zh: '校验位不正确，请检查是否输错' },
};

/** The check character for the first 17 characters (which must be from the charset). */
export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (v < 0) throw new Error(`Not a credit-code character: ${first17[i]}`);
    sum += v * WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Checks a credit code (upper-case it first if the caller accepts lower case). */
export function checkCreditCode(code: string): CreditCodeCheck {
  const fail = (problem: CreditCodeProblem): CreditCodeCheck => ({ ok: false, problem, message: MESSAGES[problem].en, messageZh: MESSAGES[problem].zh });
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return fail('format');
  if (!/^\d{6}$/.test(code.slice(2, 8))) return fail('region');
  if (creditCheckChar(code.slice(0, 17)) !== code[17]) return fail('checksum');
  return { ok: true };
}

/** Whether `code` is a valid unified social credit code. */
export function isValidCreditCode(code: string): boolean {
  return checkCreditCode(code).ok;
}

/**
 * Builds a valid credit code (for tests and the demo seed): authority `9` (market
 * regulation) and kind `1` (company) by default, the 6-digit `regionCode`, and a 9-character
 * organisation code `MA` + seven base-31 characters of `seq` (0 ≤ seq < 31^7).
 */
export function makeCreditCode(regionCode: string, seq: number, opts: { authority?: string; kind?: string } = {}): string {
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`regionCode must be 6 digits: ${regionCode}`);
  if (!Number.isInteger(seq) || seq < 0 || seq >= 31 ** 7) throw new Error(`seq out of range: ${seq}`);
  let body = '';
  let n = seq;
  for (let i = 0; i < 7; i++) {
    body = CREDIT_CODE_CHARSET[n % 31]! + body;
    n = Math.floor(n / 31);
  }
  const first17 = `${opts.authority ?? '9'}${opts.kind ?? '1'}${regionCode}MA${body}`;
  return first17 + creditCheckChar(first17);
}
