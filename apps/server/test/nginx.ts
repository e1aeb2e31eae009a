/**
 * Runs Debian's nginx with the repository's production configuration (`deploy/nginx/bole.conf`)
 * for a test: the same file, TLS included, with the nodes' ports, the listening ports, the
 * certificate (a throw-away one for 127.0.0.1, made with openssl) and the log paths rewritten,
 * under a temporary prefix, in the foreground, as any user.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The production configuration kept in the repository. */
export const nginxConfigFile = fileURLToPath(new URL('../../../deploy/nginx/bole.conf', import.meta.url));

const INSTALL = 'apt-get update && apt-get install -y nginx openssl';

/** Where the test's nginx listens and writes. */
export interface TestPorts {
  /** The HTTPS server. */
  port: number;
  /** The HTTP server of production that redirects to HTTPS. */
  redirectPort: number;
  /** The API nodes, in the order of the upstream's `server` lines. */
  nodePorts: number[];
}

/** Replaces `pattern` in `text`, requiring `count` matches: the production file must still have the lines the test rewrites. */
function rewrite(text: string, pattern: RegExp, replace: (match: string, ...groups: string[]) => string, count: number, what: string): string {
  const found = text.match(pattern)?.length ?? 0;
  if (found !== count) throw new Error(`deploy/nginx/bole.conf: expected ${count} ${what}, found ${found}; update apps/server/test/nginx.ts with the file`);
  return text.replace(pattern, replace);
}

/** The production site configuration for a test: test ports, certificate and log folder. */
export function renderTestSite(production: string, ports: TestPorts, paths: { logDir: string; cert: string; key: string }): string {
  let site = production;
  let node = 0;
  site = rewrite(
    site,
    /^(\s*server )127\.0\.0\.1:\d+/gm,
    (_m, lead) => `${lead}127.0.0.1:${ports.nodePorts[node++]}`,
    ports.nodePorts.length,
    'upstream servers',
  );
  site = rewrite(site, /^(\s*)listen 443 ssl http2;$/gm, (_m, lead) => `${lead}listen 127.0.0.1:${ports.port} ssl http2;`, 1, 'HTTPS listen lines');
  site = rewrite(site, /^(\s*)listen 80;$/gm, (_m, lead) => `${lead}listen 127.0.0.1:${ports.redirectPort};`, 1, 'HTTP listen lines');
  site = rewrite(site, /^\s*listen \[::\]:\d+[^;]*;\n/gm, () => '', 2, 'IPv6 listen lines');
  site = rewrite(site, /^(\s*ssl_certificate )\S+;$/gm, (_m, lead) => `${lead}${paths.cert};`, 1, 'certificates');
  site = rewrite(site, /^(\s*ssl_certificate_key )\S+;$/gm, (_m, lead) => `${lead}${paths.key};`, 1, 'certificate keys');
  site = rewrite(site, /\/var\/log\/nginx\//g, () => `${paths.logDir}/`, 2, 'log paths');
  return site;
}

/** A running nginx. */
export interface TestNginx {
  /** The certificate it serves (for 127.0.0.1), for the client to trust. */
  ca: string;
  /** The access log so far (the production `bole` format). */
  accessLog(): string;
  stop(): Promise<void>;
}

/** Starts nginx with the rendered production site; fails (never skips) when nginx is not installed. */
export async function startNginx(ports: TestPorts): Promise<TestNginx> {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  if (!nginx) throw new Error(`nginx is not installed; as root: ${INSTALL}`);
  const prefix = mkdtempSync(join(tmpdir(), 'bole-nginx-'));
  const logs = join(prefix, 'logs');
  const temp = join(prefix, 'temp');
  mkdirSync(logs);
  mkdirSync(temp);
  // As root, nginx's workers run as nobody: they must reach the temporary folders.
  chmodSync(prefix, 0o755);
  chmodSync(temp, 0o777);
  const cert = join(prefix, 'cert.pem');
  const key = join(prefix, 'key.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate (${made.error?.message ?? made.stderr}); as root: ${INSTALL}`);
  writeFileSync(join(prefix, 'bole.conf'), renderTestSite(readFileSync(nginxConfigFile, 'utf8'), ports, { logDir: logs, cert, key }));
  const main = [
    'worker_processes 1;',
    'events { worker_connections 256; }',
    'http {',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp}/${t};`),
    `  include ${join(prefix, 'bole.conf')};`,
    '}',
  ].join('\n');
  writeFileSync(join(prefix, 'nginx.conf'), main);
  const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(logs, 'error.log')];
  const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the rendered deploy/nginx/bole.conf:\n${check.stderr}`);
  const child: ChildProcess = spawn(nginx, [...args, '-g', `daemon off; pid ${join(prefix, 'nginx.pid')};`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; !(await listening(ports.port)); attempt++) {
    if (child.exitCode !== null || attempt > 100) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    ca: readFileSync(cert, 'utf8'),
    accessLog: () => (existsSync(join(logs, 'bole.access.log')) ? readFileSync(join(logs, 'bole.access.log'), 'utf8') : ''),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
