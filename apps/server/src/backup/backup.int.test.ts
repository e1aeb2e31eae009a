/**
 * `bole backup` / `bole restore`, run as an operator would: an instance with a talent and an
 * evidence upload is backed up, restored into a fresh data folder, opened, and the talent's
 * decrypted profile and the evidence bytes are found there. The instance follows the test
 * project: the embedded database, or PostgreSQL (whose database moves by pg_dump / pg_restore,
 * as docs/operations.md says, while the archive carries the data key and the evidence).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openContext } from '../platform/bootstrap.js';
import { openDatabase } from '../db/database.js';
import { FILES, multipart, registerTalentWithProfile } from '../recognition/recognition-testing.js';
import { runBole } from '../../test/bole-cli.js';
import { findPostgresBin } from '../../test/postgres-server.js';
import { createDatabase } from '../../test/databases.js';
import { cleanEnv } from '../../test/server-process.js';
import { testDbKind } from '../../test/test-context.js';

const work = mkdtempSync(join(tmpdir(), 'bole-backup-'));
const dirs = { original: join(work, 'original'), restored: join(work, 'restored'), damaged: join(work, 'damaged'), backups: join(work, 'backups') };
const databases: { url: string; drop(): Promise<void> }[] = [];

/** A new PostgreSQL database on the test server (postgres project), its URL. */
async function newDatabase(): Promise<string> {
  const db = await createDatabase('bole_backup');
  databases.push(db);
  return db.url;
}

/** The environment of an instance in `dataDir` (and `url`, on PostgreSQL). */
function envOf(dataDir: string, url: string | undefined): NodeJS.ProcessEnv {
  return { ...cleanEnv(), NODE_ENV: 'test', BOLE_DATA_DIR: dataDir, BOLE_LOG_LEVEL: 'silent', BOLE_SEED_DEMO: 'false', ...(url ? { DATABASE_URL: url } : {}) };
}

/** Opens an instance as the server does and serves it in-process. */
async function openInstance(env: NodeJS.ProcessEnv) {
  const ctx = await openContext(loadConfig(env));
  const app = await buildApp({ ctx, logger: false });
  return {
    app,
    async close() {
      await app.close();
      await ctx.database.close();
    },
  };
}

describe(`bole backup and bole restore (${testDbKind})`, () => {
  const pdf = Buffer.concat([FILES.pdf, randomBytes(64)]);
  let original: NodeJS.ProcessEnv;
  let talent: { mobile: string; talentId: string };
  let evidenceId: string;

  beforeAll(async () => {
    original = envOf(dirs.original, testDbKind === 'postgres' ? await newDatabase() : undefined);
    const instance = await openInstance(original);
    try {
      const t = await registerTalentWithProfile(instance.app, null, {}, '欧阳备份');
      talent = t;
      const m = multipart('degree.pdf', 'application/pdf', pdf);
      const up = await instance.app.inject({
        method: 'POST',
        url: '/api/v1/evidence?kind=degree_certificate',
        headers: { cookie: t.cookie, ...m.headers },
        payload: m.payload,
      });
      expect(up.statusCode, up.body).toBe(201);
      evidenceId = up.json().id;
    } finally {
      await instance.close();
    }
  }, 180_000);

  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    for (const db of databases) await db.drop();
  });

  it('restores into a fresh data folder an instance that signs the talent in, shows the decrypted profile and serves the evidence bytes', async () => {
    mkdirSync(dirs.backups);
    const backup = await runBole(['backup', '--to', dirs.backups], original);
    expect(backup.code, backup.stderr).toBe(0);
    const file = join(dirs.backups, readdirSync(dirs.backups)[0]!);
    expect(backup.stdout).toContain(`to ${file}`);
    expect(file).toMatch(/bole-backup-\d{8}-\d{6}\.tar\.gz$/);

    let restoredUrl: string | undefined;
    if (testDbKind === 'postgres') {
      // The database: pg_dump of the original, pg_restore into a new one (docs/operations.md).
      restoredUrl = await newDatabase();
      const bin = findPostgresBin();
      const dump = join(work, 'bole.dump');
      const dumped = spawnSync(join(bin, 'pg_dump'), ['--format=custom', `--file=${dump}`, original.DATABASE_URL!], { encoding: 'utf8' });
      expect(dumped.status, dumped.stderr).toBe(0);
      const restoredDb = spawnSync(join(bin, 'pg_restore'), ['--no-owner', `--dbname=${restoredUrl}`, dump], { encoding: 'utf8' });
      expect(restoredDb.status, restoredDb.stderr).toBe(0);
    }
    const env = envOf(dirs.restored, restoredUrl);
    const restore = await runBole(['restore', '--from', file], env);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain(`into ${dirs.restored}`);

    const instance = await openInstance(env);
    try {
      const login = await instance.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: talent.mobile, password: 'Passw0rd-1' } });
      expect(login.statusCode, login.body).toBe(200);
      const cookie = `bole_session=${login.cookies.find((c) => c.name === 'bole_session')!.value}`;
      const me = await instance.app.inject({ url: '/api/v1/talents/me', headers: { cookie } });
      expect(me.json()).toMatchObject({ id: talent.talentId, name: '欧阳备份', mobile: `${talent.mobile.slice(0, 3)}****${talent.mobile.slice(-4)}` });
      const evidence = await instance.app.inject({ url: `/api/v1/evidence/${evidenceId}/file`, headers: { cookie } });
      expect(evidence.statusCode).toBe(200);
      expect(evidence.rawPayload.equals(pdf)).toBe(true);
    } finally {
      await instance.close();
    }

    // Over an instance that now has data: refused without --force, nothing changed.
    const again = await runBole(['restore', '--from', file], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${dirs.restored} is not empty`);
    expect(again.stderr).toContain('--force');

    // With --force, what the folder held is replaced by the backup, and nothing else stays.
    writeFileSync(join(dirs.restored, 'stray.txt'), 'not from the backup');
    const forced = await runBole(['restore', '--from', file, '--force'], env);
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(join(dirs.restored, 'stray.txt'))).toBe(false);
    // The data key is always in the folder; evidence files too with the embedded database (on
    // PostgreSQL they are kept in the database by default, BOLE_EVIDENCE_STORE, and come back with pg_restore).
    expect(existsSync(join(dirs.restored, 'keys'))).toBe(true);
    expect(existsSync(join(dirs.restored, 'evidence'))).toBe(testDbKind === 'pglite');
    // An embedded database written, read, backed up and restored twice: slow on a busy machine.
  }, 240_000);

  it('refuses a damaged backup and writes nothing', async () => {
    const file = join(dirs.backups, readdirSync(dirs.backups)[0]!);
    const bytes = readFileSync(file);
    // A changed byte in the middle of the data (gzip's own check may notice first: either way damaged).
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    const damaged = join(work, 'damaged.tar.gz');
    writeFileSync(damaged, bytes);
    const env = envOf(dirs.damaged, testDbKind === 'postgres' ? await newDatabase() : undefined);
    const restore = await runBole(['restore', '--from', damaged], env);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain(`The backup ${damaged} is damaged, nothing was restored`);
    expect(existsSync(dirs.damaged) ? readdirSync(dirs.damaged) : []).toEqual([]);
  });

  it('refuses to back up an embedded database that a running server has open', async () => {
    const dataDir = join(work, 'open');
    const running = await openDatabase({ dataDir });
    try {
      const backup = await runBole(['backup', '--to', join(work, 'open.tar.gz')], envOf(dataDir, undefined));
      expect(backup.code).toBe(1);
      expect(backup.stderr).toContain(`The embedded database in ${dataDir} is open`);
      expect(existsSync(join(work, 'open.tar.gz'))).toBe(false);
    } finally {
      await running.close();
    }
  });
});
