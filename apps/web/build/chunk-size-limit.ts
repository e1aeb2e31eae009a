/**
 * A build check: fails `vite build` when any JavaScript chunk passes the limit (500 kB by
 * default, minified, before compression), naming the chunk and its size. Route pages are lazy
 * chunks, so this keeps every page's download bounded; a page that needs a big library imports
 * only the parts it uses (see features/policies/ImpactChart.tsx).
 */
import type { Plugin } from 'vite';

/** Default limit in bytes (500 kB as Vite counts it: 1 kB = 1000 bytes). */
export const CHUNK_LIMIT_BYTES = 500_000;

/** A chunk as the check sees it. */
export interface ChunkSize {
  readonly fileName: string;
  readonly bytes: number;
}

/** The chunks over `limit`, biggest first. */
export function oversizedChunks(chunks: readonly ChunkSize[], limit = CHUNK_LIMIT_BYTES): ChunkSize[] {
  return chunks.filter((c) => c.bytes > limit).sort((a, b) => b.bytes - a.bytes);
}

/** The error text for oversized chunks. */
export function oversizedMessage(over: readonly ChunkSize[], limit = CHUNK_LIMIT_BYTES): string {
  const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  return `JavaScript chunks over ${kb(limit)}: ${over.map((c) => `${c.fileName} ${kb(c.bytes)}`).join(', ')} — import only what the page uses, or load it lazily`;
}

/** The Vite plugin. */
export function chunkSizeLimit(limit = CHUNK_LIMIT_BYTES): Plugin {
  return {
    name: 'bole-chunk-size-limit',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkSize[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') chunks.push({ fileName: item.fileName, bytes: Buffer.byteLength(item.code, 'utf8') });
      }
      const over = oversizedChunks(chunks, limit);
      if (over.length > 0) this.error(oversizedMessage(over, limit));
    },
  };
}
