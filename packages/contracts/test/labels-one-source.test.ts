/**
 * Every domain label is written once, in `packages/contracts/src/labels`. This test reads the
 * source tree and fails when a string literal (TypeScript, TSX text, JSON value) spells one of
 * the catalogue's Chinese labels outside that folder, so a second copy cannot drift from the
 * first. Tests, browser tests and the seed's synthetic data may assert or seed such texts and
 * are not read. The policy pack's condition labels are the policies' own words; its evidence is
 * named by key (the document schema rejects anything else).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as LABELS from '../src/labels/index.js';
import type { Bilingual } from '../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCANNED = ['packages/contracts/src', 'packages/engine/src', 'apps/server/src', 'apps/server/bin', 'apps/web/src'];
const LABELS_DIR = 'packages/contracts/src/labels';
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'seed']);
const SKIPPED_FILE = /\.(test|spec)\.tsx?$|-testing\.ts$/;

/**
 * Words too plain to be one thing's name: they stand in sentences and screens for themselves
 * (无 “none”, 其他 “other”, 政策 “policy”, 人才 “talent”, 失败 “failed”, a dash).
 */
const PLAIN_WORDS = new Set(['无', '其他', '政策', '人才', '失败', '—']);

/**
 * Buttons that do a step of a workflow say in Chinese what its timeline step says (English
 * tells them apart: “Withdraw” / “withdrawn”); and 已停用 names a disabled account as well as a
 * retired policy version, 免申即享 the sweep's menu entry as well as the delivery mode. These
 * texts are screen texts that happen to share the Chinese words.
 */
const SHARED_WORDS = new Set(['提交申请', '提交审核', '撤回申请', '退回补充材料', '驳回', '已停用', '免申即享']);

/** A long field name is also caught inside a longer literal (a sentence or a hint that spells it). */
const LONG = 6;

const isBilingual = (v: unknown): v is Bilingual =>
  !!v && typeof v === 'object' && typeof (v as Bilingual).zh === 'string' && typeof (v as Bilingual).en === 'string';

/** Every label table the labels folder exports (the vocabularies and every other `*_LABELS` map), by name. */
function labelTables(): [string, Record<string, Bilingual>][] {
  const tables = Object.entries(LABELS.VOCABULARIES) as [string, Record<string, Bilingual>][];
  for (const [name, value] of Object.entries(LABELS)) {
    if (name === 'VOCABULARIES' || !value || typeof value !== 'object' || Array.isArray(value)) continue;
    const entries = Object.values(value as object);
    if (entries.length > 0 && entries.every(isBilingual)) tables.push([name, value as Record<string, Bilingual>]);
  }
  return tables;
}

function catalogue(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [vocabulary, table] of labelTables()) {
    for (const [key, label] of Object.entries(table)) {
      // A code that is its own Chinese name (the districts) is a value, not a copy of a label.
      if (key === label.zh || label.zh.length < 2 || PLAIN_WORDS.has(label.zh) || SHARED_WORDS.has(label.zh) || !/[\u4e00-\u9fff]/.test(label.zh)) continue;
      if (!out.has(label.zh)) out.set(label.zh, `${vocabulary}.${key}`);
    }
  }
  return out;
}

function files(dir: string): string[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    const rel = relative(ROOT, path);
    if (statSync(path).isDirectory()) return SKIPPED_DIRS.has(name) || rel === LABELS_DIR ? [] : files(rel);
    return /\.(ts|tsx|json)$/.test(name) && !SKIPPED_FILE.test(name) ? [rel] : [];
  });
}

/** The literal texts of a file: quoted strings and template pieces, JSX text, JSON values. */
export function literals(path: string, text: string): string[] {
  if (path.endsWith('.json')) {
    const out: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(text));
    return out;
  }
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const quoted = [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].flatMap((m) =>
    (m[1] ?? m[2] ?? m[3] ?? '').split(/\$\{[^}]*\}/),
  );
  const jsxText = path.endsWith('.tsx') ? [...code.matchAll(/>([^<>{}]+)</g)].map((m) => m[1]!) : [];
  return [...quoted, ...jsxText].map((s) => s.trim()).filter((s) => /[\u4e00-\u9fff]/.test(s));
}

/**
 * A hand-written label map: three or more consecutive `key: '中文'` entries of one object (the
 * shape of a `*_LABELS` table or a column-name map), whatever the words — new words belong in
 * the labels folder too, so the next screen or file reads them from there.
 */
export function handWrittenLabelMaps(path: string, text: string): string[] {
  if (!/\.tsx?$/.test(path)) return [];
  const entry = /^\s*['"]?([A-Za-z_][\w.]*)['"]?:\s*'([^'\n]*[\u4e00-\u9fff][^'\n]*)',?$/;
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) found.push(`${path}: ${run.join(', ')}`);
    run = [];
  };
  for (const line of text.split('\n')) {
    const m = entry.exec(line);
    if (m && !['zh', 'en', 'summary', 'description'].includes(m[1]!) && !/[A-Za-z]/.test(m[2]!)) run.push(`${m[1]}: ${m[2]}`);
    else flush();
  }
  flush();
  return found;
}

describe('domain labels have one source', () => {
  it('writes no label map outside packages/contracts/src/labels', () => {
    const found = SCANNED.flatMap((dir) => files(dir).flatMap((path) => handWrittenLabelMaps(path, readFileSync(join(ROOT, path), 'utf8'))));
    expect(found).toEqual([]);
  });

  it('recognises a hand-written label map', () => {
    const map = "const MODES = {\n  migratory: '候鸟式',\n  offshore: '离岸式',\n  'weekend': '周末式',\n};";
    expect(handWrittenLabelMaps('x.ts', map)).toEqual(['x.ts: migratory: 候鸟式, offshore: 离岸式, weekend: 周末式']);
    expect(handWrittenLabelMaps('x.ts', "const a = { zh: '候鸟式', en: 'migratory' };")).toEqual([]);
  });

  it('spells no catalogue label outside packages/contracts/src/labels', () => {
    const labels = catalogue();
    expect(labels.size).toBeGreaterThan(100);
    const found: string[] = [];
    for (const dir of SCANNED) {
      for (const path of files(dir)) {
        for (const lit of literals(path, readFileSync(join(ROOT, path), 'utf8'))) {
          const exact = labels.get(lit);
          if (exact) {
            found.push(`${path}: “${lit}” is ${exact}`);
            continue;
          }
          for (const [label, name] of labels)
            if (name.startsWith('field.') && label.length >= LONG && lit.includes(label)) found.push(`${path}: “${lit}” spells ${name} (“${label}”)`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('reads literals the way the check needs', () => {
    const ts = "const a = '适龄入学子女数'; // '注释'\nconst b = `共 ${n} 个月`; /* '块注释' */";
    expect(literals('x.ts', ts)).toEqual(['适龄入学子女数', '共', '个月']);
    expect(literals('x.tsx', '<span>人社局</span>')).toEqual(['人社局']);
    expect(literals('x.json', '{"a":{"b":"人才办"}}')).toEqual(['人才办']);
  });
});
