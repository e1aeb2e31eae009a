/**
 * `bole eval` on several cores: the main thread reads the input in chunks cut at line ends and
 * hands each chunk to the next free worker thread (each holds its own compiled pack), or
 * evaluates it itself when every worker is busy; results come back out of order and are written
 * in input order, with line numbers counted here. The output bytes and the messages are exactly
 * those of the one-thread path.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Writable } from 'node:stream';
import type { JsonLinesEvaluator, LineError } from '@bole/engine';
import { lineChunks } from './line-chunks.js';

/** What a worker is started with. */
export interface WorkerSetup {
  policies: string;
  at: string;
}

/** One chunk to evaluate. */
export interface ChunkJob {
  seq: number;
  chunk: Uint8Array;
  startsInput: boolean;
}

/** A chunk's result. */
export interface ChunkDone {
  seq: number;
  output: Uint8Array;
  errors: readonly LineError[];
  lines: number;
  failed: number;
}

/**
 * Starts a worker on the built `eval-worker.js` beside the built command or, when the command
 * itself runs from TypeScript source (tests, `npm run dev`), on `eval-worker.ts` through tsx.
 */
function startWorker(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./eval-worker.js', import.meta.url), { workerData: setup });
  return new Worker(new URL('./eval-worker-source.mjs', import.meta.url), { workerData: setup });
}

async function write(out: Writable, bytes: Uint8Array): Promise<void> {
  if (bytes.length > 0 && !out.write(bytes)) await once(out, 'drain');
}

/**
 * Chunks a worker may hold at once: one it evaluates and one waiting, so that it never sits idle
 * while the main thread evaluates a chunk of its own.
 */
const CHUNKS_PER_WORKER = 2;

/** Worker threads that take chunks while the main thread reads; each joins once its pack is compiled. */
class WorkerPool {
  /** Chunks each started worker holds; a worker joins the map when its pack is compiled. */
  private readonly held = new Map<Worker, number>();
  private readonly all: Worker[] = [];
  private busy = 0;
  private wake: (() => void) | null = null;
  failure: Error | null = null;

  constructor(size: number, setup: WorkerSetup, onDone: (done: ChunkDone) => void) {
    for (let k = 0; k < size; k++) {
      const w = startWorker(setup);
      this.all.push(w);
      w.on('message', (msg: ChunkDone | 'ready') => {
        if (msg !== 'ready') {
          this.busy--;
          onDone(msg);
        }
        this.held.set(w, msg === 'ready' ? 0 : (this.held.get(w) ?? 1) - 1);
        this.notify();
      });
      w.on('error', (e: Error) => {
        this.failure ??= e;
        this.notify();
      });
    }
  }

  /** Hands the chunk to the least-loaded worker with room; false when none has room. */
  offer(job: Omit<ChunkJob, 'chunk'>, chunk: Buffer): boolean {
    let target: Worker | undefined;
    let least = CHUNKS_PER_WORKER;
    for (const [w, n] of this.held) {
      if (n < least) {
        target = w;
        least = n;
      }
    }
    if (target === undefined) return false;
    // The reader reuses its buffer: the worker gets its own copy, moved rather than cloned.
    const copy = new Uint8Array(chunk);
    this.held.set(target, least + 1);
    this.busy++;
    target.postMessage({ ...job, chunk: copy } satisfies ChunkJob, [copy.buffer]);
    return true;
  }

  /** Resolves when a worker next finishes a chunk, joins or fails. */
  changed(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  /** Waits until every chunk handed out has come back. */
  async drain(): Promise<void> {
    while (this.busy > 0 && this.failure === null) await this.changed();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  close(): Promise<number[]> {
    return Promise.all(this.all.map((w) => w.terminate()));
  }
}

/**
 * Evaluates the JSON lines of `input` on `threads` threads (the main one, with `evaluator`, and
 * `threads - 1` workers started from `setup`) into `out`; each bad line's messages go to
 * `errors` as `line N…`. Returns the number of lines that failed.
 */
export async function evalLinesThreaded(
  evaluator: JsonLinesEvaluator,
  setup: WorkerSetup,
  threads: number,
  input: string,
  out: Writable,
  errors: Writable,
): Promise<number> {
  const pending = new Map<number, ChunkDone>();
  let nextToWrite = 0;
  let lines = 0;
  let failed = 0;
  let writing = Promise.resolve();
  /** Writes, in input order, every result whose predecessors are written. */
  const finished = (done: ChunkDone): void => {
    pending.set(done.seq, done);
    for (let d = pending.get(nextToWrite); d !== undefined; d = pending.get(nextToWrite)) {
      pending.delete(nextToWrite++);
      const base = lines;
      lines += d.lines;
      failed += d.failed;
      const text = d.errors.map((e) => `line ${base + e.line}${e.text}\n`).join('');
      const output = d.output;
      writing = writing.then(async () => {
        if (text) errors.write(text);
        await write(out, output);
      });
    }
  };
  const pool = new WorkerPool(threads - 1, setup, finished);
  try {
    let seq = 0;
    for await (const chunk of lineChunks(input)) {
      if (pool.failure) throw pool.failure;
      // Memory stays bounded: results held back by a slower earlier chunk wait for it.
      while (pending.size >= (CHUNKS_PER_WORKER + 1) * threads && pool.failure === null) await pool.changed();
      await writing;
      const job = { seq, startsInput: seq === 0 };
      seq++;
      if (pool.offer(job, chunk)) continue;
      const res = evaluator.evaluate(chunk, job.startsInput);
      finished({ ...job, output: res.output, errors: res.errors, lines: res.lines, failed: res.failed });
    }
    await pool.drain();
    if (pool.failure) throw pool.failure;
    await writing;
    return failed;
  } finally {
    await pool.close();
  }
}
