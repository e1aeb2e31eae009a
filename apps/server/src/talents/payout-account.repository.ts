/** Database access for a talent's payout account: the `payout_*` columns of `talents`. */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { talents } from './talent.table.js';

type Conn = Db | Tx;

/** A talent's name and stored payout account (every account column null while none is recorded). */
export interface StoredPayoutAccount {
  name: string;
  bank: string | null;
  accountEnc: string | null;
  accountMask: string | null;
  holderName: string | null;
  setAt: Date | null;
}

const columns = {
  name: talents.name,
  bank: talents.payoutBank,
  accountEnc: talents.payoutAccountEnc,
  accountMask: talents.payoutAccountMask,
  holderName: talents.payoutHolderName,
  setAt: talents.payoutAccountSetAt,
};

/** The talent's name and payout account; null when there is no such talent. */
export async function findPayoutAccount(conn: Conn, talentId: string): Promise<StoredPayoutAccount | null> {
  const [row] = await conn.select(columns).from(talents).where(eq(talents.id, talentId)).limit(1);
  return row ?? null;
}

/** The same, the talent's row locked until the transaction ends (concurrent changes serialise). */
export async function lockPayoutAccount(tx: Tx, talentId: string): Promise<StoredPayoutAccount | null> {
  const [row] = await tx.select(columns).from(talents).where(eq(talents.id, talentId)).for('update').limit(1);
  return row ?? null;
}

/** Records (or replaces) the account; the number must already be sealed. */
export async function writePayoutAccount(
  tx: Tx,
  talentId: string,
  account: { bank: string; accountEnc: string; accountMask: string; holderName: string; setAt: Date },
): Promise<void> {
  await tx
    .update(talents)
    .set({
      payoutBank: account.bank,
      payoutAccountEnc: account.accountEnc,
      payoutAccountMask: account.accountMask,
      payoutHolderName: account.holderName,
      payoutAccountSetAt: account.setAt,
    })
    .where(eq(talents.id, talentId));
}

/** Removes the account. */
export async function clearPayoutAccount(tx: Tx, talentId: string): Promise<void> {
  await tx
    .update(talents)
    .set({ payoutBank: null, payoutAccountEnc: null, payoutAccountMask: null, payoutHolderName: null, payoutAccountSetAt: null })
    .where(eq(talents.id, talentId));
}
