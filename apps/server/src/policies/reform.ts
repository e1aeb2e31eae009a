/**
 * A what-if reform written as edits of the pack's YAML: each change sets one dated parameter
 * (or one key of a keyed parameter) to a new value in the parameter's own unit, in the value
 * entry in force at the simulation date. The reformed pack is then compiled by the engine like
 * any other, so a reform can never do what a policy author could not. Pure.
 */
import { parseDocument, isMap, isSeq, type Document } from 'yaml';
import type { PackFile } from '@bole/engine';
import type { ReformChange } from '@bole/contracts';
import type { FieldError } from '../http/errors.js';
import { identifyDocument } from './pack-files.js';

/** The reformed files, or the changes at fault. */
export type ReformResult = { ok: true; files: PackFile[] } | { ok: false; errors: FieldError[] };

interface ValueEntry {
  from: string;
  value: number | Record<string, number>;
}

/** Applies `changes` to the pack `files` at date `at` (YYYY-MM-DD). */
export function applyReform(files: readonly PackFile[], changes: readonly ReformChange[], at: string): ReformResult {
  const errors: FieldError[] = [];
  const indexOf = new Map<string, number>();
  files.forEach((f, index) => {
    const id = identifyDocument(f.text).id;
    if (id) indexOf.set(id, index);
  });
  const edited = new Map<number, Document>();
  const docAt = (index: number) => {
    let d = edited.get(index);
    if (!d) {
      d = parseDocument(files[index]!.text);
      edited.set(index, d);
    }
    return d;
  };
  changes.forEach((c, i) => {
    const field = `changes.${i}`;
    const index = indexOf.get(c.policy);
    if (index === undefined || c.policy === 'classification' || c.policy === 'exclusive-groups') {
      errors.push({ field: `${field}.policy`, message: `no policy ${c.policy} is in force at ${at}` });
      return;
    }
    const doc = docAt(index);
    const params = doc.get('parameters');
    const param = isMap(params) ? params.get(c.param, true) : undefined;
    if (!isMap(param)) {
      const known = isMap(params) ? params.items.map((p) => String((p.key as { value?: unknown })?.value ?? p.key)).join(', ') : '';
      errors.push({ field: `${field}.param`, message: `policy ${c.policy} has no parameter ${c.param}${known ? `; it has: ${known}` : ''}` });
      return;
    }
    const keyed = param.get('key') !== undefined;
    if (keyed && c.key === undefined) {
      errors.push({ field: `${field}.key`, message: `parameter ${c.param} is keyed by ${String(param.get('key'))}: name the key to change` });
      return;
    }
    if (!keyed && c.key !== undefined) {
      errors.push({ field: `${field}.key`, message: `parameter ${c.param} has no keys` });
      return;
    }
    const values = param.get('values', true);
    if (!isSeq(values)) return;
    const plain = values.toJSON() as ValueEntry[];
    let idx = plain.map((v) => String(v.from) <= at).lastIndexOf(true);
    if (idx < 0) idx = 0;
    const current = plain[idx]!.value;
    let next: number | Record<string, number> = c.value;
    if (keyed) {
      if (typeof current !== 'object' || !(c.key! in current)) {
        const keys = typeof current === 'object' ? Object.keys(current).join(', ') : '';
        errors.push({ field: `${field}.key`, message: `parameter ${c.param} has no key ${c.key}; its keys are ${keys}` });
        return;
      }
      next = { ...current, [c.key!]: c.value };
    }
    doc.setIn(['parameters', c.param, 'values', idx, 'value'], doc.createNode(next, { flow: true }));
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, files: files.map((f, i) => (edited.has(i) ? { path: f.path, text: edited.get(i)!.toString() } : f)) };
}
