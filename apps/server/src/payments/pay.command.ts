/** `bole pay --period YYYY-MM` — create (or top up) the payment batch of a month. */
import type { Command } from 'commander';
import { AppError } from '../http/errors.js';
import { CliError, withCliContext } from '../cli/context.js';
import { createBatch } from './payment.service.js';

const yuan = (fen: number) => (fen / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Registers `bole pay`. */
export function registerPayCommand(program: Command): void {
  program
    .command('pay')
    .description('Create the payment batch of a month: one line per entitlement, within budget, never twice')
    .requiredOption('--period <month>', 'month YYYY-MM')
    .action(async (opts: { period: string }) => {
      await withCliContext(async (ctx) => {
        try {
          const b = await createBatch(ctx, null, opts.period);
          const t = b.totals;
          process.stdout.write(
            `Batch ${b.period} (${b.id}): ${b.added ?? 0} lines added; ${t.approved} approved (${yuan(t.approvedFen)} yuan), ${t.queued} queued for budget (${yuan(t.queuedFen)} yuan), ${t.awaitingAccount} waiting for a payout account (${yuan(t.awaitingAccountFen)} yuan), ${t.paid} paid, ${t.failed} failed\n`,
          );
        } catch (err) {
          if (err instanceof AppError) throw new CliError(err.message);
          throw err;
        }
      });
    });
}
