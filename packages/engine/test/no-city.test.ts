/**
 * The engine knows no city: its source names none of the demo city's districts, chains or
 * departments (codes or names), nor the city itself. They arrive with the pack as data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CITIES_DIR } from './city-fixture.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Codes that are also words of the engine's own language: `other` (a catch-all), `auto` (a policy mode). */
const ENGINE_WORDS = new Set(['other', 'auto']);

interface Named {
  code: string;
  name: { zh: string; en: string };
}

function zhuzhouWords(): { names: string[]; codes: string[] } {
  const city = parse(readFileSync(join(CITIES_DIR, 'zhuzhou', 'city.yaml'), 'utf8')) as {
    name: { zh: string };
    districts: Named[];
    chains: Named[];
    departments: Named[];
  };
  const all = [...city.districts, ...city.chains, ...city.departments];
  const names = [city.name.zh, '株洲', ...all.map((x) => x.name.zh)].filter((n) => n !== '其他');
  const codes = all.map((x) => x.code).filter((c) => !ENGINE_WORDS.has(c));
  return { names, codes };
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('packages/engine/src knows no city', () => {
  it('names none of the demo city’s districts, chains or departments', () => {
    const { names, codes } = zhuzhouWords();
    expect(codes).toContain('rail');
    expect(names).toContain('天元区');
    const found: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const n of names) if (text.includes(n)) found.push(`${relative(SRC, file)}: ${n}`);
      for (const c of codes) if (new RegExp(`['"\`]${c}['"\`]`).test(text)) found.push(`${relative(SRC, file)}: '${c}'`);
    }
    expect(found).toEqual([]);
  });

  it('imports no city vocabulary from contracts', () => {
    const found = sources(SRC).filter((f) => /\b(DISTRICTS|CHAINS|DEPARTMENTS|DISTRICT_NAMES|CHAIN_NAMES|DEPARTMENT_NAMES)\b/.test(readFileSync(f, 'utf8')));
    expect(found.map((f) => relative(SRC, f))).toEqual([]);
  });
});
