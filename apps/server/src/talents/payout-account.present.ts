/** The payout account as the API shows it: masked. */
import type { PayoutAccount } from '@bole/contracts';

/** The payout columns of a talent row. */
interface PayoutColumns {
  payoutBank: string | null;
  payoutAccountMask: string | null;
  payoutHolderName: string | null;
  payoutAccountSetAt: Date | null;
}

/** The masked account of a talent row (profiles, staff reads); null while none is recorded. */
export function presentPayoutAccount(row: PayoutColumns): PayoutAccount | null {
  if (!row.payoutAccountMask || !row.payoutBank || !row.payoutHolderName || !row.payoutAccountSetAt) return null;
  return { bank: row.payoutBank, accountMask: row.payoutAccountMask, holderName: row.payoutHolderName, setAt: row.payoutAccountSetAt.toISOString() };
}
