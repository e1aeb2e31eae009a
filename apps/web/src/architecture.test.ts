/**
 * The web app's dependency rule (STYLE.md, after bulletproof-react): shared → features → app.
 * `shared/` and `i18n/` import no feature and not the app; a feature imports no other feature
 * and not the app. Code two features need belongs in `shared/`.
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
