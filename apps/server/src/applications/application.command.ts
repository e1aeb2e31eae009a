/** `bole applications escalate [--at DATE]` — flag overdue applications to the talent office (idempotent). */
import type { Command } from 'commander';
import { isoDate } from '@bole/contracts';
import { CliError, withCliContext } from '../cli/context.js';
import { escalateOverdue } from './review.service.js';

/** Registers `bole applications …`. */
export function registerApplicationCommands(program: Command): void {
  const apps = program.command('applications').description('Policy applications and their review (政策申请)');
  apps
    .command('escalate')
    .description('Escalate every application overdue on DATE (due before it) that is not escalated yet in its stage; safe to run again')
    .option('--at <date>', 'business date YYYY-MM-DD (default: today in Asia/Shanghai)')
    .action(async (opts: { at?: string }) => {
      if (opts.at !== undefined && !isoDate.safeParse(opts.at).success) throw new CliError(`--at must be a date YYYY-MM-DD, got "${opts.at}"`);
      const result = await withCliContext((ctx) => escalateOverdue(ctx, opts.at));
      process.stdout.write(`Escalation as of ${result.at}: ${result.escalated.length} escalated now, ${result.alreadyEscalated} already escalated.\n`);
      for (const id of result.escalated) process.stdout.write(`  escalated  ${id}\n`);
    });
}
