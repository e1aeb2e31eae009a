/** Runs the `bole` command line in a child process, as an operator would (for CLI tests). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { openContext } from '../src/platform/bootstrap.js';
import type { AppContext } from '../src/platform/context.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** What a `bole` run gave back: its exit code and output. */
export interface BoleRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bole …args` with `env` (from the repository root); `input` is piped to stdin. */
export function runBole(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<BoleRun> {
  return new Promise<BoleRun>((resolve) => {
    const child = execFile('npx', ['tsx', 'apps/server/src/cli/main.ts', ...args], { cwd: repoRoot, env, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}

/**
 * Runs `fn` on the database of the instance `bole` runs against, opened in the test's process:
 * the throw-away PostgreSQL context when the test has one, else the data folder's PGlite (only
 * while no `bole` process has it open; closed again afterwards).
 */
export async function withInstanceDb<T>(dataDir: string, pgCtx: AppContext | undefined, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  if (pgCtx) return fn(pgCtx);
  const ctx = await openContext(loadConfig({ NODE_ENV: 'test', BOLE_DATA_DIR: dataDir }));
  try {
    return await fn(ctx);
  } finally {
    await ctx.database.close();
  }
}
