/**
 * `bole backup --to <file or folder>` and `bole restore --from <file> [--force]`: the instance of
 * BOLE_DATA_DIR (and DATABASE_URL) — see backup.service.ts for what the archive holds.
 */
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { CliError } from '../cli/context.js';
import { DamagedBackupError } from './backup-archive.js';
import { backupInstance, restoreInstance, type Instance } from './backup.service.js';

/** The instance the environment names, without opening it. */
function instanceOf(env: NodeJS.ProcessEnv): Instance {
  try {
    const config = loadConfig(env);
    return { dataDir: config.dataDir, database: config.databaseUrl ? 'postgres' : 'pglite', dataKeyFromEnvironment: config.dataKeyHex !== undefined };
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message);
    throw err;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Registers `bole backup` and `bole restore`. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Back up the instance (embedded database, data key, evidence files, audit checkpoints) into one archive')
    .requiredOption('--to <path>', 'the archive to write, or a folder to write bole-backup-<date>.tar.gz into')
    .action(async (opts: { to: string }) => {
      const instance = instanceOf(process.env);
      const { file, manifest } = await backupInstance(instance, opts.to, new Date());
      const bytes = manifest.files.reduce((n, f) => n + f.size, 0);
      const lines = [`Backed up ${manifest.files.length} files (${megabytes(bytes)}) to ${file}`];
      if (instance.database === 'postgres') lines.push('The PostgreSQL database itself is not in it: back it up with pg_dump (docs/operations.md).');
      if (instance.dataKeyFromEnvironment) {
        lines.push(
          'The data key comes from BOLE_DATA_KEY and is not in it: keep that key safe apart; without it the personal data in any backup cannot be read.',
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
  program
    .command('restore')
    .description('Restore a backup made by bole backup into an empty BOLE_DATA_DIR (checked against its manifest first)')
    .requiredOption('--from <file>', 'the archive to restore')
    .option('--force', 'delete what the data folder holds and replace it with the backup')
    .action(async (opts: { from: string; force?: boolean }) => {
      const instance = instanceOf(process.env);
      let manifest;
      try {
        manifest = await restoreInstance(instance, opts.from, opts.force === true);
      } catch (err) {
        if (err instanceof DamagedBackupError) throw new CliError(`The backup ${opts.from} is damaged, nothing was restored: ${err.message}`);
        throw err;
      }
      const lines = [`Restored ${manifest.files.length} files of the backup of ${manifest.createdAt} into ${instance.dataDir}.`];
      if (manifest.dataKey === 'environment') lines.push('That instance used BOLE_DATA_KEY: start with the same key, or its personal data cannot be read.');
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
