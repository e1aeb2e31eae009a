/**
 * The built server (`dist/main.js`) run as a child process, as production runs it: for tests of
 * deployment, start-up and upgrades.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `apps/server`, the folder `npm start` runs the server from. */
export const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** Builds one entry (`main` or `cli`) with esbuild, as `npm run build -w @bole/server` does. */
export function buildServerEntry(name: 'main' | 'cli'): void {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', name], { cwd: serverDir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building ${name} failed: ${r.stderr}`);
}

/** The test runner's environment without the keys that would point a server at another instance. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('BOLE_') || key === 'DATABASE_URL' || key === 'NODE_ENV' || key === 'PORT') delete env[key];
  return env;
}

/** A running server process and everything it has printed. */
export interface ServerNode {
  process: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `dist/main.js` with `env` (on top of `cleanEnv()`) and waits until it prints that it runs. */
export async function startServerNode(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerNode> {
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: serverDir,
    env: { ...cleanEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const node: ServerNode = {
    process: child,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (!out.includes('is running at')) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) {
      await node.stop();
      throw new Error(`the server did not start within ${timeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return node;
}
