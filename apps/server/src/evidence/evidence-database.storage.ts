/**
 * The database store (BOLE_EVIDENCE_STORE=database, ADR 0017): evidence files kept in PostgreSQL,
 * so every server node on one database serves every file. An upload is received into the node's
 * temporary area like with the local store, then copied into `evidence_blobs` in chunks of
 * 256 KiB in one transaction; a download reads one chunk at a time. Neither holds a whole file.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Db } from '../db/database.js';
import type { Clock } from '../platform/clock.js';
import { findBlobChunk, findBlobSize, insertBlob, insertBlobChunk } from './evidence-blob.repository.js';
import { localEvidenceStore, type EvidenceStore, type ReceivedFile } from './evidence.storage.js';

/** Bytes per stored chunk. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * The store in the database `db`, receiving uploads under `<dataDir>/evidence/tmp`. A file not
 * in the database is looked for in the node's local folder, where the local store kept it before
 * the instance changed stores.
 */
export function databaseEvidenceStore(db: Db, dataDir: string, clock: Clock): EvidenceStore {
  const local = localEvidenceStore(dataDir);
  return {
    receive: (source) => local.receive(source),
    discard: (file) => local.discard(file),
    async commit(file) {
      try {
        if ((await findBlobSize(db, file.sha256)) === null) await storeBlob(db, file, clock.now());
      } finally {
        await rm(file.tmpPath, { force: true });
      }
    },
    async open(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
      const size = await findBlobSize(db, sha256);
      if (size === null) return local.open(sha256);
      return { stream: Readable.from(chunksOf(db, sha256, size)), size };
    },
  };
}

/** Copies a received file into the database, its row and all its chunks in one transaction. */
async function storeBlob(db: Db, file: ReceivedFile, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await insertBlob(tx, { sha256: file.sha256, size: file.size, storedAt: now }))) return;
    let seq = 0;
    for await (const chunk of createReadStream(file.tmpPath, { highWaterMark: CHUNK_BYTES })) {
      await insertBlobChunk(tx, file.sha256, seq++, chunk as Buffer);
    }
  });
}

/** A stored file's chunks in order, one query each; fails when they do not add up to its size. */
async function* chunksOf(db: Db, sha256: string, size: number): AsyncGenerator<Buffer> {
  let read = 0;
  for (let seq = 0; ; seq++) {
    const bytes = await findBlobChunk(db, sha256, seq);
    if (!bytes) break;
    read += bytes.length;
    yield bytes;
  }
  if (read !== size) throw new Error(`evidence ${sha256} is incomplete in the database: ${read} of ${size} bytes`);
}

/** What copying a data folder's evidence into the database did. */
export interface FolderCopy {
  copied: number;
  alreadyStored: number;
  /** Files whose bytes no longer match their address: reported, not copied. */
  damaged: string[];
}

/**
 * Copies every file the local store kept under `<dataDir>/evidence` into the database, for an
 * instance moving to several nodes: each is hashed again on the way in. The folder is left as it is.
 */
export async function copyFolderToDatabase(db: Db, dataDir: string, clock: Clock): Promise<FolderCopy> {
  const store = databaseEvidenceStore(db, dataDir, clock);
  const root = join(dataDir, 'evidence');
  const paths = existsSync(root) ? (await readdir(root, { recursive: true })).filter((p) => /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(p)).sort() : [];
  const result: FolderCopy = { copied: 0, alreadyStored: 0, damaged: [] };
  for (const path of paths) {
    const sha256 = path.slice(-64);
    if ((await findBlobSize(db, sha256)) !== null) {
      result.alreadyStored++;
      continue;
    }
    const received = await store.receive(createReadStream(join(root, path)));
    if (received.sha256 !== sha256) {
      await store.discard(received);
      result.damaged.push(sha256);
      continue;
    }
    await store.commit(received);
    result.copied++;
  }
  return result;
}
