/**
 * `bole region …`: `committee-key` makes the committee's key pair; `trust-list sign` checks a
 * trust list written in YAML and signs it; `trust-list fetch` fetches and offers the list now;
 * `message-log verify` re-checks every signature of this instance's message log.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CliError, withCliContext } from '../cli/context.js';
import { committeePrivateKey, newCommitteeKey, signTrustList, TrustListInvalid } from './committee.js';
import { verifyMessageLog } from './message-log.service.js';
import { refreshTrustList } from './trust-list.service.js';

const stderrLogger = {
  info: (d: object, m: string) => process.stdout.write(`${m} ${JSON.stringify(d)}\n`),
  warn: (d: object, m: string) => process.stderr.write(`${m} ${JSON.stringify(d)}\n`),
};

/** Registers `bole region …`. */
export function registerRegionCommands(program: Command): void {
  const region = program.command('region').description('The 长株潭 region: committee key, trust list, message log');
  region
    .command('committee-key')
    .argument('[create]', 'the only action (optional): create a new key pair')
    .description('Generate the committee key pair: committee.private.json (keep offline) and committee.jwks.json (give every instance)')
    .option('--alg <alg>', 'EdDSA or SM2', 'EdDSA')
    .option('--out <dir>', 'folder to write both files to', '.')
    .action(async (action: string | undefined, opts: { alg: string; out: string }) => {
      if (action !== undefined && action !== 'create') throw new CliError(`Unknown action ${action}: the only one is create`);
      if (opts.alg !== 'EdDSA' && opts.alg !== 'SM2') throw new CliError('--alg must be EdDSA or SM2');
      const key = await newCommitteeKey(opts.alg);
      writeFileSync(join(opts.out, 'committee.private.json'), `${JSON.stringify(key.privateJwk, null, 2)}\n`, { mode: 0o600 });
      writeFileSync(join(opts.out, 'committee.jwks.json'), `${JSON.stringify(key.jwks, null, 2)}\n`);
      process.stdout.write(
        `Committee key ${String(key.privateJwk.kid)} written to ${opts.out}: set BOLE_REGION_COMMITTEE_JWKS to committee.jwks.json on every instance.\n`,
      );
    });
  const list = region.command('trust-list').description('The committee’s signed trust list');
  list
    .command('sign')
    .description('Check a trust list written in YAML and sign it with the committee key')
    .requiredOption('--in <file>', 'the list (YAML or JSON)')
    .requiredOption('--key <file>', 'the committee private key (committee.private.json)')
    .requiredOption('--out <file>', 'where to write the signed list (compact JWS)')
    .action(async (opts: { in: string; key: string; out: string }) => {
      try {
        const token = await signTrustList(readFileSync(opts.in, 'utf8'), committeePrivateKey(readFileSync(opts.key, 'utf8')));
        writeFileSync(opts.out, `${token}\n`);
        process.stdout.write(`Signed trust list written to ${opts.out}\n`);
      } catch (err) {
        if (err instanceof TrustListInvalid) throw new CliError(err.message);
        throw err;
      }
    });
  list
    .command('fetch')
    .description('Fetch the trust list from BOLE_REGION_TRUST_LIST_URL now and keep it when it is good')
    .action(async () => {
      const outcome = await withCliContext((ctx) => refreshTrustList(ctx, stderrLogger));
      if (!outcome || outcome.outcome === 'refused') throw new CliError('The trust list was not taken; the last good copy stays in force.');
      process.stdout.write(`Trust list version ${outcome.version}: ${outcome.outcome}\n`);
    });
  region
    .command('message-log')
    .description('The log of signed messages with other member cities')
    .command('verify')
    .description('Re-verify every stored message’s digest and signature')
    .action(async () => {
      const r = await withCliContext((ctx) => verifyMessageLog(ctx));
      process.stdout.write(`${r.checked} messages: ${r.ok} verified, ${r.refusedOnArrival} refused on arrival (kept as received), ${r.bad.length} bad\n`);
      for (const b of r.bad) process.stdout.write(`  #${b.id}: ${b.problem}\n`);
      if (r.bad.length) throw new CliError('The message log has entries that do not verify.');
    });
}
