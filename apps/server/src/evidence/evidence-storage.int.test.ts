/**
 * The database store of evidence files (BOLE_EVIDENCE_STORE=database) on a real database: a
 * file spanning several chunks comes back byte for byte, one chunk at a time; the same content
 * is kept once; an unknown file is null; a file the local store kept before is still served.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/test-context.js';
import { CHUNK_BYTES, copyFolderToDatabase, databaseEvidenceStore } from './evidence-database.storage.js';
import { contentPath, localEvidenceStore, type EvidenceStore } from './evidence.storage.js';
import { storedCopies } from './evidence-testing.js';

describe('the database evidence store', () => {
  let ctx: TestContext;
  let store: EvidenceStore;
  const tmpFiles = () => (existsSync(join(ctx.config.dataDir, 'evidence', 'tmp')) ? readdirSync(join(ctx.config.dataDir, 'evidence', 'tmp')) : []);
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  /** Receives and commits `bytes` in small pieces, as an upload arrives. */
  async function put(s: EvidenceStore, bytes: Buffer) {
    const pieces = Array.from({ length: Math.ceil(bytes.length / 10_000) }, (_, i) => bytes.subarray(i * 10_000, (i + 1) * 10_000));
    const received = await s.receive(Readable.from(pieces));
    await s.commit(received);
    return { ...received, bytes };
  }

  /** The chunks a download streams. */
  async function chunksOf(s: EvidenceStore, sha256: string) {
    const file = await s.open(sha256);
    if (!file) return null;
    const chunks: Buffer[] = [];
    for await (const c of file.stream) chunks.push(c as Buffer);
    return { size: file.size, chunks };
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    store = databaseEvidenceStore(ctx.db, ctx.config.dataDir, ctx.clock);
  });
  afterAll(() => ctx.close());

  it('keeps a file larger than a chunk and streams it back in chunks, byte for byte', async () => {
    const bytes = randomBytes(2 * CHUNK_BYTES + 12_345);
    const received = await put(store, bytes);
    expect(received).toMatchObject({ sha256: sha(bytes), size: bytes.length });
    expect(tmpFiles()).toEqual([]);
    const back = await chunksOf(store, received.sha256);
    expect(back?.size).toBe(bytes.length);
    expect(back?.chunks.map((c) => c.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, 12_345]);
    expect(Buffer.concat(back!.chunks).equals(bytes)).toBe(true);
    expect(await storedCopies(ctx, received.sha256)).toEqual({ folder: 0, database: 1 });
  });

  it('keeps the same content once, also when two uploads of it are committed at once', async () => {
    const bytes = randomBytes(CHUNK_BYTES + 1);
    const [a, b] = await Promise.all([store.receive(Readable.from([bytes])), store.receive(Readable.from([bytes]))]);
    await Promise.all([store.commit(a!), store.commit(b!)]);
    await put(store, bytes);
    expect(tmpFiles()).toEqual([]);
    const back = await chunksOf(store, sha(bytes));
    expect(back?.chunks).toHaveLength(2);
    expect(Buffer.concat(back!.chunks).equals(bytes)).toBe(true);
  });

  it('answers null for a file it does not have, or a malformed address', async () => {
    expect(await store.open(sha(Buffer.from('never uploaded')))).toBeNull();
    expect(await store.open('../../etc/passwd')).toBeNull();
  });

  it('serves a file the local store kept in this node’s folder before the instance changed stores', async () => {
    const bytes = randomBytes(1000);
    const { sha256 } = await put(localEvidenceStore(ctx.config.dataDir), bytes);
    expect(await storedCopies(ctx, sha256)).toEqual({ folder: 1, database: 0 });
    const back = await chunksOf(store, sha256);
    expect(Buffer.concat(back!.chunks).equals(bytes)).toBe(true);
  });

  it('drops a discarded upload from the temporary area', async () => {
    const received = await store.receive(Readable.from([randomBytes(100)]));
    expect(tmpFiles()).toHaveLength(1);
    await store.discard(received);
    expect(tmpFiles()).toEqual([]);
    expect(await store.open(received.sha256)).toBeNull();
  });

  it('copies the files kept in the folder into the database once, and names a damaged one instead of copying it', async () => {
    const local = localEvidenceStore(ctx.config.dataDir);
    const [kept, damaged, both] = await Promise.all([put(local, randomBytes(CHUNK_BYTES + 5)), put(local, randomBytes(500)), put(local, randomBytes(700))]);
    await put(store, both!.bytes);
    writeFileSync(contentPath(join(ctx.config.dataDir, 'evidence'), damaged!.sha256), 'not what was uploaded');
    const first = await copyFolderToDatabase(ctx.db, ctx.config.dataDir, ctx.clock);
    expect(first.damaged).toEqual([damaged!.sha256]);
    expect(await storedCopies(ctx, kept!.sha256)).toEqual({ folder: 1, database: 1 });
    expect(await storedCopies(ctx, damaged!.sha256)).toEqual({ folder: 1, database: 0 });
    expect(Buffer.concat((await chunksOf(store, kept!.sha256))!.chunks).equals(kept!.bytes)).toBe(true);
    expect(tmpFiles()).toEqual([]);
    const again = await copyFolderToDatabase(ctx.db, ctx.config.dataDir, ctx.clock);
    expect(again.copied).toBe(0);
    expect(again.alreadyStored).toBe(first.copied + first.alreadyStored);
  });
});
