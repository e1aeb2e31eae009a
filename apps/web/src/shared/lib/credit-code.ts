/**
 * Unified social credit code rules (GB 32100-2015): 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z); the last one is a MOD 31 check character.
 */

/** The code alphabet; a character's index is its numeric value. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters, or null when they use letters outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Why a credit code is not acceptable, or null when it is. */
export type CreditCodeProblem = 'format' | 'checksum';

/** Checks the length and alphabet, then the check character. */
export function checkCreditCode(code: string): CreditCodeProblem | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return 'format';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'checksum';
}

/** True when the code is well-formed and its check character matches. */
export function isValidCreditCode(code: string): boolean {
  return checkCreditCode(code) === null;
}
