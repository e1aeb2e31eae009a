/**
 * The backup archive: one gzipped tar whose first entry, `manifest.json`, names every other
 * entry with its size and SHA-256. Writing streams each file from disk; reading checks every
 * entry against the manifest (an entry it does not name, a missing one, a different size or
 * hash is a damaged backup).
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';
import { extract, pack } from 'tar-stream';

/** A relative path inside the archive: forward slashes, no `..`, no empty or absolute parts. */
const entryPath = z
  .string()
  .min(1)
  .refine((p) => p.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), 'must be a relative path without . or ..');

const manifestSchema = z.object({
  format: z.literal('bole-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  /** Which database the archive holds: the embedded one (`database/pglite.tar.gz`), or none (PostgreSQL: pg_dump). */
  database: z.enum(['pglite', 'postgres']),
  /** Where the personal-data key was: in the data folder (so in the archive), or BOLE_DATA_KEY (kept apart). */
  dataKey: z.enum(['in-backup', 'environment']),
  files: z.array(z.object({ path: entryPath, size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

/** What an archive holds, as its first entry says. */
export type Manifest = z.infer<typeof manifestSchema>;
/** One entry of the manifest. */
export type ManifestFile = Manifest['files'][number];

/** An entry to write: its manifest line and how to read its bytes. */
export interface ArchiveSource extends ManifestFile {
  open(): Readable;
}

/** The archive does not match its manifest (or has none): nothing from it may be trusted. */
export class DamagedBackupError extends Error {}

const MANIFEST = 'manifest.json';

/** SHA-256 and size of a stream's bytes. */
export async function digestOf(source: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of source) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Writes the archive to `file` (through `<file>.partial`, renamed when complete). */
export async function writeArchive(file: string, manifest: Manifest, sources: ArchiveSource[]): Promise<void> {
  const partial = `${file}.partial`;
  const tar = pack();
  const written = pipeline(tar, createGzip(), createWriteStream(partial, { mode: 0o600 }));
  try {
    tar.entry({ name: MANIFEST, mode: 0o600 }, JSON.stringify(manifest, null, 2));
    for (const source of sources) {
      await pipeline(source.open(), tar.entry({ name: source.path, size: source.size, mode: 0o600 }));
    }
    tar.finalize();
    await written;
  } catch (err) {
    tar.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
  await rename(partial, file);
}

/**
 * Reads an archive: the manifest first, then each entry handed to `visit` with its manifest
 * line and bytes (which `visit` must read to the end); each entry's size and hash are checked
 * as it is read, and at the end that every manifest entry was there. Throws `DamagedBackupError`.
 */
export async function readArchive(file: string, visit: (entry: ManifestFile, body: Readable) => Promise<void>): Promise<Manifest> {
  const entries = extract();
  const feeding = pipeline(createReadStream(file), createGunzip(), entries).catch((err: unknown) => {
    entries.destroy(err as Error);
  });
  let manifest: Manifest | undefined;
  const expected = new Map<string, ManifestFile>();
  try {
    for await (const entry of entries) {
      const name = entry.header.name;
      if (manifest === undefined) {
        if (name !== MANIFEST) throw new DamagedBackupError(`the first entry is ${name}, not ${MANIFEST}: not a Bole backup`);
        manifest = parseManifest((await bytesOf(entry)).toString('utf8'));
        for (const f of manifest.files) expected.set(f.path, f);
        continue;
      }
      const line = expected.get(name);
      if (!line) throw new DamagedBackupError(`${name} is not in the manifest (or appears twice)`);
      expected.delete(name);
      const hash = createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      await visit(line, entry.pipe(tap));
      if (size !== line.size || hash.digest('hex') !== line.sha256) throw new DamagedBackupError(`${name} does not match its SHA-256 in the manifest`);
    }
  } catch (err) {
    if (err instanceof DamagedBackupError) throw err;
    throw new DamagedBackupError(`the archive cannot be read (${(err as Error).message})`);
  } finally {
    await feeding;
  }
  if (manifest === undefined) throw new DamagedBackupError('the archive is empty: not a Bole backup');
  if (expected.size > 0) throw new DamagedBackupError(`missing from the archive: ${[...expected.keys()].join(', ')}`);
  return manifest;
}

function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DamagedBackupError(`${MANIFEST} is not JSON`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success)
    throw new DamagedBackupError(`${MANIFEST} is not a Bole backup manifest: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data;
}

/** Every byte of a stream. */
export async function bytesOf(source: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A readable of bytes held in memory (the embedded database's dump). */
export function bytesSource(bytes: Buffer): () => Readable {
  return () => Readable.from([bytes]);
}
