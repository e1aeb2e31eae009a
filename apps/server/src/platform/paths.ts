/**
 * Where the server's files are on disk, the same whether the code runs from `src/` (tests,
 * `npm run dev`) or from the bundle in `dist/` (`npm start`, the `bole` command): every path
 * is found from the `apps/server` folder, never from the location of one source file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/** The `apps/server` folder: the nearest parent of the running code whose package.json is `@bole/server`. */
export function serverDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === '@bole/server') return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('apps/server/package.json not found above the running code');
    dir = up;
  }
}

/** A path inside the repository (the folder holding `apps/`, `policies/`, `packages/`). */
export function repoPath(...segments: string[]): string {
  return join(serverDir(), '..', '..', ...segments);
}

/** A path inside `apps/server`. */
export function serverPath(...segments: string[]): string {
  return join(serverDir(), ...segments);
}
