/** `bole service-desk escalate [--at DATE]` — escalate overdue service requests one level at a time (idempotent). */
import type { Command } from 'commander';
import { isoDate, type ServiceEscalation } from '@bole/contracts';
import { CliError, withCliContext } from '../cli/context.js';
import { escalateOverdue } from './service-escalation.service.js';

/** The command's report: how many went to the heads and to the office, then each request's id. */
export function escalationReport(result: ServiceEscalation): string {
  const lines = [
    `Service requests overdue as of ${result.at}: ${result.toHead.length} escalated to the department head, ${result.toOffice.length} to the talent office.`,
    ...result.toHead.map((id) => `  head    ${id}`),
    ...result.toOffice.map((id) => `  office  ${id}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Registers `bole service-desk …`. */
export function registerServiceDeskCommands(program: Command): void {
  const desk = program.command('service-desk').description('The 关键小事 service desk');
  desk
    .command('escalate')
    .description(
      'Escalate every request overdue on DATE: to the department head on the first working day overdue, to the talent office later; each level once, safe to run again',
    )
    .option('--at <date>', 'business date YYYY-MM-DD (default: today in Asia/Shanghai)')
    .action(async (opts: { at?: string }) => {
      if (opts.at !== undefined && !isoDate.safeParse(opts.at).success) throw new CliError(`--at must be a date YYYY-MM-DD, got "${opts.at}"`);
      const result = await withCliContext((ctx) => escalateOverdue(ctx, opts.at));
      process.stdout.write(escalationReport(result));
    });
}
