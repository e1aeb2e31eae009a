/**
 * `npm run bench:phone` — a talent's cold loads of the calculator and the profile on a simulated
 * mid-range phone (4G, CPU slowed 4×), medians of three, in Debian's Chromium against the built
 * server (`phone-load.spec.ts` through the browser-test configuration). Ends with one JSON line:
 * calculatorMs, profileMs, budgetMs, calculatorScriptBytes, profileScriptBytes, loadAverageStart,
 * loadAverageEnd. Options: E2E_PORT (default 3310).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const loadStart = +loadavg()[0]!.toFixed(1);
const run = spawnSync('npx', ['playwright', 'test'], { stdio: 'inherit', env: { ...process.env, E2E_DIR: 'bench/web' } });
if (run.status !== 0) process.exit(run.status ?? 1);
const f = JSON.parse(readFileSync('test-results/performance.json', 'utf8')) as Record<string, { content: number; scriptBytes: number }> & { budgetMs: number };
process.stdout.write(
  `${JSON.stringify({
    calculatorMs: f['calculator']!.content,
    profileMs: f['profile']!.content,
    budgetMs: f.budgetMs,
    calculatorScriptBytes: f['calculator']!.scriptBytes,
    profileScriptBytes: f['profile']!.scriptBytes,
    loadAverageStart: loadStart,
    loadAverageEnd: +loadavg()[0]!.toFixed(1),
  })}\n`,
);
