/**
 * The `bole` command line. Each command lives in its own `*.command.ts` file, beside the
 * business area it belongs to, and exports a `register(program)` function listed here.
 */
import { Command } from 'commander';
import { commands } from './commands.js';

const program = new Command('bole').description('Bole (伯乐) talent service platform — command line').showHelpAfterError().exitOverride();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const e = err as { code?: string; exitCode?: number; message?: string };
  if (e.code?.startsWith('commander.')) {
    process.exitCode = e.exitCode ?? 2;
  } else {
    process.stderr.write(`bole: ${e.message ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
