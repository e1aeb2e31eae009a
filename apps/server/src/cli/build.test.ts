import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const SERVER = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROOT = join(SERVER, '..', '..');

/** Runs a built file with plain node: no loader, no NODE_OPTIONS, so TypeScript could not run. */
function plainNode(args: string[], env: Record<string, string> = {}) {
  const { NODE_OPTIONS: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...rest, ...env }, timeout: 60_000 });
}

describe('the production build', { timeout: 120_000 }, () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(SERVER, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
  });

  it('runs `bole --help` from dist/cli.js with plain node', () => {
    const r = plainNode([join(SERVER, 'dist', 'cli.js'), '--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Usage: bole');
    expect(r.stdout).toMatch(/^\s+eval /m);
  });

  it('evaluates with the repository policy pack from the build', () => {
    const profile = { id: 'p1', birthDate: '1990-05-01', highestDegree: 'doctorate' };
    const r = spawnSync(process.execPath, [join(SERVER, 'dist', 'cli.js'), 'eval', '--at', '2026-07-01', '--input', '-'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: `${JSON.stringify(profile)}\n`,
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'p1', tier: 'D' });
  });

  it('the `bole` command runs the build, not TypeScript through tsx', () => {
    expect(readFileSync(join(SERVER, 'bin', 'bole.mjs'), 'utf8')).not.toMatch(/tsx/);
    const r = plainNode([join(SERVER, 'bin', 'bole.mjs'), '--help']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Usage: bole');
  });

  it('loads the whole server from dist/main.js with plain node (a bad setting stops it with a readable message)', () => {
    const r = plainNode([join(SERVER, 'dist', 'main.js')], { PORT: 'not-a-port' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/PORT/);
    expect(r.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|ERR_UNKNOWN_FILE_EXTENSION/);
  });

  it('leaves the files another build is still writing: several `bole` commands started at once on a stale build each build it', () => {
    const inFlight = join(SERVER, 'dist', `cli-chunk-in-flight.js.${process.pid}.tmp`);
    writeFileSync(inFlight, '// another build renames this into place');
    try {
      execFileSync(process.execPath, [join(SERVER, 'scripts', 'build.mjs'), 'cli'], { cwd: ROOT, stdio: 'pipe' });
      expect(existsSync(inFlight)).toBe(true);
    } finally {
      rmSync(inFlight, { force: true });
    }
  });

  it('npm start runs node on the build, never tsx', () => {
    const pkg = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as { scripts: Record<string, string> };
    expect(pkg(join(ROOT, 'package.json')).scripts['start']).not.toMatch(/tsx/);
    expect(pkg(join(SERVER, 'package.json')).scripts['start']).toMatch(/^node .*dist\/main\.js$/);
  });
});
