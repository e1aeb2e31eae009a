/**
 * `bole eval` — evaluates talent profiles (JSON lines) against the policy pack at a date and
 * writes one JSON line per profile with its tier and granted benefits. Streams: the input is
 * read in chunks of 4 MiB cut at a line end; the engine scans each chunk's lines straight into
 * columns, evaluates them with its columnar kernels and hands back the output bytes.
 */
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { lineChunks } from './line-chunks.js';
import { JsonLinesEvaluator, dates, loadPack, type Pack } from '@bole/engine';
import { configuredCity } from '../city/city-file.js';

/** The configured city's policy pack folder (BOLE_CITY_DIR; `policies/` for the demo city). */
export function defaultPoliciesDir(): string {
  return configuredCity().packDir;
}

/** Loads the pack from a folder of YAML files against the configured city's vocabulary; throws with every authoring error. */
export function loadPackFromDir(dir: string): Pack {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  const res = loadPack(files, configuredCity().vocabulary);
  if (!res.ok) throw new Error(`policy pack has errors:\n${res.errors.map((e) => `  ${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n')}`);
  return res.pack;
}

/** Validates `--at`; throws a usage error otherwise. */
export function checkAt(at: string): string {
  if (dates.parseIsoDate(at) === null) throw new Error(`--at must be a valid date YYYY-MM-DD, got "${at}"`);
  return at;
}

interface EvalOptions {
  at: string;
  input: string;
  output?: string;
  policies?: string;
}

async function write(out: Writable, bytes: Uint8Array): Promise<void> {
  if (!out.write(bytes)) await once(out, 'drain');
}

/**
 * Evaluates the JSON lines of `input` (a path, or `-` for stdin) into `out`; each bad line's
 * messages go to `errors` as `line N…`. Returns the number of lines that failed.
 */
export async function evalLines(evaluator: JsonLinesEvaluator, input: string, out: Writable, errors: Writable): Promise<number> {
  let failed = 0;
  let lines = 0;
  for await (const chunk of lineChunks(input)) {
    const res = evaluator.evaluate(chunk, lines === 0);
    if (res.errors.length > 0) errors.write(res.errors.map((e) => `line ${lines + e.line}${e.text}\n`).join(''));
    failed += res.failed;
    lines += res.lines;
    if (res.output.length > 0) await write(out, res.output);
  }
  return failed;
}

/** Runs `bole eval`; returns the number of lines that failed. */
export async function runEval(opts: EvalOptions): Promise<number> {
  const at = checkAt(opts.at);
  const pack = loadPackFromDir(opts.policies ?? defaultPoliciesDir());
  const out: Writable = opts.output ? createWriteStream(opts.output) : process.stdout;
  const failed = await evalLines(new JsonLinesEvaluator(pack, at), opts.input, out, process.stderr);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  return failed;
}

/** Registers `bole eval`. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('Evaluate talent profiles (JSON lines) against the policy pack; one JSON line out per profile')
    .requiredOption('--at <date>', 'evaluation date, YYYY-MM-DD')
    .requiredOption('--input <file>', 'JSON-lines file of profiles, or - for stdin')
    .option('--output <file>', 'write results here instead of stdout')
    .option('--policies <dir>', 'policy pack folder (default: the repository policies/)')
    .action(async (opts: EvalOptions) => {
      const failed = await runEval(opts);
      if (failed > 0) {
        process.stderr.write(`${failed} line(s) failed\n`);
        process.exitCode = 1;
      }
    });
}
