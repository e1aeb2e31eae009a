/**
 * Opens the one database Bole uses: embedded PGlite in the data folder by default, or a
 * PostgreSQL server when `DATABASE_URL` is set. Both speak the same SQL and run the same
 * migrations; only bulk loading differs (COPY from a blob vs. a COPY stream).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import * as schema from './schema.js';

/** The typed Drizzle handle, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle (the same query API as `Db`). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** An open database and the few driver-specific operations Bole needs. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Loads CSV text (no header) into `table(columns)` with COPY; returns rows loaded. */
  copyCsv(table: string, columns: string[], csv: string): Promise<void>;
  /** Runs a plain SQL statement (several allowed when there are no parameters). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` while holding a session-level advisory lock, so that only one process at a time
   * (of several sharing one PostgreSQL) runs it. PGlite has one process: it just runs `fn`.
   */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /** The connections to the database now (for the metrics). */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

/**
 * A PostgreSQL pool's connections: `open` (idle or in use, at most `max`), `idle`, and `waiting`,
 * the queries waiting for one. PGlite runs in the process, one connection, no pool: `idle` and
 * `waiting` are null.
 */
export interface PoolStats {
  max: number;
  open: number;
  idle: number | null;
  waiting: number | null;
}

/** Where to open the database. */
export interface DatabaseOptions {
  /** postgres:// URL; when absent PGlite is used. */
  url?: string | undefined;
  /** PGlite data folder; `memory://` for a throw-away in-memory database. */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

/** Opens (and creates, for PGlite) the database. Call `migrate` before use. */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.poolSize ?? 10);
  const dir = opts.dataDir ?? 'memory://';
  let location = dir;
  if (!dir.startsWith('memory://')) {
    location = pgliteDir(dir);
    mkdirSync(location, { recursive: true });
  }
  const client = await PGlite.create(location);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async copyCsv(table, columns, csv) {
      await client.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
        blob: new Blob([csv]),
      });
    },
    async exec(sql) {
      await client.exec(sql);
    },
    withAdvisoryLock: (_key, fn) => fn(),
    poolStats: () => ({ max: 1, open: client.closed ? 0 : 1, idle: null, waiting: null }),
    close: () => client.close(),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  // A request waits at most 10 s for a connection (a free pool slot or a new one): while the database is down it gets a
  // 503 (see database-errors.ts) instead of hanging.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {
    // An idle client died (server restart); the pool replaces it on next use.
  });
  pool.on('connect', (client) => {
    // A client checked out when the server dies emits 'error' too, and pg-pool listens only on
    // idle ones: without this listener the process would crash. The query in flight rejects
    // (the request answers 503) and the broken client is discarded when released.
    client.on('error', () => undefined);
  });
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async copyCsv(table, columns, csv) {
      const client = await pool.connect();
      try {
        const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`));
        await pipeline(Readable.from([csv]), stream);
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    poolStats: () => ({ max: poolSize, open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    // Ending the pool waits for every checked-out client; one that a dead connection left behind
    // must not keep a stopping server from exiting: give up waiting after a few seconds.
    close: () => Promise.race([pool.end(), new Promise<void>((resolve) => setTimeout(resolve, POOL_END_GRACE_MS).unref())]),
  };
}

/** The PGlite folder of a data folder. */
export function pgliteDir(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/**
 * Whether an embedded database is open on the data folder (PGlite keeps `postmaster.pid` while
 * open and removes it on close; one left by a killed process reads the same until the next start
 * and stop). Two processes must never open one PGlite folder.
 */
export function pgliteInUse(dataDir: string): boolean {
  return existsSync(join(pgliteDir(dataDir), 'postmaster.pid'));
}

/** Whether the data folder holds an embedded database. */
export function hasPglite(dataDir: string): boolean {
  return existsSync(join(pgliteDir(dataDir), 'PG_VERSION'));
}

/** A consistent copy of the embedded database of a data folder (a gzipped tar of its PostgreSQL files). */
export async function dumpPglite(dataDir: string): Promise<Blob> {
  const client = await PGlite.create(pgliteDir(dataDir));
  try {
    return await client.dumpDataDir('gzip');
  } finally {
    await client.close();
  }
}

/** Creates the embedded database of an empty data folder from a `dumpPglite` copy. */
export async function loadPglite(dataDir: string, dump: Blob): Promise<void> {
  mkdirSync(pgliteDir(dataDir), { recursive: true });
  const client = await PGlite.create(pgliteDir(dataDir), { loadDataDir: dump });
  await client.query('select 1');
  await client.close();
}

/** How long closing waits for the pool's clients to be returned. */
const POOL_END_GRACE_MS = 5_000;

export { schema };
