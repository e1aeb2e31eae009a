/**
 * `bole pay --period YYYY-MM` — create (or top up) the payment batch of a month, as the officer
 * a bearer token names; `bole pay approve --period YYYY-MM` — a second officer releases it to the
 * finance bureau (the maker cannot). Both name the officer with `--token` or BOLE_TOKEN.
 */
import type { Command } from 'commander';
import { AppError } from '../http/errors.js';
import { CliError, withCliContext } from '../cli/context.js';
import { officerOfToken } from '../cli/officer-token.js';
import type { AppContext } from '../platform/context.js';
import { approveBatch, createBatch, listPaymentBatches } from './payment.service.js';

const yuan = (fen: number) => (fen / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const DOING = 'payment batches are made and approved by officers';

/** Runs `fn`; the service's refusals become CLI errors (message, exit 1). */
async function asCli<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError) throw new CliError(err.message);
    throw err;
  }
}

async function batchIdOf(ctx: AppContext, period: string): Promise<string> {
  const batch = (await listPaymentBatches(ctx, null)).find((b) => b.period === period);
  if (!batch) throw new CliError(`There is no payment batch for ${period}; make it first with: bole pay --period ${period} --token <token>`);
  return batch.id;
}

/** Registers `bole pay` and `bole pay approve`. */
export function registerPayCommand(program: Command): void {
  const pay = program
    .command('pay')
    .description('Create the payment batch of a month as an officer: one line per entitlement, within budget, never twice')
    .option('--period <month>', 'month YYYY-MM')
    .option('--token <token>', 'bearer token of the officer making the batch (default: BOLE_TOKEN)')
    .action(async (opts: { period?: string; token?: string }) => {
      if (!opts.period) throw new CliError('--period YYYY-MM is required');
      const period = opts.period;
      await withCliContext(async (ctx) => {
        const maker = await officerOfToken(ctx, opts.token, DOING);
        const b = await asCli(() => createBatch(ctx, maker, period));
        const t = b.totals;
        process.stdout.write(
          `Batch ${b.period} (${b.id}): ${b.added ?? 0} lines added; ${t.approved} approved (${yuan(t.approvedFen)} yuan), ${t.queued} queued for budget (${yuan(t.queuedFen)} yuan), ${t.awaitingAccount} waiting for a payout account (${yuan(t.awaitingAccountFen)} yuan), ${t.paid} paid, ${t.failed} failed\n` +
            (b.approvedAt ? '' : `Another officer releases it to the finance bureau with: bole pay approve --period ${b.period} --token <their token>\n`),
        );
      });
    });
  pay
    .command('approve')
    .description('Release a month’s payment batch to the finance bureau as a second officer (not the one who made it)')
    .option('--period <month>', 'month YYYY-MM')
    .option('--token <token>', 'bearer token of the approving officer (default: BOLE_TOKEN)')
    .action(async (_own: unknown, cmd: Command) => {
      // `--period` and `--token` may be read by `bole pay` itself when they follow `approve`.
      const opts = cmd.optsWithGlobals<{ period?: string; token?: string }>();
      if (!opts.period) throw new CliError('--period YYYY-MM is required');
      const period = opts.period;
      await withCliContext(async (ctx) => {
        const checker = await officerOfToken(ctx, opts.token, DOING);
        const b = await asCli(async () => approveBatch(ctx, checker, await batchIdOf(ctx, period)));
        process.stdout.write(
          `Batch ${b.period} (${b.id}) approved by ${b.approvedByName ?? b.approvedBy}, made by ${b.createdByName ?? b.createdBy ?? 'the system'}: ${b.totals.approved} lines (${yuan(b.totals.approvedFen)} yuan) released to the finance bureau\n`,
        );
      });
    });
}
