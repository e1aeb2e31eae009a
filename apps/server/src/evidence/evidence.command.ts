/**
 * `bole evidence to-database` — copies the evidence files an instance kept in its data folder
 * into PostgreSQL (ADR 0017), so that every server node serves them; run it once on the node
 * that holds them after setting BOLE_EVIDENCE_STORE=database. Exit 1 when a file is damaged.
 */
import type { Command } from 'commander';
import { withCliContext } from '../cli/context.js';
import { copyFolderToDatabase } from './evidence-database.storage.js';

/** Registers `bole evidence …`. */
export function registerEvidenceCommands(program: Command): void {
  const evidence = program.command('evidence').description('Evidence files');
  evidence
    .command('to-database')
    .description('Copy the evidence files in the data folder into the database (they stay in the folder)')
    .action(async () => {
      const r = await withCliContext((ctx) => copyFolderToDatabase(ctx.db, ctx.config.dataDir, ctx.clock));
      process.stdout.write(`Copied ${r.copied} evidence files into the database; ${r.alreadyStored} were there already.\n`);
      if (r.damaged.length === 0) return;
      process.stdout.write(`DAMAGED (content no longer matches its SHA-256, not copied):\n${r.damaged.map((s) => `  ${s}\n`).join('')}`);
      process.exitCode = 1;
    });
}
