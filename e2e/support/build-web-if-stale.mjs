#!/usr/bin/env node
/**
 * Builds apps/web when apps/web/dist/index.html is missing or older than any source the
 * bundle is made from (web sources, its config, the shared contracts). Run from the repo root.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/package.json', 'apps/web/public', 'packages/contracts/src'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

const built = existsSync('apps/web/dist/index.html') ? statSync('apps/web/dist/index.html').mtimeMs : 0;
const source = Math.max(...roots.map(newest));
if (built >= source) {
  process.stdout.write('e2e: apps/web/dist is up to date\n');
} else {
  process.stdout.write('e2e: building apps/web …\n');
  execSync('npm run build -w @bole/web', { stdio: 'inherit' });
}
