/**
 * `bole simulate` — what a reform would cost: sets policy parameters to new values and prints
 * gainers, losers, changed counts and the annual budget delta per policy, district and chain,
 * then a JSON summary. Over the database (`--from-db`, the pack versions in force at `--at`)
 * or over a file of profiles (`--input`, JSON array or JSON lines, with the pack in policies/).
 *
 *   bole simulate --at 2026-07-15 --set settle-allowance.amount.D=200000 --from-db
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { dates, loadPack, parseProfile, Population, type Schema } from '@bole/engine';
import { reformChange, type ReformChange } from '@bole/contracts';
import { businessDate } from '../platform/clock.js';
import { CliError, withCliContext } from '../cli/context.js';
import { packInForce } from './calculator.service.js';
import type { Impact } from './impact.js';
import { readPackDir } from './pack-files.js';
import { configuredCity } from '../city/city-file.js';
import { seedPolicyPack } from './policy.service.js';
import { populationCacheOf } from './population-cache.js';
import { simulateOn } from './simulate.service.js';

interface SimulateOptions {
  at?: string;
  set: string[];
  fromDb?: boolean;
  input?: string;
  policies?: string;
  json?: boolean;
}

/** Parses `policy.param[.key]=value` (value in the parameter's unit). */
export function parseSet(s: string): ReformChange {
  const m = /^([a-z0-9-]+)\.([A-Za-z][A-Za-z0-9]*)(?:\.([^=]+))?=(.+)$/.exec(s.trim());
  if (!m) throw new CliError(`--set must look like policy.param[.key]=value (e.g. settle-allowance.amount.D=200000), got "${s}"`);
  const value = Number(m[4]!.replace(/[,_]/g, ''));
  const parsed = reformChange.safeParse({ policy: m[1], param: m[2], ...(m[3] ? { key: m[3] } : {}), value });
  if (!parsed.success) throw new CliError(`--set ${s}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Reads profiles from a JSON array or JSON-lines file; reports the invalid ones on stderr. */
function readProfiles(file: string, at: string, schema: Schema): Population {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  const trimmed = text.trimStart();
  const raw: unknown[] = trimmed.startsWith('[')
    ? (JSON.parse(trimmed) as unknown[])
    : trimmed
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as unknown);
  const profiles = [];
  let bad = 0;
  for (const [i, r] of raw.entries()) {
    const p = parseProfile(r, at, schema);
    if (p.ok) profiles.push(p.profile);
    else if (++bad <= 5) process.stderr.write(`profile #${i + 1}: ${p.errors.map((e) => `${e.field} ${e.message}`).join('; ')}\n`);
  }
  if (bad > 0) process.stderr.write(`${bad} invalid profile(s) left out\n`);
  return Population.fromProfiles(profiles, schema);
}

const yuan = (fen: number) => `${fen < 0 ? '-' : fen > 0 ? '+' : ''}¥${Math.abs(fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** The impact as aligned text tables. */
export function formatImpact(impact: Impact, population: number, at: string): string {
  const table = (title: string, head: string, rows: { key: string; gainers: number; losers: number; changed: number; budgetDeltaFen: number }[]) => {
    const lines = rows.map((r) => [r.key, String(r.gainers), String(r.losers), String(r.changed), yuan(r.budgetDeltaFen)]);
    const all = [[head, 'gainers', 'losers', 'changed', 'budget Δ/yr'], ...lines];
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    const cols = all[0]!.map((_, c) => Math.max(...all.map((r) => width(r[c]!))));
    const pad = (s: string, c: number) => (c === 0 ? s + ' '.repeat(cols[c]! - width(s)) : ' '.repeat(cols[c]! - width(s)) + s);
    return [title, ...all.map((r) => r.map(pad).join('  '))].join('\n');
  };
  return [
    `What-if at ${at} over ${population.toLocaleString('en')} talents`,
    '',
    table(
      'By policy',
      'policy',
      impact.policies.map((p) => ({ ...p, key: p.policy })),
    ),
    '',
    table('By district', 'district', impact.byDistrict),
    '',
    table('By chain', 'chain', impact.byChain),
    '',
    `Total: ${impact.total.gainers} gain, ${impact.total.losers} lose, ${impact.total.changed} change; annual budget ${yuan(impact.total.budgetDeltaFen)}`,
  ].join('\n');
}

/** Runs `bole simulate`; returns the impact. */
export async function runSimulate(opts: SimulateOptions): Promise<Impact> {
  if (opts.set.length === 0) throw new CliError('give at least one --set policy.param[.key]=value');
  if (opts.input && opts.fromDb) throw new CliError('use either --from-db or --input, not both');
  const changes = opts.set.map(parseSet);
  const run = (pack: Parameters<typeof simulateOn>[0], population: Population, at: string) => {
    const r = simulateOn(pack, population, changes, at);
    if (!r.ok) throw new CliError(r.errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
    if (!opts.json) process.stdout.write(`${formatImpact(r.impact, population.size, at)}\n\n`);
    process.stdout.write(
      `${JSON.stringify({ at, population: population.size, changes, total: r.impact.total, policies: r.impact.policies, byDistrict: r.impact.byDistrict, byChain: r.impact.byChain })}\n`,
    );
    return r.impact;
  };
  if (opts.input) {
    const at = opts.at ?? businessDate(new Date());
    const city = configuredCity();
    const files = readPackDir(opts.policies ?? city.packDir);
    const loaded = loadPack(files, city.vocabulary);
    if (!loaded.ok) throw new CliError(loaded.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
    return run(loaded.pack, readProfiles(opts.input, at, loaded.pack.schema), at);
  }
  return withCliContext(async (ctx) => {
    const at = opts.at ?? businessDate(ctx.clock.now());
    await seedPolicyPack(ctx);
    const resolved = await packInForce(ctx, at);
    const loaded = await populationCacheOf(ctx).get();
    if (loaded.skipped > 0) process.stderr.write(`${loaded.skipped} talent(s) with an incomplete profile left out\n`);
    return run(resolved.pack, loaded.population, at);
  });
}

/** Registers `bole simulate`. */
export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('What-if: gainers, losers and annual budget delta of new parameter values (by policy, district, chain)')
    .option('--at <date>', 'evaluation date YYYY-MM-DD (default: today, Asia/Shanghai)', (v: string) => {
      if (dates.parseIsoDate(v) === null) throw new CliError(`--at must be a valid date YYYY-MM-DD, got "${v}"`);
      return v;
    })
    .option(
      '--set <policy.param[.key]=value>',
      'new parameter value in its unit (yuan for money); repeatable',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--from-db', 'simulate over the talents in the database (default)')
    .option('--input <file>', 'simulate over profiles in a JSON array or JSON-lines file (- for stdin) with the pack in policies/')
    .option('--policies <dir>', 'policy pack folder for --input (default: the repository’s policies/)')
    .option('--json', 'print only the JSON summary')
    .action(async (opts: SimulateOptions) => {
      await runSimulate(opts);
    });
}
