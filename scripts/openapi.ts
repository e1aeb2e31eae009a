/**
 * Writes the OpenAPI document the server publishes at /api/docs/json to a file
 * (`npm run openapi -- <file>`, default test-results/openapi.json), for `npm run openapi:lint`
 * and client generators. The app is built over an empty, migrated in-memory database: the
 * document depends on the routes only.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { openDatabase } from '../apps/server/src/db/database.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { createCipher } from '../apps/server/src/personal-data/personal-data.js';
import { systemClock } from '../apps/server/src/platform/clock.js';
import { createContext } from '../apps/server/src/platform/context.js';

const target = resolve(process.argv[2] ?? 'test-results/openapi.json');
const dataDir = mkdtempSync(join(tmpdir(), 'bole-openapi-'));
const database = await openDatabase({ dataDir: 'memory://', poolSize: 1 });
try {
  await migrate(database);
  const config = loadConfig({ NODE_ENV: 'test', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent' });
  const ctx = createContext({ config, database, clock: systemClock, cipher: createCipher(randomBytes(32)) });
  const app = await buildApp({ ctx, logger: false });
  await app.ready();
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(app.swagger(), null, 2)}\n`);
  await app.close();
  console.log(`wrote ${target}`);
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
