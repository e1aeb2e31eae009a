/** `bole recognition finalize [--at DATE]` — grant every recognition whose public notice has ended. */
import type { Command } from 'commander';
import { isoDate } from '@bole/contracts';
import { CliError, withCliContext } from '../cli/context.js';
import { finalizeDue } from './recognition-notice.service.js';

/** Registers `bole recognition …`. */
export function registerRecognitionCommands(program: Command): void {
  const rec = program.command('recognition').description('Talent recognition (人才分类认定)');
  rec
    .command('finalize')
    .description('Grant the tier of every recognition whose public notice ended before DATE with no open objection (idempotent)')
    .option('--at <date>', 'business date YYYY-MM-DD (default: today in Asia/Shanghai)')
    .action(async (opts: { at?: string }) => {
      if (opts.at !== undefined && !isoDate.safeParse(opts.at).success) throw new CliError(`--at must be a date YYYY-MM-DD, got "${opts.at}"`);
      const result = await withCliContext((ctx) => finalizeDue(ctx, null, opts.at));
      process.stdout.write(`Finalized as of ${result.at}: ${result.granted.length} granted, ${result.skipped.length} skipped.\n`);
      for (const id of result.granted) process.stdout.write(`  granted  ${id}\n`);
      for (const s of result.skipped) process.stdout.write(`  skipped  ${s.id}  ${s.why}\n`);
    });
}
