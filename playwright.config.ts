/**
 * Browser tests: Debian's Chromium against a real server on a fresh database.
 * The web server command builds apps/web when dist is missing or older than its sources,
 * builds the server (esbuild, under a second) and starts it with plain node, as `npm start`
 * does, serving the built app on the given port with a throw-away data dir.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3310);
// Workers re-evaluate this file with the parent's environment: create the data dir once.
process.env.BOLE_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'bole-e2e-'));
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  // bench/web holds the timed browser benchmark (npm run bench:phone sets E2E_DIR).
  testDir: process.env.E2E_DIR ?? 'e2e',
  testMatch: '*.spec.ts',
  // Generous: the suite shares a small, busy machine with the server and other jobs.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  // Overridable so two people running the suite in one working tree do not wipe each other's artifacts.
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results/artifacts',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The browser asks for reduced motion, as some people do: menus, lists and drawers appear in
    // place at once (the app honours it), so no test waits out an animation. auth.spec.ts signs
    // out with motion on as well.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node e2e/support/build-web-if-stale.mjs && node apps/server/scripts/build.mjs main && node --enable-source-maps apps/server/dist/main.js',
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      BOLE_DATA_DIR: process.env.BOLE_E2E_DATA_DIR,
      BOLE_LOG_LEVEL: 'warn',
      // Every spec signs in from 127.0.0.1; the per-address limit is tested in auth.int.test.ts.
      BOLE_LOGIN_RATE_LIMIT: '10000',
      // Many specs register from 127.0.0.1; the per-address limit is tested in login-throttle.int.test.ts.
      BOLE_REGISTER_RATE_LIMIT: '10000',
      // Recovery codes go to a gateway password.spec.ts listens as (see smsGatewayPort).
      BOLE_SMS_WEBHOOK_URL: `http://127.0.0.1:${port + 1000}/sms`,
      // A spec lets a week pass by writing an offset here (see setServerClock).
      BOLE_CLOCK_OFFSET_FILE: join(process.env.BOLE_E2E_DATA_DIR, 'clock-offset'),
    },
  },
});
