/**
 * `bole seed` — load a synthetic city (employers and talents, deterministic per seed) with COPY,
 * into PGlite (BOLE_DATA_DIR) or PostgreSQL (DATABASE_URL). Shows a progress bar on a terminal
 * and plain progress lines otherwise, and ends with the rows per second.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { AppError } from '../http/errors.js';
import { seedCity, type SeedProgress } from '../seed/seed-city.js';
import { CliError, withCliContext } from './context.js';
import { recomputeTalentTiers } from '../talents/talent-tier.js';
import { seedPolicyPack } from '../policies/policy.service.js';

interface SeedCommandOptions {
  talents: number;
  employers: number;
  seed: number;
  append?: boolean;
  referenceDate?: string;
  chunkSize?: number;
}

const count =
  (name: string, max: number) =>
  (v: string): number => {
    if (!/^\d+$/.test(v) || Number(v) > max) throw new CliError(`${name} must be a whole number from 0 to ${max.toLocaleString('en')}, got "${v}"`);
    return Number(v);
  };

/** One phase's progress: seeding employers, talents, or classifying tiers. */
type Progress = Pick<SeedProgress, 'done' | 'total'> & { phase: string };

/** A progress reporter: a bar on a TTY, a line per ~10 % otherwise. */
function progressReporter(tty: boolean): { update(p: Progress): void; stop(): void } {
  const started = performance.now();
  const rate = (done: number) => Math.round(done / ((performance.now() - started) / 1000 || 1)).toLocaleString('en');
  if (tty) {
    const bar = new cliProgress.SingleBar(
      { format: '{phase} [{bar}] {percentage}% | {value}/{total} | {rate} rows/s | ETA {eta_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let phase: string | null = null;
    return {
      update(p) {
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(p.total, 0, { phase: p.phase.padEnd(9), rate: '0' });
        }
        bar.update(p.done, { rate: rate(p.done) });
      },
      stop: () => bar.stop(),
    };
  }
  const lastTenth = new Map<string, number>();
  return {
    update(p) {
      const tenth = p.total ? Math.floor((p.done / p.total) * 10) : 10;
      if (lastTenth.get(p.phase) === tenth) return;
      lastTenth.set(p.phase, tenth);
      process.stdout.write(`${p.phase}: ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} (${Math.round((p.done / (p.total || 1)) * 100)}%)\n`);
    },
    stop: () => undefined,
  };
}

async function run(opts: SeedCommandOptions): Promise<void> {
  if (opts.referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.referenceDate)) {
    throw new CliError(`--reference-date must be a date YYYY-MM-DD, got "${opts.referenceDate}"`);
  }
  if (opts.talents > 0 && opts.employers === 0 && !opts.append) {
    throw new CliError('Talents need employers: give --employers N (or --append to use the employers already loaded).');
  }
  await withCliContext(async (ctx) => {
    const where = ctx.database.kind === 'pglite' ? `PGlite in ${ctx.config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
    process.stdout.write(
      `Seeding ${opts.talents.toLocaleString('en')} talents and ${opts.employers.toLocaleString('en')} employers (seed ${opts.seed}) into ${where}\n`,
    );
    await seedPolicyPack(ctx);
    const progress = progressReporter(Boolean(process.stdout.isTTY));
    try {
      const report = await seedCity(
        ctx,
        {
          talents: opts.talents,
          employers: opts.employers,
          seed: opts.seed,
          append: opts.append,
          referenceDate: opts.referenceDate,
          chunkSize: opts.chunkSize,
        },
        (p) => progress.update(p),
      );
      progress.stop();
      process.stdout.write(
        `Loaded ${report.employers.toLocaleString('en')} employers and ${report.talents.toLocaleString('en')} talents ` +
          `(city date ${report.referenceDate}) in ${report.seconds.toFixed(1)} s — ${Math.round(report.rowsPerSecond).toLocaleString('en')} rows/s.\n` +
          (report.tierComputed ? '' : 'Classifying talents into tiers…\n'),
      );
      if (!report.tierComputed) {
        const tiers = await recomputeTalentTiers(ctx, report.referenceDate, {
          onProgress: (done) => progress.update({ phase: 'tiers', done, total: report.talents }),
        });
        progress.stop();
        process.stdout.write(`Classified ${tiers.scanned.toLocaleString('en')} talents (${tiers.changed.toLocaleString('en')} tiers set).\n`);
      }
    } catch (err) {
      progress.stop();
      if (err instanceof AppError) throw new CliError(err.message);
      throw err;
    }
  });
}

/** Registers `bole seed`. */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('load a synthetic city (employers and talents) for demos and benchmarks')
    .option('--talents <n>', 'number of talents', count('--talents', 50_000_000), 10_000)
    .option('--employers <n>', 'number of employers', count('--employers', 10_000_000), 500)
    .option('--seed <s>', 'random seed: the same seed gives the same city', count('--seed', 2 ** 31 - 1), 1)
    .option('--reference-date <date>', "the city's today, YYYY-MM-DD (default: today in Asia/Shanghai)")
    .option('--append', 'add to tables that already hold rows (otherwise refused)')
    .option('--chunk-size <n>', 'rows per COPY', count('--chunk-size', 1_000_000), 25_000)
    .action((opts: SeedCommandOptions) => run(opts));
}
