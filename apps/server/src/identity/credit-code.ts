/**
 * GB 32100-2015 unified social credit codes: the rules are written once in contracts
 * (`packages/contracts/src/rules/credit-code.ts`); the server's modules import them from here.
 */
export {
  CREDIT_CODE_CHARSET,
  checkCreditCode,
  creditCheckChar,
  isValidCreditCode,
  makeCreditCode,
  type CreditCodeCheck,
  type CreditCodeProblem,
} from '@bole/contracts';
