/**
 * GB 11643-1999 resident identity numbers: the rules are written once in contracts
 * (`packages/contracts/src/rules/id-number.ts`); the server's modules import them from here.
 */
export {
  PROVINCE_CODES,
  checkIdNumber,
  idCheckChar,
  idNumberBirthDate,
  idNumberGender,
  isValidIdNumber,
  makeIdNumber,
  type IdNumberCheck,
  type IdNumberFacts,
  type IdNumberProblem,
} from '@bole/contracts';
