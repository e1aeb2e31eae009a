/**
 * `bole backup` and `bole restore`: one archive of an instance — the embedded database (a
 * consistent copy taken by PGlite itself), and every file of the data folder: the personal-data
 * key (`keys/data.key`), the evidence files, the signed audit checkpoints. With PostgreSQL the
 * database is backed up by pg_dump (docs/operations.md) and the archive holds the data folder.
 * Restoring checks the whole archive against its manifest before it writes anything.
 */
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CliError } from '../cli/context.js';
import { dumpPglite, hasPglite, loadPglite, pgliteInUse } from '../db/database.js';
import { bytesOf, bytesSource, digestOf, readArchive, writeArchive, type ArchiveSource, type Manifest } from './backup-archive.js';

/** The entry holding the embedded database. */
const DATABASE_ENTRY = 'database/pglite.tar.gz';
/** Data-folder files go under this prefix. */
const DATA_PREFIX = 'data/';
/** Not backed up: the database folder (copied consistently instead) and uploads still arriving. */
const SKIPPED = [join('pglite'), join('evidence', 'tmp')];

/** The instance a command works on. */
export interface Instance {
  dataDir: string;
  database: 'pglite' | 'postgres';
  /** BOLE_DATA_KEY is set: the key is not in the data folder. */
  dataKeyFromEnvironment: boolean;
}

/** What a backup wrote. */
export interface BackupResult {
  file: string;
  manifest: Manifest;
}

/** Writes a backup of `instance` to `to`: a file name, or a folder (existing, or ending in `/`) to choose a dated name in. */
export async function backupInstance(instance: Instance, to: string, now: Date): Promise<BackupResult> {
  const { dataDir } = instance;
  if (instance.database === 'pglite') {
    if (!hasPglite(dataDir)) throw new CliError(`No embedded database in ${dataDir}: nothing to back up (is BOLE_DATA_DIR right?)`);
    if (pgliteInUse(dataDir)) throw new CliError(inUseMessage(dataDir));
  }
  const file = to.endsWith('/') || (existsSync(to) && statSync(to).isDirectory()) ? join(to, `bole-backup-${stamp(now)}.tar.gz`) : to;
  const sources: ArchiveSource[] = [];
  if (instance.database === 'pglite') {
    const dump = Buffer.from(await (await dumpPglite(dataDir)).arrayBuffer());
    sources.push({ path: DATABASE_ENTRY, ...(await digestOf(bytesSource(dump)())), open: bytesSource(dump) });
  }
  for (const path of await dataFiles(dataDir)) {
    const full = join(dataDir, path);
    sources.push({ path: `${DATA_PREFIX}${path}`, ...(await digestOf(createReadStream(full))), open: () => createReadStream(full) });
  }
  const manifest: Manifest = {
    format: 'bole-backup',
    version: 1,
    createdAt: now.toISOString(),
    database: instance.database,
    dataKey: instance.dataKeyFromEnvironment ? 'environment' : 'in-backup',
    files: sources.map(({ path, size, sha256 }) => ({ path, size, sha256 })),
  };
  await mkdir(dirname(file), { recursive: true });
  await writeArchive(file, manifest, sources);
  return { file, manifest };
}

/**
 * Restores a backup into `instance`'s data folder, which must be empty unless `force` (then its
 * contents are deleted first). The archive is checked whole before anything is written.
 */
export async function restoreInstance(instance: Instance, from: string, force: boolean): Promise<Manifest> {
  const { dataDir } = instance;
  if (!existsSync(from)) throw new CliError(`No backup at ${from}`);
  const checked = await readArchive(from, async (_entry, body) => {
    await drain(body);
  });
  if (checked.database !== instance.database) {
    throw new CliError(
      checked.database === 'pglite'
        ? 'This backup holds an embedded database; restore it without DATABASE_URL (into BOLE_DATA_DIR).'
        : 'This backup is of a PostgreSQL instance (its database is in your pg_dump backups); restore it with DATABASE_URL set.',
    );
  }
  const existing = existsSync(dataDir) ? await readdir(dataDir) : [];
  if (existing.length > 0) {
    if (!force)
      throw new CliError(
        `${dataDir} is not empty (${existing.slice(0, 5).join(', ')}…): restore into an empty folder, or pass --force to replace what is there`,
      );
    if (pgliteInUse(dataDir)) throw new CliError(inUseMessage(dataDir));
    await Promise.all(existing.map((name) => rm(join(dataDir, name), { recursive: true, force: true })));
  }
  await mkdir(dataDir, { recursive: true });
  return readArchive(from, async (entry, body) => {
    if (entry.path === DATABASE_ENTRY) {
      await loadPglite(dataDir, new Blob([await bytesOf(body)]));
      return;
    }
    const target = join(dataDir, ...entry.path.slice(DATA_PREFIX.length).split('/'));
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await pipeline(body, createWriteStream(target, { mode: 0o600 }));
  });
}

/** Regular files of the data folder, relative with forward slashes, in a stable order. */
async function dataFiles(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      const rel = relative(dataDir, full);
      if (SKIPPED.includes(rel)) continue;
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) found.push(rel.split(sep).join('/'));
    }
  };
  if (existsSync(dataDir)) await walk(dataDir);
  return found.sort();
}

async function drain(body: Readable): Promise<void> {
  for await (const _chunk of body) {
    // read to the end: the archive checks each entry's hash as it is read
  }
}

function inUseMessage(dataDir: string): string {
  return `The embedded database in ${dataDir} is open (a server or command is running on it, or one was killed): stop the server, then run this again. After a crash, start and stop the server once first.`;
}

/** `20260715-020000` (UTC) for file names. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '');
}
