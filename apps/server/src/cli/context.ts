/**
 * Runs a CLI command against the instance the environment points at (BOLE_DATA_DIR or
 * DATABASE_URL): loads and validates the configuration and the city (BOLE_CITY_DIR), opens (and migrates) the database,
 * runs the command and always closes the database again.
 */
import { ConfigError, loadConfig } from '../config.js';
import { openContext } from '../platform/bootstrap.js';
import { loadCity } from '../city/city-file.js';
import type { AppContext } from '../platform/context.js';

/** Thrown by commands for a failure the user can fix; `bole` prints the message (no stack) and exits 1. */
export class CliError extends Error {}

/**
 * Opens the context, runs `fn`, closes. A bad configuration is reported key by key and ends
 * the process with exit code 1, as `npm start` does.
 */
export async function withCliContext<T>(fn: (ctx: AppContext) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  let config;
  try {
    config = loadConfig(env);
    loadCity(config.cityDir);
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message);
    throw err;
  }
  const ctx = await openContext(config);
  try {
    return await fn(ctx);
  } finally {
    await ctx.database.close();
  }
}

/** Reads all of standard input (for `--password-stdin`), without the trailing newline. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
