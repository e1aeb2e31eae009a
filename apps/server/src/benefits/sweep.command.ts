/**
 * `bole sweep --at DATE` — preview the 免申即享 sweep over every talent (or resume the unfinished
 * preview at that date) and print its id and what it would change; `bole sweep confirm <id>` —
 * a second officer confirms it, and only then are entitlements written and people notified.
 * Both name the officer by a bearer token (`--token` or BOLE_TOKEN); the confirming officer must
 * not be the one who made the preview, so one operator alone cannot pay. Progress bar on a
 * terminal, a line per ~10 % otherwise.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { AppError } from '../http/errors.js';
import { officerOfToken } from '../cli/officer-token.js';
import { businessDate } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { CliError, withCliContext } from '../cli/context.js';
import { previewSweep, type SweepActor, type SweepProgress, type SweepRun } from './sweep.service.js';
import { confirmSweep } from './sweep-confirm.service.js';
import { sweepDiff } from './sweep-view.service.js';
import { findJob } from './job.repository.js';

interface SweepCommandOptions {
  at?: string;
  chunkSize?: number;
  token?: string;
}

const chunkSizeOption = (v: string) => {
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 200_000) throw new CliError(`--chunk-size must be a whole number from 1 to 200,000, got "${v}"`);
  return Number(v);
};

/** The officer a bearer token names (from --token or BOLE_TOKEN). */
const officerOf = (ctx: AppContext, token: string | undefined): Promise<SweepActor> => officerOfToken(ctx, token, 'sweeps are made and confirmed by officers');

/** Runs one phase with a progress display; AppErrors become CLI errors. */
async function withProgress(label: string, start: (onProgress: (p: SweepProgress) => void) => Promise<SweepRun>) {
  const tty = Boolean(process.stdout.isTTY);
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: `${label} [{bar}] {percentage}% | {value}/{total} | new {new} changed {changed} ended {ended} | ETA {eta_formatted}`, hideCursor: true },
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
      `${label}: ${p.processed.toLocaleString('en')}/${p.total.toLocaleString('en')} (${Math.round((p.processed / (p.total || 1)) * 100)}%)\n`,
    );
  };
  let run: SweepRun;
  try {
    run = await start(onProgress);
  } catch (err) {
    if (err instanceof AppError) throw new CliError(err.message);
    throw err;
  }
  return { run, bar };
}

/** Registers `bole sweep` and `bole sweep confirm`. */
export function registerSweepCommand(program: Command): void {
  const sweep = program
    .command('sweep')
    .description('免申即享: preview what every talent would be granted, changed and ended (resumable); nothing is written until `bole sweep confirm`')
    .option('--at <date>', 'evaluation date YYYY-MM-DD (default: today; a future date can only be previewed)')
    .option('--chunk-size <n>', 'talents per transaction', chunkSizeOption)
    .option('--token <token>', 'bearer token of the officer making the preview (default: BOLE_TOKEN)')
    .action(async (opts: SweepCommandOptions) => {
      await withCliContext(async (ctx) => {
        const at = opts.at ?? businessDate(ctx.clock.now());
        const maker = await officerOf(ctx, opts.token);
        const { run, bar } = await withProgress('preview', (onProgress) => previewSweep(ctx, maker, at, { chunkSize: opts.chunkSize ?? 5_000, onProgress }));
        process.stdout.write(
          `${run.resumed ? 'Resuming' : 'Starting'} sweep preview ${run.job.id} at ${at}${run.resumed ? ` from talent ${run.job.checkpoint ?? '(start)'} (${run.job.processed.toLocaleString('en')} done)` : ''}\n`,
        );
        bar?.start(Math.max(run.job.total, 1), run.job.processed, { new: 0, changed: 0, ended: 0 });
        const job = await run.done.finally(() => bar?.stop());
        const diff = await sweepDiff(ctx, job.id, { page: 1, pageSize: 1 });
        process.stdout.write(
          `Preview ${job.id} ready: ${job.processed.toLocaleString('en')} talents; would grant ${diff.totals.new}, change ${diff.totals.changed}, end ${diff.totals.ended}` +
            ` (notices ${job.counts.notices ?? 0}, incomplete profiles skipped ${job.counts.skipped ?? 0}). Nothing written.\n` +
            `Another officer confirms it with: bole sweep confirm ${job.id} --token <their token>\n`,
        );
      });
    });

  sweep
    .command('confirm <id>')
    .description('confirm a sweep preview as a second officer (not its maker): write the entitlements and notify (resumable)')
    .option('--chunk-size <n>', 'talents per transaction', chunkSizeOption)
    .option('--token <token>', 'bearer token of the confirming officer (default: BOLE_TOKEN)')
    .action(async (id: string, _own: SweepCommandOptions, cmd: Command) => {
      // `--token` and `--chunk-size` may be read by `bole sweep` itself when they follow the id.
      const opts = cmd.optsWithGlobals<SweepCommandOptions>();
      await withCliContext(async (ctx) => {
        if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CliError(`"${id}" is not a sweep id`);
        const checker = await officerOf(ctx, opts.token);
        const earlier = await findJob(ctx.db, id);
        if (earlier?.kind === 'sweep' && earlier.status === 'done' && earlier.confirmedBy === checker.userId) {
          // Re-running the command after it was stopped once the last chunk had committed: done already.
          process.stdout.write(`Sweep ${id} done earlier (you confirmed it; nothing more to write): ${doneCounts(earlier.counts)}\n`);
          return;
        }
        const onWriting = () => process.stdout.write(`Writing sweep ${id}: the preview still holds\n`);
        const { run, bar } = await withProgress('confirm', (onProgress) =>
          confirmSweep(ctx, checker, id, { chunkSize: opts.chunkSize ?? 5_000, onProgress, onWriting }),
        );
        process.stdout.write(`${run.resumed ? 'Resuming' : 'Confirming'} sweep ${id} at ${String(run.job.params.at)}\n`);
        bar?.start(Math.max(run.job.total, 1), run.job.processed, { new: 0, changed: 0, ended: 0 });
        const job = await run.done.finally(() => bar?.stop());
        if (job.status === 'stale') throw new CliError(`Sweep ${id} was not written: ${job.error ?? 'its preview is out of date'}. Make a new preview.`);
        process.stdout.write(`Sweep ${job.id} done: ${doneCounts(job.counts)}\n`);
      });
    });
}

/** What a finished confirmation wrote, in the CLI's words. */
function doneCounts(counts: Record<string, number | undefined>): string {
  return `granted ${counts.new ?? 0}, changed ${counts.changed ?? 0}, ended ${counts.ended ?? 0} (notices ${counts.notices ?? 0})`;
}
