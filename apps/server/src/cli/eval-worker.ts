/**
 * A thread of `bole eval`: loads the policy pack once, then evaluates the chunks it is sent and
 * posts back each chunk's output bytes and line errors. Chunks are independent; the main thread
 * numbers the lines and writes the results in input order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { JsonLinesEvaluator } from '@bole/engine';
import { loadPackFromDir } from './eval-pack.js';
import type { ChunkJob, ChunkDone, WorkerSetup } from './eval-threads.js';

const port = parentPort;
if (port === null) throw new Error('eval-worker runs as a worker thread');
const setup = workerData as WorkerSetup;
const evaluator = new JsonLinesEvaluator(loadPackFromDir(setup.policies), setup.at);

port.on('message', (job: ChunkJob) => {
  const res = evaluator.evaluate(job.chunk, job.startsInput);
  // The output may be a view of a larger buffer: send a copy of exactly its bytes.
  const output = res.output.slice();
  const done: ChunkDone = { seq: job.seq, output, errors: res.errors, lines: res.lines, failed: res.failed };
  port.postMessage(done, [output.buffer]);
});
port.postMessage('ready');
