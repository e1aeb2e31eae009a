/**
 * `bole evidence to-database` as an operator runs it on the node whose folder holds the files,
 * before adding nodes: the files are then in PostgreSQL; a damaged one is named and the exit
 * code is 1. (A child process on the test's database: PostgreSQL only.)
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { runBole } from '../../test/bole-cli.js';
import { contentPath, localEvidenceStore } from './evidence.storage.js';
import { storedCopies } from './evidence-testing.js';

describe('bole evidence to-database', { timeout: 180_000 }, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('copies the folder’s evidence into the database and names a damaged file', async () => {
    const local = localEvidenceStore(ctx.config.dataDir);
    const keep = async (bytes: Buffer) => {
      const received = await local.receive(Readable.from([bytes]));
      await local.commit(received);
      return received.sha256;
    };
    const good = await keep(randomBytes(300_000));
    const bad = await keep(randomBytes(100));
    writeFileSync(contentPath(join(ctx.config.dataDir, 'evidence'), bad), 'changed on disk');
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    const run = await runBole(['evidence', 'to-database'], {
      ...rest,
      NODE_ENV: 'test',
      BOLE_LOG_LEVEL: 'silent',
      BOLE_DATA_DIR: ctx.config.dataDir,
      DATABASE_URL: ctx.config.databaseUrl,
      BOLE_SEED_DEMO: 'false',
    });
    expect(run.stdout).toContain('Copied 1 evidence files into the database; 0 were there already.');
    expect(run.stdout).toContain(`DAMAGED (content no longer matches its SHA-256, not copied):\n  ${bad}`);
    expect(run.code).toBe(1);
    expect(await storedCopies(ctx, good)).toEqual({ folder: 1, database: 1 });
  });
});
