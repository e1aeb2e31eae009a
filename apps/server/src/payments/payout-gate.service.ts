/**
 * The ledger's side of a talent's payout account (docs/adr/0014-payout-accounts.md). A line
 * whose talent has no account is not queued for budget: it waits as `awaiting_account`, reserves
 * nothing and blocks no one. The talents area calls these inside the transaction that records
 * or removes the account, so the lines and the account change together, under the ledger's lock.
 */
import { fail } from '../http/errors.js';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import { notify } from '../notifications/notification.service.js';
import { lockLedger } from './payment.repository.js';
import { moveTalentLines, newlyAwaiting, talentLinesIn } from './awaiting-account.repository.js';

/**
 * The talent recorded an account: their waiting lines join the budget queue in fair order, and
 * the next batch run of their year commits them within budget. Returns how many lines joined.
 */
export async function payoutAccountRecorded(ctx: AppContext, tx: Tx, talentId: string): Promise<number> {
  await lockLedger(tx);
  return moveTalentLines(tx, talentId, 'awaiting_account', 'queued', ctx.clock.now().toISOString());
}

/**
 * The talent removes their account: refused (409 BOLE_PAYOUT_ACCOUNT_IN_USE) while approved lines
 * are still to be paid into it; otherwise their queued lines leave the queue to wait for a new
 * account. Returns how many lines now wait.
 */
export async function payoutAccountRemoving(ctx: AppContext, tx: Tx, talentId: string): Promise<number> {
  await lockLedger(tx);
  const unpaid = await talentLinesIn(tx, talentId, 'approved');
  if (unpaid.lines > 0) throw fail('BOLE_PAYOUT_ACCOUNT_IN_USE', { lines: unpaid.lines, yuan: (unpaid.fen / 100).toFixed(2) });
  return moveTalentLines(tx, talentId, 'queued', 'awaiting_account', ctx.clock.now().toISOString());
}

/** What waits for the talent's account: lines and their sum. */
export async function awaitingPayoutOf(ctx: AppContext, talentId: string): Promise<{ lines: number; amountFen: number }> {
  const r = await talentLinesIn(ctx.db, talentId, 'awaiting_account');
  return { lines: r.lines, amountFen: r.fen };
}

/**
 * Tells each talent (with a login) whose lines a batch run just added as waiting for an account
 * that a payment waits for it — one notice per talent and run. Returns how many were told.
 */
export async function notifyAwaitingAccount(ctx: AppContext, tx: Tx, batch: { id: string; period: string }, now: string): Promise<number> {
  const rows = await newlyAwaiting(tx, batch.id, now);
  for (const r of rows) {
    await notify(ctx, tx, [{ userIds: [r.userId] }], {
      kind: 'payment.awaiting_account',
      payload: { batchId: batch.id, period: batch.period, lines: r.lines, amountFen: r.fen },
    });
  }
  return rows.length;
}
