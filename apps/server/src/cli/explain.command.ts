/**
 * `bole explain` — explains, in zh-CN (default) or English, what a talent gets at a date and
 * why: tier, granted benefits, displaced ones, and what would make each unmet condition pass.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { evaluate, explain, parseProfile } from '@bole/engine';
import { checkAt, defaultPoliciesDir, loadPackFromDir } from './eval-pack.js';
import { cityValueNames, configuredCity } from '../city/city-file.js';

interface ExplainOptions {
  at: string;
  input: string;
  policy?: string;
  lang: string;
  policies?: string;
}

/** Reads profiles from a JSON file: one object, an array, or JSON lines. */
function readProfiles(path: string): unknown[] {
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  try {
    const json: unknown = JSON.parse(text);
    return Array.isArray(json) ? json : [json];
  } catch {
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l, i) => {
        try {
          return JSON.parse(l) as unknown;
        } catch (err) {
          throw new Error(`line ${i + 1}: invalid JSON: ${(err as Error).message}`, { cause: err });
        }
      });
  }
}

/** Runs `bole explain`; returns the text to print. */
export function runExplain(opts: ExplainOptions): string {
  const at = checkAt(opts.at);
  if (opts.lang !== 'zh' && opts.lang !== 'en' && opts.lang !== 'zh-CN') throw new Error(`--lang must be zh or en, got "${opts.lang}"`);
  const lang = opts.lang === 'en' ? 'en' : 'zh';
  const pack = loadPackFromDir(opts.policies ?? defaultPoliciesDir());
  if (opts.policy && !pack.policies.some((p) => p.id === opts.policy)) {
    throw new Error(`unknown policy "${opts.policy}"; known: ${pack.policies.map((p) => p.id).join(', ')}`);
  }
  const texts = readProfiles(opts.input).map((raw, i) => {
    const res = parseProfile(raw, at, pack.schema);
    if (!res.ok) throw new Error(`profile ${i + 1}: ${res.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    return explain(evaluate(pack, res.profile, at), lang, { names: cityValueNames(configuredCity()), ...(opts.policy ? { policy: opts.policy } : {}) });
  });
  return `${texts.join('\n\n')}\n`;
}

/** Registers `bole explain`. */
export function registerExplainCommand(program: Command): void {
  program
    .command('explain')
    .description('Explain what a talent profile gets at a date and why (zh-CN by default)')
    .requiredOption('--at <date>', 'evaluation date, YYYY-MM-DD')
    .requiredOption('--input <file>', 'profile JSON file (one object, an array or JSON lines), or - for stdin')
    .option('--policy <id>', 'explain only this policy, condition by condition')
    .option('--lang <lang>', 'zh or en', 'zh')
    .option('--policies <dir>', 'policy pack folder (default: the repository policies/)')
    .action((opts: ExplainOptions) => {
      process.stdout.write(runExplain(opts));
    });
}
