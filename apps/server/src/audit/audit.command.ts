/**
 * `bole audit verify` — walks the keyed audit hash chain against the signed checkpoints in the
 * data folder; exit 0 when intact (and a new checkpoint is written), 1 at the first broken link.
 */
import type { Command } from 'commander';
import { withCliContext } from '../cli/context.js';

/** Registers `bole audit …`. */
export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The tamper-evident audit log');
  audit
    .command('verify')
    .description('Check that no audit entry was edited, inserted or removed, nor the end cut off')
    .action(async () => {
      const result = await withCliContext(async (ctx) => {
        const r = await ctx.audit.verify();
        if (r.ok) await ctx.audit.checkpoint();
        return r;
      });
      if (result.ok) {
        process.stdout.write(`OK: ${result.count} audit entries, the hash chain is intact.\n`);
        return;
      }
      process.stdout.write(`BROKEN at audit entry #${result.brokenAtId}: ${result.reason} (checked ${result.count} entries).\n`);
      process.exitCode = 1;
    });
}
