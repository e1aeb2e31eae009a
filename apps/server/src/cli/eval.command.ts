/**
 * `bole eval` — evaluates talent profiles (JSON lines) against the policy pack at a date and
 * writes one JSON line per profile with its tier and granted benefits. Streams: the input is
 * read in chunks of 4 MiB cut at a line end; the engine scans each chunk's lines straight into
 * columns, evaluates them with its columnar kernels and hands back the output bytes. A large
 * file is spread over worker threads, one per core (eval-threads.ts); the output is the same.
 */
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { lineChunks } from './line-chunks.js';
import { JsonLinesEvaluator } from '@bole/engine';
import { checkAt, defaultPoliciesDir, loadPackFromDir } from './eval-pack.js';
import { evalLinesThreaded } from './eval-threads.js';

interface EvalOptions {
  at: string;
  input: string;
  output?: string;
  policies?: string;
  threads?: number;
}

/** Below this size a file is evaluated on the main thread: starting a worker (≈ 0.5 s of CPU: code and pack) would cost more than it saves. */
const THREADED_FROM_BYTES = 32 << 20;
/**
 * Threads are used by default only from this many cores: on 2 cores a worker beside the main
 * thread measured no faster (docs/performance.md, "bole eval"), each worker costing its start and
 * copies. `--threads` still chooses.
 */
const THREADED_FROM_CORES = 4;
/** More threads than this stop paying: the main thread's reading and writing becomes the limit. */
const MAX_THREADS = 4;

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

/** Threads for an input: as asked, else one per core (at most 4) for a large file on 4 cores or more, and 1 otherwise (or for stdin). */
export function threadsFor(input: string, asked: number | undefined, cores = availableParallelism()): number {
  if (asked !== undefined) return asked;
  if (cores < THREADED_FROM_CORES || input === '-' || statSync(input).size < THREADED_FROM_BYTES) return 1;
  return Math.min(MAX_THREADS, cores);
}

/** Runs `bole eval`; returns the number of lines that failed. */
export async function runEval(opts: EvalOptions): Promise<number> {
  const at = checkAt(opts.at);
  const policies = opts.policies ?? defaultPoliciesDir();
  const pack = loadPackFromDir(policies);
  const out: Writable = opts.output ? createWriteStream(opts.output) : process.stdout;
  const threads = threadsFor(opts.input, opts.threads);
  const failed =
    threads > 1
      ? await evalLinesThreaded(new JsonLinesEvaluator(pack, at), { policies, at }, threads, opts.input, out, process.stderr)
      : await evalLines(new JsonLinesEvaluator(pack, at), opts.input, out, process.stderr);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  return failed;
}

function threadCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number from 1 to 64');
  return n;
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
    .option('--threads <n>', 'worker threads (default: one per core, up to 4, for files of 32 MiB and more on 4 cores or more; else 1)', threadCount)
    .action(async (opts: EvalOptions) => {
      const failed = await runEval(opts);
      if (failed > 0) {
        process.stderr.write(`${failed} line(s) failed\n`);
        process.exitCode = 1;
      }
    });
}
