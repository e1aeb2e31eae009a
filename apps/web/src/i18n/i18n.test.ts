/**
 * The screen texts live in one place, `zh-CN.json` and `en.json`: both files have the same keys,
 * and every text key the code asks for by a literal `t('…')` is in them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import zh from './zh-CN.json';
import en from './en.json';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? keys(v as object, key) : [key];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('screen texts', () => {
  it('are complete in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('have every key the code asks for', () => {
    const known = new Set(keys(zh));
    // An array of lines (home.capabilities.*) is asked for as a whole.
    const isKnown = (k: string) => known.has(k) || [...known].some((x) => x.startsWith(`${k}.`));
    const missing = sourceFiles(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)]
        .map((m) => m[1]!)
        .filter((k) => !isKnown(k))
        .map((k) => `${file.slice(src.length + 1)}: ${k}`),
    );
    expect(missing).toEqual([]);
  });
});
