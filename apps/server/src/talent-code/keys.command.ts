/**
 * `bole keys rotate` — make a new talent-code signing key (the old one stays published until
 * its codes expire); `bole keys list` — every key with its state.
 */
import type { Command } from 'commander';
import { withCliContext } from '../cli/context.js';
import { describeSigningKeys, rotateSigningKey } from './signing-key.service.js';

/** Registers `bole keys …`. */
export function registerKeyCommands(program: Command): void {
  const keys = program.command('keys').description('Talent-code signing keys (Ed25519, published at /.well-known/jwks.json)');
  keys
    .command('rotate')
    .description('Start a new signing key; the old key signs no more but stays published until its codes expire')
    .action(async () => {
      const rotation = await withCliContext((ctx) => rotateSigningKey(ctx, null));
      process.stdout.write(`New signing key: ${rotation.kid}\n`);
      const old = rotation.retired;
      if (old?.published) process.stdout.write(`Retired ${old.kid}; it stays in the JWKS until ${old.expiresAfter}, when its last code has expired.\n`);
      else if (old) process.stdout.write(`Retired ${old.kid}; no live code used it, so it left the JWKS at once.\n`);
    });
  keys
    .command('list')
    .description('List signing keys, newest first')
    .action(async () => {
      const rows = await withCliContext((ctx) => describeSigningKeys(ctx));
      if (rows.length === 0) {
        process.stdout.write('No signing key yet: one is created when the first talent code is issued.\n');
        return;
      }
      for (const r of rows) {
        const until = r.state === 'retired, published' ? `, published until ${r.expiresAfter}` : '';
        process.stdout.write(`${r.kid}  ${r.state}  created ${r.createdAt}${until}\n`);
      }
    });
}
