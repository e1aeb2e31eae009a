/**
 * `bole housing verify ROUND [--from FILE]` — recomputes a published round from its published
 * inputs with the independent re-check (`allocation-check.ts`) and says whether it agrees with the
 * published result. With `--from`, it reads the JSON anyone can download from
 * `GET /api/v1/public/housing/rounds/ROUND/published` and needs no database; otherwise it reads
 * the round from the instance the environment points at. Exit code 1 when it does not agree.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { housingPublishedRound, type HousingPublishedRound } from '@bole/contracts';
import { CliError, withCliContext } from '../cli/context.js';
import { checkRound, type CheckReport } from './allocation-check.js';
import { publishedHousingRound } from './housing-view.service.js';
import { AppError } from '../http/errors.js';

/** The re-check of a published round. */
export function verifyPublishedRound(published: HousingPublishedRound): CheckReport {
  return checkRound(published, published);
}

/** The report as text. */
export function formatVerifyReport(round: string, r: CheckReport, p: HousingPublishedRound): string {
  const lines = [
    `Round ${round} — ${p.codeVersion}; seed from ${p.beacon}`,
    `  ${r.applicants} eligible applicants, ${r.units} units; eligible list SHA-256 ${p.eligibleHash}`,
    r.agrees
      ? '  AGREES: the hash of the eligible list, every lottery number, the order, every unit and every cutoff recompute to the published result. 复核一致。'
      : '  DOES NOT AGREE 复核不一致:',
    ...r.differences.map((d) => `   - ${d}`),
  ];
  return `${lines.join('\n')}\n`;
}

function readFile(path: string, round: string): HousingPublishedRound {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CliError(`${path}: cannot be read as JSON (${(err as Error).message})`);
  }
  const parsed = housingPublishedRound.safeParse(json);
  if (!parsed.success) throw new CliError(`${path}: not a published round (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
  if (parsed.data.round !== round) throw new CliError(`${path} holds round ${parsed.data.round}, not ${round}`);
  return parsed.data;
}

/** Registers `bole housing`. */
export function registerHousingCommands(program: Command): void {
  const housing = program.command('housing').description('talent apartments and expert housing');
  housing
    .command('verify <round>')
    .description('recompute a published round from its published inputs and check it agrees with the published result')
    .option('--from <file>', 'the JSON of GET /api/v1/public/housing/rounds/<round>/published (no database needed)')
    .action(async (round: string, opts: { from?: string }) => {
      const published = opts.from
        ? readFile(opts.from, round)
        : await withCliContext(async (ctx) => {
            try {
              return await publishedHousingRound(ctx, round);
            } catch (err) {
              if (err instanceof AppError) throw new CliError(err.message);
              throw err;
            }
          });
      const report = verifyPublishedRound(published);
      process.stdout.write(formatVerifyReport(round, report, published));
      if (!report.agrees) process.exitCode = 1;
    });
}
