/** Re-exports of engine internals used by tests. */
export { addMonths, formatIsoDate, parseIsoDate } from '../src/dates.js';
export { idCheckChar } from '../src/idnumber.js';
