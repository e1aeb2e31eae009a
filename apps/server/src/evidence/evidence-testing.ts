/**
 * For evidence tests: how many copies of a content are kept, wherever this instance keeps them
 * (its data folder, the database). Not used by production code.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../platform/context.js';
import { contentPath } from './evidence.storage.js';
import { findBlobSize } from './evidence-blob.repository.js';

/** Copies of `sha256` kept: in the data folder and in the database, and files left in the temporary area. */
export async function storedCopies(ctx: AppContext, sha256: string): Promise<{ folder: number; database: number }> {
  return {
    folder: existsSync(contentPath(join(ctx.config.dataDir, 'evidence'), sha256)) ? 1 : 0,
    database: (await findBlobSize(ctx.db, sha256)) === null ? 0 : 1,
  };
}
