/**
 * The web app's dependency rule (STYLE.md, after bulletproof-react): shared → features → app.
 * `shared/` and `i18n/` import no feature and not the app; a feature imports no other feature
 * and not the app. Code two features need belongs in `shared/`.
 *
 * And how the web talks to the API: every call's answer is typed by a contract type (the
 * `z.infer` of the schema the server's route answers with), never by a type written in the web;
 * every cached resource's query key comes from `shared/api/query-keys.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));

/**
 * Imports that break the rule today, each to be fixed by moving the shared code to `shared/`
 * (recognition labels → shared/ui or i18n). The list may only shrink: a new cross-feature
 * import fails the test.
 */
const KNOWN_VIOLATIONS = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Top-level area of a file under src: `app`, `shared`, `i18n`, `features/<name>` or `root`. */
function areaOf(file: string): string {
  const parts = relative(src, file).split(/[\\/]/);
  if (parts[0] === 'features') return `features/${parts[1]}`;
  return ['app', 'shared', 'i18n'].includes(parts[0]!) ? parts[0]! : 'root';
}

function violations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(src)) {
    const from = areaOf(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = areaOf(resolve(dirname(file), m[1]!));
      const allowed = from === 'app' || from === 'root' || to === from || to === 'shared' || to === 'i18n';
      const what = `${relative(src, file)} imports ${m[1]}`;
      if (!allowed && !KNOWN_VIOLATIONS.has(what)) out.push(`${what} (${from} → ${to})`);
    }
  }
  return out;
}

describe('web dependency rule: shared → features → app', () => {
  it('no feature imports another feature or the app; shared imports neither', () => {
    expect(violations()).toEqual([]);
  });
});

/** Files exempt from the rules below; may only shrink. */
const OWN_KEYS = new Set<string>([]);

/** Names a file imports from `@bole/contracts`. */
function contractImports(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'@bole\/contracts'/g)) {
    for (const part of m[1]!.split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name) names.add(name);
    }
  }
  return names;
}

function apiTypeViolations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(src).filter((f) => !/\.test\.tsx?$/.test(f))) {
    const rel = relative(src, file).replace(/\\/g, '/');
    if (OWN_KEYS.has(rel)) continue;
    const text = readFileSync(file, 'utf8');
    const contracts = contractImports(text);
    for (const m of text.matchAll(/\bapi\.(?:get|post|put|delete|upload)<([^>]*)>/g)) {
      const type = m[1]!.trim();
      const ok = type === 'void' || contracts.has(type.replace(/\[\]$/, ''));
      if (!ok) out.push(`${rel}: api call typed by ${type}, not a contract type`);
    }
    if (/(^|\/)(api|[\w-]+-api)\.ts$/.test(rel) && /^(export\s+)?(interface\s+\w+|type\s+\w+\s*=\s*\{)/m.test(text)) {
      out.push(`${rel}: declares its own response type`);
    }
  }
  return out;
}

function queryKeyViolations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(src).filter((f) => !/\.test\.tsx?$/.test(f))) {
    const rel = relative(src, file).replace(/\\/g, '/');
    if (rel === 'shared/api/query-keys.ts' || OWN_KEYS.has(rel)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(queryKey:\s*|(?:set|get)QueryData(?:<[^>]*>)?\(\s*)(\S+)/g)) {
      if (!m[2]!.startsWith('queryKeys.')) out.push(`${rel}: ${m[0]}`);
    }
  }
  return out;
}

describe('the web talks to the API in the contracts’ words', () => {
  it('types every API answer by a contract type, never one written in the web', () => {
    expect(apiTypeViolations()).toEqual([]);
  });
  it('takes every query key from shared/api/query-keys.ts', () => {
    expect(queryKeyViolations()).toEqual([]);
  });
});
