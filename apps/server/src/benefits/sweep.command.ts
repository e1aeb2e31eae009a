/**
 * `bole sweep --at DATE` — run the 免申即享 sweep over every talent (or resume the unfinished one
 * at that date), with a progress bar on a terminal and a line per ~10 % otherwise, then print
 * what changed against the previous sweep.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { AppError } from '../http/errors.js';
import { businessDate } from '../platform/clock.js';
import { CliError, withCliContext } from '../cli/context.js';
import { startSweep, sweepDiff, type SweepProgress } from './sweep.service.js';

interface SweepCommandOptions {
  at?: string;
  chunkSize?: number;
}

/** Registers `bole sweep`. */
export function registerSweepCommand(program: Command): void {
  program
    .command('sweep')
    .description('免申即享: evaluate every talent and grant automatic benefits and notices (resumable, idempotent)')
    .option('--at <date>', 'evaluation date YYYY-MM-DD (default: today)')
    .option('--chunk-size <n>', 'talents per transaction', (v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 200_000) throw new CliError(`--chunk-size must be a whole number from 1 to 200,000, got "${v}"`);
      return Number(v);
    })
    .action(async (opts: SweepCommandOptions) => {
      await withCliContext(async (ctx) => {
        const at = opts.at ?? businessDate(ctx.clock.now());
        const tty = Boolean(process.stdout.isTTY);
        const bar = tty
          ? new cliProgress.SingleBar(
              {
                format: 'sweep [{bar}] {percentage}% | {value}/{total} talents | new {new} changed {changed} ended {ended} | ETA {eta_formatted}',
                hideCursor: true,
              },
              cliProgress.Presets.shades_classic,
            )
          : null;
        let lastTenth = -1;
        const onProgress = (p: SweepProgress) => {
          const c = { new: p.counts.new ?? 0, changed: p.counts.changed ?? 0, ended: p.counts.ended ?? 0 };
          if (bar) {
            bar.setTotal(p.total);
            bar.update(p.processed, c);
            return;
          }
          const tenth = Math.floor((p.processed / (p.total || 1)) * 10);
          if (tenth === lastTenth) return;
          lastTenth = tenth;
          process.stdout.write(
            `sweep: ${p.processed.toLocaleString('en')}/${p.total.toLocaleString('en')} (${Math.round((p.processed / (p.total || 1)) * 100)}%)\n`,
          );
        };
        let run;
        try {
          run = await startSweep(ctx, null, at, { chunkSize: opts.chunkSize ?? 5_000, onProgress });
        } catch (err) {
          if (err instanceof AppError) throw new CliError(err.message);
          throw err;
        }
        process.stdout.write(
          `${run.resumed ? 'Resuming' : 'Starting'} sweep ${run.job.id} at ${at}${run.resumed ? ` from talent ${run.job.checkpoint ?? '(start)'} (${run.job.processed.toLocaleString('en')} done)` : ''}\n`,
        );
        bar?.start(Math.max(run.job.total, 1), run.job.processed, { new: 0, changed: 0, ended: 0 });
        const job = await run.done.finally(() => bar?.stop());
        const diff = await sweepDiff(ctx, job.id, { page: 1, pageSize: 1 });
        process.stdout.write(
          `Sweep ${job.id} done: ${job.processed.toLocaleString('en')} talents; new ${diff.totals.new}, changed ${diff.totals.changed}, ended ${diff.totals.ended}` +
            ` (notices ${job.counts.notices ?? 0}, incomplete profiles skipped ${job.counts.skipped ?? 0})\n`,
        );
      });
    });
}
