/**
 * Unified social credit code rules (GB 32100-2015) for the forms' immediate feedback: written
 * once in contracts (`packages/contracts/src/rules/credit-code.ts`); this adapts the answer.
 */
import { checkCreditCode as check, creditCheckChar, type CreditCodeProblem } from '@bole/contracts';

export type { CreditCodeProblem };

/** Why a credit code is not acceptable, or null when it is. */
export function checkCreditCode(code: string): CreditCodeProblem | null {
  const result = check(code);
  return result.ok ? null : result.problem;
}

/** The check character for the first 17 characters, or null when they are not 17 code characters. */
export function creditCodeCheckChar(first17: string): string | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17)) return null;
  return creditCheckChar(first17);
}
