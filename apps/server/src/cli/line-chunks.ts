/**
 * Reads a file or stdin in large chunks that each end after a line end (LF), so that a chunk
 * holds whole lines; the last chunk holds what follows the last LF, if anything. One buffer is
 * reused: a chunk is valid until the next one is asked for.
 */
import { open } from 'node:fs/promises';

/** Bytes read at a time (a longer line grows the buffer). */
export const CHUNK_BYTES = 4 << 20;

type Fill = (into: Buffer, offset: number) => Promise<number>;

/** A source that copies a stream's pieces into the caller's buffer. */
function streamFill(stream: AsyncIterable<Buffer>): Fill {
  const it = stream[Symbol.asyncIterator]();
  let piece: Buffer | null = null;
  let at = 0;
  return async (into, offset) => {
    if (piece === null || at === piece.length) {
      const next = await it.next();
      if (next.done) return 0;
      piece = next.value;
      at = 0;
    }
    const n = piece.copy(into, offset, at);
    at += n;
    return n;
  };
}

/** Chunks of `input` (a path, or `-` for stdin), each ending after a line end except perhaps the last. */
export async function* lineChunks(input: string): AsyncGenerator<Buffer> {
  const file = input === '-' ? null : await open(input, 'r');
  const fill: Fill = file === null ? streamFill(process.stdin) : async (into, offset) => (await file.read(into, offset, into.length - offset, null)).bytesRead;
  try {
    let buf = Buffer.allocUnsafe(CHUNK_BYTES);
    let filled = 0;
    for (;;) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const n = await fill(buf, filled);
      if (n === 0) {
        if (filled > 0) yield buf.subarray(0, filled);
        return;
      }
      filled += n;
      if (filled < buf.length) continue;
      const cut = buf.lastIndexOf(10, filled - 1);
      if (cut < 0) continue;
      yield buf.subarray(0, cut + 1);
      buf.copy(buf, 0, cut + 1, filled);
      filled -= cut + 1;
    }
  } finally {
    await file?.close();
  }
}
