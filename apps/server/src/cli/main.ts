/**
 * The `bole` command line. Each command lives in its own `*.command.ts` file, beside the
 * business area it belongs to, and exports a `register(program)` function listed in
 * `commands.ts`; only the command being run is loaded.
 */
import { Command } from 'commander';
import { registersFor } from './commands.js';

const program = new Command('bole').description('Bole (伯乐) talent service platform — command line').showHelpAfterError().exitOverride();

for (const register of await registersFor(process.argv.slice(2))) register(program);

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
