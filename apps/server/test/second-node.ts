/**
 * A second server node for tests of several nodes on one PostgreSQL: its own connection pool and
 * its own data folder on the test context's database, with the same clock and data key.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/database.js';
import { createContext, type AppContext } from '../src/platform/context.js';
import type { TestContext } from './test-context.js';

/** A running second node; `close` stops it and removes its data folder. */
export interface SecondNode {
  ctx: AppContext;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Opens another node on `ctx`'s PostgreSQL database (the configuration's other keys as given). */
export async function openSecondNode(ctx: TestContext, config: Partial<AppContext['config']> = {}): Promise<SecondNode> {
  if (!ctx.config.databaseUrl) throw new Error('a second node needs PostgreSQL (run in the integration-postgres project)');
  const dataDir = mkdtempSync(join(tmpdir(), 'bole-node-b-'));
  const database = await openDatabase({ url: ctx.config.databaseUrl, poolSize: 5 });
  const node = createContext({ config: { ...ctx.config, ...config, dataDir }, database, clock: ctx.clock, cipher: ctx.cipher, city: ctx.city });
  const app = await buildApp({ ctx: node, logger: false });
  return {
    ctx: node,
    app,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
