/**
 * Content-addressed storage of evidence files. Every store receives an upload the same way: it
 * is streamed to a temporary file under `<dataDir>/evidence/tmp` while its SHA-256 is computed
 * (never held in memory), then kept at its content address; the same content uploaded twice is
 * stored once. Where it is kept depends on BOLE_EVIDENCE_STORE (ADR 0017): this file's local
 * store keeps it under `<dataDir>/evidence/ab/cd/<sha256>`; the database store
 * (evidence-database.storage.ts) in PostgreSQL, where every server node reaches it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SNIFF_BYTES } from './evidence.rules.js';

/** A file received into the temporary area. */
export interface ReceivedFile {
  tmpPath: string;
  sha256: string;
  size: number;
  /** The first bytes, for type sniffing. */
  head: Buffer;
}

/** Where evidence files are kept. */
export interface EvidenceStore {
  /** Streams `source` to a temporary file, hashing it. */
  receive(source: Readable): Promise<ReceivedFile>;
  /** Moves a received file to its content address (or drops it when the content is already stored). */
  commit(file: ReceivedFile): Promise<void>;
  /** Deletes a received file that will not be kept. */
  discard(file: ReceivedFile): Promise<void>;
  /** Opens a stored file for reading; null when missing. */
  open(sha256: string): Promise<{ stream: Readable; size: number } | null>;
}

/** The path of a stored file. */
export function contentPath(root: string, sha256: string): string {
  return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** The local store: files under `<dataDir>/evidence`, for a single server process. */
export function localEvidenceStore(dataDir: string): EvidenceStore {
  const root = join(dataDir, 'evidence');
  const tmp = join(root, 'tmp');
  return {
    async receive(source) {
      await mkdir(tmp, { recursive: true });
      const tmpPath = join(tmp, `${Date.now()}-${randomBytes(8).toString('hex')}`);
      const hash = createHash('sha256');
      let size = 0;
      const head: Buffer[] = [];
      let headLen = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          if (headLen < SNIFF_BYTES) {
            head.push(chunk.subarray(0, SNIFF_BYTES - headLen));
            headLen += Math.min(chunk.length, SNIFF_BYTES - headLen);
          }
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, tap, createWriteStream(tmpPath, { mode: 0o600 }));
      } catch (e) {
        await rm(tmpPath, { force: true });
        throw e;
      }
      return { tmpPath, sha256: hash.digest('hex'), size, head: Buffer.concat(head) };
    },
    async commit(file) {
      const target = contentPath(root, file.sha256);
      if (existsSync(target)) {
        await rm(file.tmpPath, { force: true });
        return;
      }
      await mkdir(join(root, file.sha256.slice(0, 2), file.sha256.slice(2, 4)), { recursive: true });
      await rename(file.tmpPath, target);
    },
    async discard(file) {
      await rm(file.tmpPath, { force: true });
    },
    async open(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
      const path = contentPath(root, sha256);
      try {
        const s = await stat(path);
        return { stream: createReadStream(path), size: s.size };
      } catch {
        return null;
      }
    },
  };
}
