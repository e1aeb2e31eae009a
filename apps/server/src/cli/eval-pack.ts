/** The policy pack and evaluation date as the `bole eval` and `bole explain` commands read them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dates, loadPack, type Pack } from '@bole/engine';
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
