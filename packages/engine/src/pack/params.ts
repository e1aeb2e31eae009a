/** Dated parameters: conversion to engine units and resolution at an evaluation date. */
import type { ParamValue } from '../cel/compile-trace.js';
import { parseIsoDate } from '../dates.js';
import type { Schema } from '../schema.js';
import type { ParameterDoc } from './document.schema.js';
import type { CompiledParam, CompiledPolicy } from './types.js';

/** Converts yuan to integer fen, or returns null when it has more than two decimals. */
export function yuanToFen(yuan: number): number | null {
  const fen = Math.round(yuan * 100);
  return Math.abs(fen - yuan * 100) < 1e-6 && Number.isSafeInteger(fen) ? fen : null;
}

/** Compiles one parameter; `report` receives (value index, key or null, message) problems. */
export function compileParam(name: string, doc: ParameterDoc, report: (path: (string | number)[], message: string) => void, schema: Schema): CompiledParam {
  const type = doc.unit === 'yuan' ? 'money' : 'int';
  const en = doc.key ? schema.enums[doc.key] : undefined;
  const scalar = (v: number, path: (string | number)[]): number => {
    if (type === 'int') {
      if (!Number.isInteger(v)) report(path, `${doc.unit} must be an integer`);
      return v;
    }
    const fen = yuanToFen(v);
    if (fen === null) report(path, 'yuan amounts have at most two decimals');
    return fen ?? 0;
  };
  const values = doc.values.map((entry, i) => {
    const path = ['values', i, 'value'];
    let value: ParamValue = 0;
    if (typeof entry.value === 'number') {
      if (en) report(path, `parameter is keyed by ${en.name}: give a map`);
      value = scalar(entry.value, path);
    } else if (!en) {
      report(path, 'a map value needs `key:` naming its enum (e.g. tier, degree)');
    } else {
      const table = new Float64Array(256);
      for (const [k, v] of Object.entries(entry.value)) {
        const code = en.values.indexOf(k);
        if (code < 0) report([...path, k], `"${k}" is not a ${en.name} (one of ${en.values.join(', ')})`);
        else table[code] = scalar(v, [...path, k]);
      }
      value = table;
    }
    return { from: parseIsoDate(entry.from) ?? 0, value };
  });
  for (let i = 1; i < values.length; i++) {
    if (values[i]!.from <= values[i - 1]!.from) report(['values', i, 'from'], 'dates must be strictly increasing');
  }
  return { name, type, ...(doc.key ? { key: doc.key } : {}), reference: doc.reference, values };
}

const ZERO_TABLE = new Float64Array(256);

/** The value of a parameter at `at`: the last entry with from <= at (zero before the first). */
export function paramAt(p: CompiledParam, at: number): ParamValue {
  let found: ParamValue | undefined;
  for (const v of p.values) {
    if (v.from > at) break;
    found = v.value;
  }
  return found ?? (p.key ? ZERO_TABLE : 0);
}

/** Every parameter of a policy resolved at `at`, in `paramIndex` order. */
export function resolveParams(policy: CompiledPolicy, at: number): ParamValue[] {
  return policy.params.map((p) => paramAt(p, at));
}
