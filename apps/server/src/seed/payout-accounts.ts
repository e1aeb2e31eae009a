/**
 * Synthetic payout accounts for the seeded city: most talents have one, so the demo pays; the
 * rest show what a payment waiting for an account looks like. Derived from the generated ID
 * number (a keyless FNV-1a hash, no draw from the city's random stream), so the same seed gives
 * the same accounts and adding them changed no generated person. The numbers are made up: a
 * bank's card prefix then digits of the ID number; they are sealed like any other.
 */

/** Banks of the synthetic accounts, with the 6-digit prefix their numbers start with. */
const BANKS: readonly (readonly [string, string])[] = [
  ['中国工商银行株洲分行', '622202'],
  ['中国建设银行株洲分行', '621700'],
  ['中国农业银行株洲分行', '622848'],
  ['中国银行株洲分行', '621661'],
  ['交通银行株洲分行', '622260'],
  ['中国邮政储蓄银行株洲市分行', '621799'],
  ['招商银行株洲分行', '622588'],
  ['长沙银行株洲分行', '621977'],
];

/** Per cent of seeded talents with an account, unless the seed is told otherwise. */
export const DEFAULT_PAYOUT_ACCOUNT_PERCENT = 90;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The synthetic account of a talent (by ID number), or null when they fall outside the `percent` who have one. */
export function syntheticPayoutAccount(idNumber: string, percent: number): { bank: string; accountNumber: string } | null {
  const h = fnv1a(idNumber);
  if (h % 100 >= percent) return null;
  const [bank, prefix] = BANKS[(h >>> 8) % BANKS.length]!;
  // 19 digits: prefix (6), the ID number's birth date and sequence (11), two more from the hash.
  return { bank, accountNumber: `${prefix}${idNumber.slice(6, 17)}${String((h >>> 16) % 100).padStart(2, '0')}` };
}
