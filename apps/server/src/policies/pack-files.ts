/**
 * A city's policy pack on disk (`policies/*.yaml` for the demo city; the folder its city.yaml
 * names): read once, to seed the database on first start and for `bole simulate --input`
 * without a database.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { PackFile } from '@bole/engine';

/** Reads every `.yaml`/`.yml` file under `dir` (sorted, paths relative to `dir`). */
export function readPackDir(dir: string): PackFile[] {
  const out: PackFile[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push({ path: relative(dir, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** Which document a YAML text is, from its `kind` and `id` (null when it cannot be told). */
export function identifyDocument(text: string): {
  kind: 'policy' | 'classification' | 'exclusive-groups';
  id: string | null;
  data: Record<string, unknown> | null;
} {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return { kind: 'policy', id: null, data: null };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'policy', id: null, data: null };
  const obj = data as Record<string, unknown>;
  if (obj['kind'] === 'classification') return { kind: 'classification', id: 'classification', data: obj };
  if (obj['kind'] === 'exclusive-groups') return { kind: 'exclusive-groups', id: 'exclusive-groups', data: obj };
  return { kind: 'policy', id: typeof obj['id'] === 'string' ? obj['id'] : null, data: obj };
}
