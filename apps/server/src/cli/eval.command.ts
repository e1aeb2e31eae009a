/**
 * `bole eval` — evaluates talent profiles (JSON lines) against the policy pack at a date and
 * writes one JSON line per profile with its tier and granted benefits. Streams: profiles are
 * read line by line and evaluated in batches with the engine's columnar kernels.
 */
import { createReadStream, createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { repoPath } from '../platform/paths.js';
import { Population, dates, evaluatePopulation, loadPack, parseProfile, type Pack, type Profile } from '@bole/engine';

/** The repository's `policies/` folder, next to `apps/`. */
export const DEFAULT_POLICIES_DIR = repoPath('policies');

/** Loads the pack from a folder of YAML files; throws with every authoring error. */
export function loadPackFromDir(dir: string): Pack {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  const res = loadPack(files);
  if (!res.ok) throw new Error(`policy pack has errors:\n${res.errors.map((e) => `  ${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n')}`);
  return res.pack;
}

/** Validates `--at`; throws a usage error otherwise. */
export function checkAt(at: string): string {
  if (dates.parseIsoDate(at) === null) throw new Error(`--at must be a valid date YYYY-MM-DD, got "${at}"`);
  return at;
}

const BATCH = 8192;

interface EvalOptions {
  at: string;
  input: string;
  output?: string;
  policies?: string;
}

/** Evaluates one batch and returns its output lines. */
function evaluateBatch(pack: Pack, profiles: Profile[], at: string): string {
  const pop = Population.fromProfiles(profiles);
  const ev = evaluatePopulation(pack, pop, at);
  const benefits: string[][] = profiles.map(() => []);
  for (const o of ev.outcomes) {
    for (let k = 0; k < o.rows.length; k++) {
      if (o.granted[k] !== 1) continue;
      benefits[o.rows[k]!]!.push(
        `{"policy":${JSON.stringify(o.policy)},"amountFen":${o.amountFen[k]},"period":"${o.period}","months":${o.months[k]},"valueFen":${o.valueFen[k]}}`,
      );
    }
  }
  let out = '';
  profiles.forEach((p, i) => {
    const code = ev.tier[i]!;
    const tier = code === 255 ? 'null' : `"${'ABCDE'[code]}"`;
    out += `{"id":${JSON.stringify(p.id)},"tier":${tier},"benefits":[${benefits[i]!.join(',')}]}\n`;
  });
  return out;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Runs `bole eval`; returns the number of lines that failed. */
export async function runEval(opts: EvalOptions): Promise<number> {
  const at = checkAt(opts.at);
  const pack = loadPackFromDir(opts.policies ?? DEFAULT_POLICIES_DIR);
  const input = opts.input === '-' ? process.stdin : createReadStream(opts.input, { encoding: 'utf8' });
  const out: Writable = opts.output ? createWriteStream(opts.output) : process.stdout;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failed = 0;
  let lineNo = 0;
  let batch: Profile[] = [];
  for await (const line of lines) {
    lineNo++;
    const text = lineNo === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      failed++;
      process.stderr.write(`line ${lineNo}: invalid JSON: ${(err as Error).message}\n`);
      continue;
    }
    const res = parseProfile(json, at);
    if (!res.ok) {
      failed++;
      const id = typeof json === 'object' && json !== null && 'id' in json ? ` (id ${JSON.stringify((json as { id: unknown }).id)})` : '';
      for (const e of res.errors) process.stderr.write(`line ${lineNo}${id}: ${e.field}: ${e.message}\n`);
      continue;
    }
    batch.push(res.profile);
    if (batch.length >= BATCH) {
      await write(out, evaluateBatch(pack, batch, at));
      batch = [];
    }
  }
  if (batch.length > 0) await write(out, evaluateBatch(pack, batch, at));
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
