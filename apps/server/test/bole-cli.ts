/** Runs the `bole` command line in a child process, as an operator would (for CLI tests). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
