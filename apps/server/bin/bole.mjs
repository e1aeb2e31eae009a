#!/usr/bin/env node
// The `bole` command: runs the built CLI (dist/cli.js) with plain node. On a fresh clone, or
// after a source change, it builds it first (esbuild, well under a second).
import { buildServer, isStale, outputOf } from '../scripts/build.mjs';
import { pathToFileURL } from 'node:url';

// The command and the worker threads `bole eval` starts on a large file.
const stale = ['cli', 'eval-worker'].filter(isStale);
if (stale.length > 0) {
  try {
    await buildServer(stale);
  } catch (err) {
    process.stderr.write(`bole: could not build the command (npm install, then npm run build -w @bole/server): ${err.message}\n`);
    process.exit(1);
  }
}
process.setSourceMapsEnabled(true);
await import(pathToFileURL(outputOf('cli')).href);
