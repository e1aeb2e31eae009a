/**
 * A talent's payout account (收款账户): the bank account their benefits are paid into. The
 * number is sealed like the ID number and shown only as a mask of its last 4 digits; the holder
 * must be the talent. Recording, replacing and removing it are audited (bank and mask, never
 * the number) and told to the talent as a security notice; the ledger's lines follow in the same
 * transaction (payments/payout-gate.service.ts): waiting lines join the budget queue when an
 * account is recorded, and an account with approved payments still to come cannot be removed.
 */
import { PAYOUT_ACCOUNT_LABELS, type MyPayoutAccount, type PayoutAccountInput } from '@bole/contracts';
import type { Principal } from '../http/access.js';
import { fail, notFound } from '../http/errors.js';
import type { AppContext } from '../platform/context.js';
import { maskAccountNumber } from '../personal-data/personal-data.js';
import { notify } from '../notifications/notification.service.js';
import { awaitingPayoutOf, payoutAccountRecorded, payoutAccountRemoving } from '../payments/payout-gate.service.js';
import { clearPayoutAccount, findPayoutAccount, lockPayoutAccount, writePayoutAccount } from './payout-account.repository.js';
import { ownTalentId } from './talent.service.js';
import { presentPayoutAccount } from './payout-account.present.js';

/** A name as compared: Unicode-normalised (full-width forms), without outer or repeated spaces. */
const comparableName = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ');

const talentNotFound = () => notFound({ en: 'The talent', zh: '该人才' });

async function present(ctx: AppContext, talentId: string): Promise<MyPayoutAccount> {
  const row = await findPayoutAccount(ctx.db, talentId);
  if (!row) throw talentNotFound();
  const waiting = await awaitingPayoutOf(ctx, talentId);
  return {
    account: presentPayoutAccount({
      payoutBank: row.bank,
      payoutAccountMask: row.accountMask,
      payoutHolderName: row.holderName,
      payoutAccountSetAt: row.setAt,
    }),
    holderName: row.name,
    waiting,
  };
}

/** GET /talents/me/payout-account: the account masked, the holder name it must carry, and what waits for it. */
export async function getMyPayoutAccount(ctx: AppContext, principal: Principal): Promise<MyPayoutAccount> {
  return present(ctx, ownTalentId(principal));
}

/**
 * PUT /talents/me/payout-account: records or replaces the account. 400 BOLE_HOLDER_NOT_TALENT
 * naming `holderName` when the holder is not the talent's recorded name. The talent's payments
 * waiting for an account join the budget queue (committed by the next batch run of their year).
 */
export async function setMyPayoutAccount(ctx: AppContext, principal: Principal, input: PayoutAccountInput, ip: string | null): Promise<MyPayoutAccount> {
  const talentId = ownTalentId(principal);
  await ctx.db.transaction(async (tx) => {
    const current = await lockPayoutAccount(tx, talentId);
    if (!current) throw talentNotFound();
    if (comparableName(input.holderName) !== comparableName(current.name)) {
      throw fail('BOLE_HOLDER_NOT_TALENT', { name: current.name }, [{ field: 'holderName', message: 'must be your name as recorded in your profile' }]);
    }
    const released = await payoutAccountRecorded(ctx, tx, talentId);
    const accountMask = maskAccountNumber(input.accountNumber);
    const previous = current.bank && current.accountMask ? { bank: current.bank, accountMask: current.accountMask } : null;
    await writePayoutAccount(tx, talentId, {
      bank: input.bank,
      accountEnc: ctx.cipher.encrypt(input.accountNumber),
      accountMask,
      holderName: current.name,
      setAt: ctx.clock.now(),
    });
    await ctx.audit.record(
      tx,
      principal,
      {
        action: previous ? 'talent.payout_account.replace' : 'talent.payout_account.set',
        entity: 'talent',
        entityId: talentId,
        detail: { bank: input.bank, accountMask, previous, paymentsReleased: released },
      },
      ip,
    );
    await notify(ctx, tx, [{ talentId }], { kind: 'payout_account.set', payload: { bank: input.bank, accountMask, replaced: previous !== null, previous } });
  });
  return present(ctx, talentId);
}

/**
 * DELETE /talents/me/payout-account: removes the account. 404 when none is recorded; 409
 * BOLE_PAYOUT_ACCOUNT_IN_USE while approved payments are still to be paid into it. The talent's
 * queued payments then wait for a new account.
 */
export async function removeMyPayoutAccount(ctx: AppContext, principal: Principal, ip: string | null): Promise<MyPayoutAccount> {
  const talentId = ownTalentId(principal);
  await ctx.db.transaction(async (tx) => {
    const current = await lockPayoutAccount(tx, talentId);
    if (!current) throw talentNotFound();
    if (!current.bank || !current.accountMask) throw notFound({ en: 'A payout account', zh: PAYOUT_ACCOUNT_LABELS.payoutAccount.zh });
    const held = await payoutAccountRemoving(ctx, tx, talentId);
    await clearPayoutAccount(tx, talentId);
    const removed = { bank: current.bank, accountMask: current.accountMask };
    await ctx.audit.record(
      tx,
      principal,
      { action: 'talent.payout_account.remove', entity: 'talent', entityId: talentId, detail: { ...removed, paymentsHeld: held } },
      ip,
    );
    await notify(ctx, tx, [{ talentId }], { kind: 'payout_account.removed', payload: removed });
  });
  return present(ctx, talentId);
}
