/** GB 11643-1999 resident identity numbers: the check character rule, written once in contracts. */
export { idCheckChar, hasValidCheckChar as isValidIdNumber } from '@bole/contracts';
