/** Loads the repository's policy pack for tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack, type Pack, type PackFile } from '../src/index.js';
import { ZHUZHOU } from './city-fixture.js';

/** The repository's `policies/` folder. */
export const POLICIES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'policies');

/** Reads every YAML file of the policies folder. */
export function readPackFiles(dir = POLICIES_DIR): PackFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => ({ path: `policies/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Loads the repository pack (the demo city's), failing loudly with every authoring error. */
export function loadRepoPack(): Pack {
  const res = loadPack(readPackFiles(), ZHUZHOU);
  if (!res.ok) throw new Error(res.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('\n'));
  return res.pack;
}
