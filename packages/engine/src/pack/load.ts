/**
 * Loads a policy pack from YAML texts: parses with source positions, validates the structure
 * with zod, type-checks every expression and compiles it. Every problem is reported with its
 * file, line and column; a pack with any error is not returned.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { compileCondition } from '../cel/compile-trace.js';
import { compileTierKernel } from '../cel/compile-kernel.js';
import { schemaOf, TIER_VALUES, vocabularyProblems, type CityVocabulary, type Schema } from '../schema.js';
import { classificationSchema, groupsSchema, policySchema, type ClassificationDoc, type GroupsDoc } from './document.schema.js';
import { checkAt, compilePolicy, type Reporter } from './compile-policy.js';
import { keyPositionOf, positionInScalar, positionOf } from './locate.js';
import { suggest } from '../cel/suggest.js';
import type { CompiledClassification, CompiledPolicy, CompiledTierRow, ExclusiveGroup, Pack, PackError } from './types.js';

/** A YAML file of the pack: its path (for messages) and text. */
export interface PackFile {
  readonly path: string;
  readonly text: string;
}

/** Result of loading a pack. */
export type LoadResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

interface Parsed {
  file: PackFile;
  doc: Document;
  lc: LineCounter;
  report: Reporter;
  /** Reports at a key of the mapping at `path` (where a misspelt key is written). */
  reportKey: (path: readonly (string | number)[], key: string, message: string) => void;
}

/** The value at `path` inside parsed YAML data (undefined when a step is missing). */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const step of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[step] : undefined;
  return v;
}

/**
 * Structural errors, worded the same way for every schema so the editor can show them in either
 * language: `<path>: is required` (a missing section), `<path>: unknown key "x"` at the key
 * itself (with the closest known key), `(document): is empty`, else zod's own message.
 */
function validate<T>(schema: z.ZodType<T>, p: Parsed, data: unknown, knownKeys: readonly string[]): T | null {
  if (data === null || data === undefined) {
    p.report([], '(document): is empty');
    return null;
  }
  const res = schema.safeParse(data);
  if (res.success) return res.data;
  for (const issue of res.error.issues) {
    const path = issue.path.filter((x): x is string | number => typeof x !== 'symbol');
    const where = path.join('.') || '(document)';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const hint = path.length === 0 ? suggest(key, knownKeys) : undefined;
        p.reportKey(path, key, `${where}: unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
      }
    } else if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
      p.report(path.slice(0, -1), `${where}: is required`);
    } else {
      p.report(path, `${where}: ${issue.message}`);
    }
  }
  return null;
}

function compileClassification(doc: ClassificationDoc, report: Reporter, schema: Schema): CompiledClassification | null {
  const rows: CompiledTierRow[] = [];
  let ok = true;
  const r: Reporter = (path, message, offset) => {
    ok = false;
    report(path, message, offset);
  };
  doc.rows.forEach((row, i) => {
    const expr = checkAt(row.when, ['rows', i, 'when'], new Map(), false, ['bool'], r, schema);
    if (!expr) return;
    const code = TIER_VALUES.indexOf(row.tier);
    rows.push({ tier: row.tier, code, src: row.when, expr, run: compileCondition(expr, new Map(), schema), ...(row.label ? { label: row.label } : {}) });
  });
  if (!ok) return null;
  return { doc, rows, kernel: compileTierKernel(rows.map((x) => ({ code: x.code, when: x.expr }))) };
}

/**
 * Loads, checks and compiles a pack from its files (policies, one classification, optional groups)
 * against the city's vocabulary (its districts and chains): the pack's expressions, its profiles
 * and its reports use those codes and no others.
 */
export function loadPack(files: readonly PackFile[], vocabulary: CityVocabulary): LoadResult {
  const problems = vocabularyProblems(vocabulary);
  if (problems.length > 0) return { ok: false, errors: problems.map((message) => ({ file: '(city)', line: 1, column: 1, message })) };
  const schema = schemaOf(vocabulary);
  const errors: PackError[] = [];
  const policies: CompiledPolicy[] = [];
  let classification: CompiledClassification | null = null;
  let groupsDoc: { doc: GroupsDoc; parsed: Parsed } | null = null;
  const failedIds = new Set<string>();
  for (const file of files) {
    const lc = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lc, prettyErrors: false });
    const report: Reporter = (path, message, offset) => {
      const pos = offset === undefined ? positionOf(doc, lc, path) : positionInScalar(doc, lc, file.text, path, offset);
      errors.push({ file: file.path, line: pos.line, column: pos.column, message });
    };
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const pos = lc.linePos(e.pos[0]);
        errors.push({ file: file.path, line: pos.line, column: pos.col, message: e.message.split('\n')[0] ?? e.message });
      }
      continue;
    }
    const reportKey: Parsed['reportKey'] = (path, key, message) => {
      const pos = keyPositionOf(doc, lc, path, key);
      errors.push({ file: file.path, line: pos.line, column: pos.column, message });
    };
    const parsed: Parsed = { file, doc, lc, report, reportKey };
    const data: unknown = doc.toJS();
    const kind = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['kind'] : undefined;
    if (kind === 'classification') {
      const c = validate(classificationSchema, parsed, data, Object.keys(classificationSchema.shape));
      if (c && classification) report(['kind'], 'a pack has one classification table');
      else if (c) classification = compileClassification(c, report, schema);
    } else if (kind === 'exclusive-groups') {
      const g = validate(groupsSchema, parsed, data, Object.keys(groupsSchema.shape));
      if (g) groupsDoc = { doc: g, parsed };
    } else {
      const d = validate(policySchema, parsed, data, Object.keys(policySchema.shape));
      const compiled = d ? compilePolicy(d, file.path, report, schema) : null;
      if (d && !compiled) failedIds.add(d.id);
      if (compiled && policies.some((p) => p.id === compiled.id)) report(['id'], `duplicate policy id ${compiled.id}`);
      else if (compiled) policies.push(compiled);
    }
  }
  if (!classification && errors.length === 0)
    errors.push({ file: '(pack)', line: 1, column: 1, message: 'the pack has no classification table (kind: classification)' });
  const groups = resolveGroups(groupsDoc, policies, failedIds, errors);
  if (errors.length > 0 || !classification) return { ok: false, errors };
  policies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, pack: { schema, classification, policies, groups } };
}

/** Checks that groups and the policies' `exclusiveGroup` fields agree. */
function resolveGroups(
  g: { doc: GroupsDoc; parsed: Parsed } | null,
  policies: CompiledPolicy[],
  failed: ReadonlySet<string>,
  errors: PackError[],
): ExclusiveGroup[] {
  const groups = g ? Object.entries(g.doc.groups).map(([id, members]) => ({ id, members })) : [];
  const seen = new Map<string, string>();
  for (const group of groups) {
    group.members.forEach((m, i) => {
      const p = policies.find((x) => x.id === m);
      if (!p && !failed.has(m)) g!.parsed.report(['groups', group.id, i], `unknown policy ${m}`);
      else if (p && p.doc.exclusiveGroup !== group.id) g!.parsed.report(['groups', group.id, i], `policy ${m} must declare exclusiveGroup: ${group.id}`);
      if (seen.has(m)) g!.parsed.report(['groups', group.id, i], `policy ${m} is already in group ${seen.get(m)}`);
      seen.set(m, group.id);
    });
  }
  for (const p of policies) {
    if (p.doc.exclusiveGroup && !groups.some((x) => x.id === p.doc.exclusiveGroup)) {
      errors.push({ file: p.file, line: 1, column: 1, message: `exclusiveGroup ${p.doc.exclusiveGroup} is not defined in an exclusive-groups file` });
    }
  }
  return groups;
}
