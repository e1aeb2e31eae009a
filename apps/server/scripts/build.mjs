#!/usr/bin/env node
/**
 * Builds the server (`dist/main.js`) and the `bole` command (`dist/cli.js`) with esbuild, so
 * production runs plain `node` and no TypeScript loader. The workspace packages
 * (`@bole/contracts`, `@bole/engine`, whose `exports` point at TypeScript sources) are bundled
 * in; every other package stays an import from node_modules. Runtime files (migrations, the
 * policy pack, the built web app) are found from `apps/server` (src/platform/paths.ts).
 *
 *   node apps/server/scripts/build.mjs          # both entries
 *   node apps/server/scripts/build.mjs cli      # one
 */
import { readdirSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(serverDir, '..', '..');

/** Entry points by output name. */
export const ENTRIES = { main: 'src/main.ts', cli: 'src/cli/main.ts', 'eval-worker': 'src/cli/eval-worker.ts' };

/** The built file of an entry. */
export const outputOf = (name) => join(serverDir, 'dist', `${name}.js`);

/** Sources a build depends on: the server's and the workspace packages' code and manifests. */
const SOURCE_ROOTS = [join(serverDir, 'src'), join(repoDir, 'packages', 'contracts', 'src'), join(repoDir, 'packages', 'engine', 'src')];
const SOURCE_FILES = [
  join(serverDir, 'package.json'),
  join(repoDir, 'packages', 'contracts', 'package.json'),
  join(repoDir, 'packages', 'engine', 'package.json'),
  fileURLToPath(import.meta.url),
];

function newestMtime() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCE_ROOTS) if (existsSync(d)) walk(d);
  for (const f of SOURCE_FILES) if (existsSync(f)) newest = Math.max(newest, statSync(f).mtimeMs);
  return newest;
}

/** True when an entry's build is missing or older than any source it is built from. */
export function isStale(name) {
  const out = outputOf(name);
  return !existsSync(out) || statSync(out).mtimeMs < newestMtime();
}

/** Keeps bare imports of packages other than the workspace's own as imports (resolved by node at run time). */
const externalDependencies = {
  name: 'external-dependencies',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@bole/') ? undefined : { path: args.path, external: true }));
  },
};

/**
 * Deletes chunk files of earlier builds of the command (their names carry a content hash). Files
 * still being written (`.tmp`) are left alone: several `bole` commands started at once on a stale
 * build each build it, and one must not delete what another is about to rename into place.
 */
function removeOldChunks(written) {
  const dir = join(serverDir, 'dist');
  const keep = new Set(written);
  for (const f of readdirSync(dir)) if (f.startsWith('cli-chunk-') && !f.endsWith('.tmp') && !keep.has(join(dir, f))) rmSync(join(dir, f), { force: true });
}

/** Builds the named entries into dist/; each file is written whole and renamed into place, so a concurrent reader never sees half a file. */
export async function buildServer(names = Object.keys(ENTRIES)) {
  const { build } = await import('esbuild');
  mkdirSync(join(serverDir, 'dist'), { recursive: true });
  for (const name of names) {
    const result = await build({
      absWorkingDir: serverDir,
      entryPoints: { [name]: ENTRIES[name] },
      outdir: 'dist',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: 'linked',
      // The command loads each subcommand's code when it runs (src/cli/commands.ts); the chunks sit beside it in dist/, so
      // `new URL('./x.js', import.meta.url)` means the same file from every chunk.
      ...(name === 'cli' ? { splitting: true, chunkNames: 'cli-chunk-[name]-[hash]' } : {}),
      plugins: [externalDependencies],
      write: false,
      logLevel: 'warning',
    });
    for (const file of result.outputFiles) {
      const tmp = `${file.path}.${process.pid}.tmp`;
      writeFileSync(tmp, file.contents);
      renameSync(tmp, file.path);
    }
    if (name === 'cli') removeOldChunks(result.outputFiles.map((f) => f.path));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !(n in ENTRIES));
  if (unknown.length) {
    process.stderr.write(`unknown entry ${unknown.join(', ')}; choose from ${Object.keys(ENTRIES).join(', ')}\n`);
    process.exit(2);
  }
  await buildServer(names.length ? names : undefined);
}
